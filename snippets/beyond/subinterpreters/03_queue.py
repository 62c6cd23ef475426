"""Two interpreters in two threads send results back on a queue (3.14+).

An interpreter runs code only in the thread that calls it. call_in_thread()
starts a thread that switches to the interpreter and calls the function
there. create_queue() makes a queue that every interpreter can use: it is
one of the few objects really shared between them. Each worker puts a
(name, result) tuple on it; the main interpreter collects both.
"""

import sys
import time

# test: output=exact requires=3.14


def square_sum(results, name, n):
    """Runs in a worker interpreter and reports on the shared queue."""
    results.put((name, sum(i * i for i in range(n))))


def main():
    if sys.version_info < (3, 14):
        sys.exit(
            "This example needs Python 3.14 or newer"
            " (concurrent.interpreters)."
        )
    from concurrent import interpreters

    results = interpreters.create_queue()
    workers = [interpreters.create() for _ in range(2)]
    try:
        threads = [
            interp.call_in_thread(square_sum, results, f"worker-{i}", 1000)
            for i, interp in enumerate(workers)
        ]
        # The timeout is a whole number of seconds: see the page.
        got = sorted(results.get(timeout=5) for _ in threads)
        for thread in threads:
            thread.join(timeout=5)
        for name, value in got:
            print(f"{name}: {value}")
        print(f"expected: {sum(i * i for i in range(1000))}")

        started = time.monotonic()
        try:
            results.get(timeout=0.5)
        except interpreters.QueueEmpty:
            waited = time.monotonic() - started
            print("get(timeout=0.5) on an empty queue: QueueEmpty")
            print(f"  it waited less than 0.5 s: {waited < 0.5}")
    finally:
        for interp in workers:
            interp.close()


if __name__ == "__main__":
    main()
