"""A shared Value loses increments unless the update holds its lock.

Two processes add 1 to the same multiprocessing.Value for 0.3 seconds, each
counting its own additions in a slot of an Array. Value has a lock, but
`v.value += 1` takes it twice: once to read, once to write. Between the two,
the other process can write, and its increment is lost: the shared total ends
up below the sum of what both processes added. Holding get_lock() around the
whole update makes the total exact. A Barrier starts both at the same moment.
"""

import multiprocessing
import time

# test: timeout=30

SECONDS = 0.3


def add_unlocked(counter, done, slot, start):
    start.wait(timeout=10)
    deadline = time.monotonic() + SECONDS
    while time.monotonic() < deadline:
        counter.value += 1  # read, then write: two steps
        done[slot] += 1  # this process's own tally


def add_locked(counter, done, slot, start):
    start.wait(timeout=10)
    deadline = time.monotonic() + SECONDS
    while time.monotonic() < deadline:
        with counter.get_lock():  # one step for everyone else
            counter.value += 1
        done[slot] += 1


def run(target):
    counter = multiprocessing.Value("i", 0)
    done = multiprocessing.Array("i", 2, lock=False)  # one slot per process
    start = multiprocessing.Barrier(2)
    workers = [
        multiprocessing.Process(target=target, args=(counter, done, i, start))
        for i in range(2)
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=20)
    return counter.value, sum(done)


def main():
    total, added = run(add_unlocked)
    print(f"without the lock, total < increments made: {total < added}")
    total, added = run(add_locked)
    print(f"with get_lock(), total == increments made: {total == added}")


if __name__ == "__main__":
    main()
