"""What shutdown() does to running, queued and new tasks.

One worker is busy and four tasks wait in the queue. shutdown() with
cancel_futures=True (Python 3.9+) cancels the waiting tasks; the running
one still finishes. After shutdown the pool refuses new work. A with
block calls shutdown(wait=True) when it ends.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

# test: output=exact


def job(n, started, gate):
    started.set()
    gate.wait(timeout=5)
    return n


def main():
    started = threading.Event()
    gate = threading.Event()
    pool = ThreadPoolExecutor(max_workers=1)
    futures = [pool.submit(job, n, started, gate) for n in range(5)]
    started.wait(timeout=5)

    pool.shutdown(wait=False, cancel_futures=True)
    print(f"cancelled: {sum(f.cancelled() for f in futures)} of 5")
    gate.set()
    pool.shutdown(wait=True)  # a second call is fine: it waits
    print(f"first task result: {futures[0].result(timeout=5)}")
    print(f"threads left: {threading.active_count()}")

    try:
        pool.submit(job, 5, started, gate)
    except RuntimeError as exc:
        print(f"{type(exc).__name__}: {exc}")

    try:
        ThreadPoolExecutor(max_workers=0)
    except ValueError as exc:
        print(f"{type(exc).__name__}: {exc}")

    with ThreadPoolExecutor(max_workers=2) as pool:
        future = pool.submit(sum, [1, 2, 3])
    print(f"after the with block: done={future.done()}")
    print(f"after the with block: threads left {threading.active_count()}")


if __name__ == "__main__":
    main()
