"""Stopping consumers with Queue.shutdown() (Python 3.13 and newer).

After shutdown(), put() raises queue.ShutDown at once, while get() still
hands out what is left and raises ShutDown only when the queue is empty.
So no sentinel is needed, however many consumers there are.
"""

import queue
import sys
import threading

# test: requires=3.13


def consumer(in_q, got):
    while True:
        try:
            item = in_q.get(timeout=5)
        except queue.ShutDown:
            break
        got.append(item)


def main():
    if sys.version_info < (3, 13):
        sys.exit(
            "This example needs Python 3.13 or newer (queue.Queue.shutdown)."
        )
    q = queue.Queue()
    lists = [[] for _ in range(3)]
    threads = [
        threading.Thread(target=consumer, args=(q, got)) for got in lists
    ]
    for thread in threads:
        thread.start()
    for item in range(100):
        q.put(item)
    q.shutdown()  # graceful: the 100 items are still delivered
    try:
        q.put(100)
    except queue.ShutDown as exc:
        print(f"put() after shutdown() raised {type(exc).__name__}")
    for thread in threads:
        thread.join(timeout=5)

    everything = sorted(item for got in lists for item in got)
    print(f"every item exactly once: {everything == list(range(100))}")
    print(f"threads still alive: {sum(t.is_alive() for t in threads)}")
    print(f"left in the queue: {q.qsize()}")


if __name__ == "__main__":
    main()
