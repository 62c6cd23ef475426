"""A bounded queue makes a fast producer wait for a slow consumer.

With maxsize=3, put() blocks while three items are waiting, so the backlog
never grows past three. put(timeout=...) gives up with queue.Full instead
of waiting forever. Run it with --timeline to also print the queue's size
after every put() and get() (the site draws its figure from those lines).
"""

import queue
import sys
import threading
import time

SIZES = []  # (time, size after the call): list.append is thread-safe


def slow_consumer(in_q, results):
    while True:
        item = in_q.get(timeout=5)
        SIZES.append((time.perf_counter(), in_q.qsize()))
        if item is None:
            break
        time.sleep(0.005)  # slower than the producer
        results.append(item)


def main():
    q = queue.Queue(maxsize=3)
    for n in range(3):
        q.put(n, timeout=1)  # there is room: returns at once
    print(f"full(): {q.full()}")
    try:
        q.put(3, timeout=0.1)
    except queue.Full as exc:
        print(f"put(timeout=0.1) on a full queue raised {type(exc).__name__}")
    while not q.empty():  # safe here: no other thread uses q yet
        q.get_nowait()

    results = []
    thread = threading.Thread(target=slow_consumer, args=(q, results))
    thread.start()
    largest_backlog = 0
    for n in range(50):
        q.put(n, timeout=5)  # blocks while the queue is full
        largest_backlog = max(largest_backlog, q.qsize())
        SIZES.append((time.perf_counter(), q.qsize()))
    q.put(None, timeout=5)
    thread.join(timeout=5)

    print(f"largest backlog seen by the producer <= 3: {largest_backlog <= 3}")
    print(f"items consumed in order: {results == list(range(50))}")
    if "--timeline" in sys.argv[1:]:  # raw times vary; tests run without it
        first = min(t for t, _ in SIZES)
        for t, size in sorted(SIZES):
            print(f"point queue-size {t - first:.4f} {size}")


if __name__ == "__main__":
    main()
