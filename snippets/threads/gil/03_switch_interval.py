"""Two busy threads both make progress: the GIL changes hands every 5 ms.

Each thread spins in a pure-Python loop and counts its turns. Neither ever
waits, yet neither starves: when a thread has waited for the GIL for the
switch interval, the running thread is asked to let go of it.
"""

import sys
import threading
import time

# test: output=exact

running = True


def spin(counts, i, start):
    start.wait(timeout=5)
    n = 0
    while running:
        n += 1
    counts[i] = n


def main():
    global running
    print(f"switch interval: {sys.getswitchinterval()} s")

    counts = [0, 0]
    start = threading.Barrier(3)
    threads = [
        threading.Thread(target=spin, args=(counts, i, start))
        for i in range(2)
    ]
    for thread in threads:
        thread.start()
    start.wait(timeout=5)
    # A whole second, so that a thread the system runs late on a busy
    # machine still gets many turns.
    time.sleep(1.0)
    running = False
    for thread in threads:
        thread.join(timeout=5)

    total = sum(counts)
    print(f"both threads made progress: {min(counts) > 0}")
    fair = min(counts) > total / 10
    print(f"each did at least a tenth of the work: {fair}")


if __name__ == "__main__":
    main()
