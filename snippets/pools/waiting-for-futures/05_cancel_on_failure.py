"""Stop the remaining work as soon as one task fails.

Ten tasks, two workers. Task 1 fails early. wait(FIRST_EXCEPTION)
returns at that moment, and the main thread cancels everything that has
not started yet. A running task cannot be cancelled; it is told to stop
through an Event that it checks.
"""

import threading
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

# test: output=exact


def task(n, stop):
    if n == 1:
        stop.wait(0.05)
        raise RuntimeError(f"task {n} failed")
    if stop.wait(5):  # a long job (5 s) that gives up as soon as asked
        return f"task {n} gave up"
    return f"task {n} finished"


def main():
    stop = threading.Event()
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(task, n, stop) for n in range(10)]
        done, not_done = wait(futures, timeout=5, return_when=FIRST_EXCEPTION)
        failed = [f for f in done if f.exception() is not None]
        print(f"first failure: {failed[0].exception()}")

        cancelled = sum(f.cancel() for f in not_done)
        stop.set()

    print(f"all 10 futures done: {all(f.done() for f in futures)}")
    print(f"cancelled before starting, at least 7: {cancelled >= 7}")
    print(f"task 0: {futures[0].result()}")
    ran = [f for f in futures if not f.cancelled()]
    print(f"ran + cancelled == 10: {len(ran) + cancelled == 10}")


if __name__ == "__main__":
    main()
