"""Waiting work: threads overlap their waits and finish much sooner.

Ten tasks each wait 0.1 s, standing in for a network or disk request. Run
one after the other they take about 1 s. In ten threads they take about
0.1 s, because a thread that waits releases the GIL and the others go on.
Run it with --timeline to also print when each wait began and ended (the
site draws its figure from those lines).
"""

import sys
import threading
import time

# test: output=exact

TASKS = 10
DELAY = 0.1
START = time.perf_counter()
SPANS = []  # (lane, began, ended, label): list.append is thread-safe


def fetch(i, results, lane="serial"):
    began = time.perf_counter()
    time.sleep(DELAY)  # blocking call: the GIL is released while it waits
    results[i] = i * i
    SPANS.append((lane, began, time.perf_counter(), lane.split("-")[0]))


def serial():
    results = [None] * TASKS
    for i in range(TASKS):
        fetch(i, results)
    return results


def in_threads():
    results = [None] * TASKS
    threads = [
        threading.Thread(target=fetch, args=(i, results, f"thread-{i}"))
        for i in range(TASKS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    return results


def timed(run):
    started = time.perf_counter()
    results = run()
    return results, time.perf_counter() - started


def main():
    expected, serial_time = timed(serial)
    results, thread_time = timed(in_threads)
    print(f"threads: same results as serial: {results == expected}")
    least = TASKS * DELAY  # a sleep never ends early
    print(f"serial took at least {least:.1f} s: {serial_time >= least}")
    # Threads that waited one after the other would need that long too.
    print(f"threads took less than {least:.1f} s: {thread_time < least}")
    if "--timeline" in sys.argv[1:]:  # raw times vary; tests run without it
        for lane, began, ended, label in SPANS:
            began, ended = began - START, ended - START
            print(f"span {lane} {began:.4f} {ended:.4f} {label}")


if __name__ == "__main__":
    main()
