"""Leaving a `with Pool()` block terminates the pool; it does not wait.

Work submitted with apply_async() and still running when the block ends is
killed, and its result never arrives. Call close() and join() inside the
block when you want the work finished.
"""

import multiprocessing
import time


def slow_square(x):
    time.sleep(0.5)
    return x * x


def main():
    with multiprocessing.Pool(2) as pool:
        pending = pool.apply_async(slow_square, (3,))
    # __exit__ called terminate(): the worker was stopped mid-task.
    try:
        pending.get(timeout=1)
    except multiprocessing.TimeoutError as exc:
        name = type(exc).__name__
        print(f"without close()/join(): {name}, ready: {pending.ready()}")

    # A second pool right after the first: on 3.12, fork could run while the
    # first pool's last thread is still exiting and warn (gh-110829), so
    # this one starts its workers with spawn.
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pending = pool.apply_async(slow_square, (3,))
        pool.close()
        pool.join()
    print(f"with close()/join(): {pending.get(timeout=1)}")


if __name__ == "__main__":
    main()
