"""The article's producer/consumer skeleton, made runnable and finite.

The producer puts 100 numbers and then None, which tells the consumer that
nothing more will come. With one consumer the queue's first-in, first-out
order is kept, so the consumer sees the numbers in order.
"""

import queue
import threading

DONE = None  # the sentinel: a value no producer sends as data


def producer(out_q):
    for item in range(100):
        out_q.put(item)
    out_q.put(DONE)


def consumer(in_q, results):
    while True:
        item = in_q.get(timeout=5)
        if item is DONE:
            break
        results.append(item * item)


def main():
    q = queue.Queue()
    results = []
    threads = [
        threading.Thread(target=consumer, args=(q, results)),
        threading.Thread(target=producer, args=(q,)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)

    print(f"results received: {len(results)}")
    print(f"in order: {results == [n * n for n in range(100)]}")
    print(f"threads still alive: {sum(t.is_alive() for t in threads)}")


if __name__ == "__main__":
    main()
