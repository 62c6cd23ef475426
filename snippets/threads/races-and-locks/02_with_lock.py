"""The same counter, fixed: a Lock makes read-pause-write one step.

Only one thread at a time can be inside the `with lock:` block, so no
thread reads the counter while another is between its read and its write.
The final count is exact on every run.
"""

import threading
import time

# test: output=exact

THREADS = 4
TIMES = 200

counter = 0
lock = threading.Lock()


def add(times, start):
    global counter
    start.wait(timeout=5)
    for _ in range(times):
        # acquire() here, release() on leaving, even on an exception
        with lock:
            value = counter
            time.sleep(0.0001)
            counter = value + 1


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

    print(f"expected: {THREADS * TIMES}")
    print(f"counted:  {counter}")
    print(f"lock free again: {not lock.locked()}")


if __name__ == "__main__":
    main()
