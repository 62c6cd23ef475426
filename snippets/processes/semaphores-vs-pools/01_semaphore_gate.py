"""Six processes, a Semaphore(2): all six exist, at most two work at once.

Every task gets its own process, started at once. Inside, a
multiprocessing.Semaphore(2) lets only two of them into the working part at
a time; the others wait in acquire(). A shared Value counts how many are
inside and records the highest count seen. Each process also adds itself to
a count of processes created.
"""

import multiprocessing
import time

# test: timeout=30

TASKS = 6
K = 2


def task(n, gate, inside, peak, created, done):
    with created.get_lock():
        created.value += 1
    with gate:  # at most K processes past this line at any moment
        with inside.get_lock():
            inside.value += 1
            peak.value = max(peak.value, inside.value)
        time.sleep(0.05)  # the work
        with inside.get_lock():
            inside.value -= 1
    with done.get_lock():
        done.value += 1


def main():
    gate = multiprocessing.Semaphore(K)
    inside = multiprocessing.Value("i", 0)
    peak = multiprocessing.Value("i", 0)
    created = multiprocessing.Value("i", 0)
    done = multiprocessing.Value("i", 0)
    processes = [
        multiprocessing.Process(
            target=task, args=(n, gate, inside, peak, created, done)
        )
        for n in range(TASKS)
    ]
    for p in processes:
        p.start()
    for p in processes:
        p.join(timeout=20)

    print(f"tasks done: {done.value}")
    print(f"max inside <= {K}: {peak.value <= K}")
    print(f"processes created: {created.value}")


if __name__ == "__main__":
    main()
