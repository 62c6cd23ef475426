"""A lost update: four threads add to one counter and most additions vanish.

Each thread reads the counter, pauses, and writes back what it read plus
one. During the pause the other threads read the same old value, so their
writes overwrite each other. The pause makes the race show on every run;
without it the same bug is still there, it just shows less often.
"""

import threading
import time

# test: output=exact

THREADS = 4
TIMES = 200

counter = 0


def add(times, start):
    global counter
    start.wait(timeout=5)  # all threads begin together
    for _ in range(times):
        value = counter  # read
        time.sleep(0.0001)  # pause: other threads run now
        counter = value + 1  # write back what we read, plus one


def main():
    start = threading.Barrier(THREADS)
    threads = [
        threading.Thread(target=add, args=(TIMES, start))
        for _ in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)

    expected = THREADS * TIMES
    print(f"expected: {expected}")
    print(f"updates were lost: {counter < expected}")
    print(f"more than half were lost: {counter < expected / 2}")


if __name__ == "__main__":
    main()
