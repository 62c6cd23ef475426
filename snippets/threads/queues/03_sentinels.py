"""Stopping three consumers: one sentinel per consumer.

The producer puts 100 items and then one sentinel for each consumer. Each
consumer stops at the first sentinel it gets, so every consumer gets exactly
one and the queue ends empty. The article's variant, where a consumer puts
the sentinel back for the others, also works but leaves one sentinel behind.
"""

import queue
import threading

SENTINEL = object()


def producer(out_q, consumers):
    for item in range(100):
        out_q.put(item)
    for _ in range(consumers):
        out_q.put(SENTINEL)


def consumer(in_q, got):
    while True:
        item = in_q.get(timeout=5)
        if item is SENTINEL:
            break
        got.append(item)


def consumer_puts_back(in_q, got):
    while True:
        item = in_q.get(timeout=5)
        if item is SENTINEL:
            in_q.put(SENTINEL)  # the article's way: pass it on
            break
        got.append(item)


def run(consume, sentinels):
    q = queue.Queue()
    lists = [[] for _ in range(3)]
    threads = [
        threading.Thread(target=consume, args=(q, got)) for got in lists
    ]
    threads.append(threading.Thread(target=producer, args=(q, sentinels)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    everything = sorted(item for got in lists for item in got)
    print(f"{consume.__name__}:")
    print(f"  every item exactly once: {everything == list(range(100))}")
    print(f"  threads still alive: {sum(t.is_alive() for t in threads)}")
    print(f"  left in the queue: {q.qsize()}")


def main():
    run(consumer, sentinels=3)
    run(consumer_puts_back, sentinels=1)


if __name__ == "__main__":
    main()
