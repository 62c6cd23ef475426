"""Every Future method, shown on a running, a pending and a failed task.

The pool has one worker. The first task holds it until the main thread
opens a gate, so the second task is still pending in the queue. cancel()
fails on the running task and succeeds on the pending one.
"""

import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeoutError

# test: output=exact


def slow_square(x, started, gate):
    started.set()
    gate.wait(timeout=5)
    return x * x


def square(x):
    return x * x


def divide(a, b):
    return a / b


def main():
    started = threading.Event()
    gate = threading.Event()
    with ThreadPoolExecutor(max_workers=1) as pool:
        running = pool.submit(slow_square, 7, started, gate)
        pending = pool.submit(square, 3)
        started.wait(timeout=5)

        print(f"running.running(): {running.running()}")
        print(f"running.done(): {running.done()}")
        print(f"running.cancel(): {running.cancel()}")
        print(f"pending.running(): {pending.running()}")
        print(f"pending.cancel(): {pending.cancel()}")
        print(f"pending.cancelled(): {pending.cancelled()}")
        print(f"pending.done(): {pending.done()}")
        try:
            pending.result(timeout=1)
        except CancelledError:
            print("pending.result(): raised CancelledError")

        try:
            running.result(timeout=0.05)
        except FuturesTimeoutError:
            print("running.result(timeout=0.05): raised TimeoutError")

        gate.set()
        print(f"running.result(timeout=5): {running.result(timeout=5)}")
        print(f"running.exception(timeout=5): {running.exception(timeout=5)}")
        print(f"running.cancel() once finished: {running.cancel()}")
        print(f"running.cancelled(): {running.cancelled()}")

        failed = pool.submit(divide, 1, 0)
        exc = failed.exception(timeout=5)
        print(f"failed.exception(): {type(exc).__name__}: {exc}")
        try:
            failed.result(timeout=5)
        except ZeroDivisionError as err:
            print(f"failed.result(): re-raised, same object: {err is exc}")


if __name__ == "__main__":
    main()
