"""Which thread runs a done-callback, and what the callback receives.

A callback added while the task is still running is called later by the
worker thread that finishes the task. A callback added to a future that
is already done is called at once, in the thread that adds it. Either
way it receives the Future, and it runs whether the task returned,
raised or was cancelled.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

# test: output=exact


def slow_double(x, gate):
    gate.wait(timeout=5)
    return 2 * x


def fail():
    raise KeyError("missing")


def describe(future):
    """A summary of a finished future that never raises."""
    if future.cancelled():
        return "cancelled"
    if future.exception() is not None:
        return f"raised {type(future.exception()).__name__}"
    return f"returned {future.result()}"


def main():
    calls = []
    called = threading.Event()

    def callback(future):
        thread = threading.current_thread()
        calls.append((thread.name, thread is threading.main_thread()))
        calls.append(describe(future))
        called.set()

    gate = threading.Event()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as pool:
        future = pool.submit(slow_double, 21, gate)
        future.add_done_callback(callback)
        print(f"callback ran before the task finished: {bool(calls)}")
        gate.set()
        called.wait(timeout=5)
        name, in_main = calls[0]
        print(f"pending future: callback ran in {name!r}, main: {in_main}")
        print(f"pending future: callback saw: {calls[1]}")

        calls.clear()
        future.add_done_callback(callback)  # already done: runs now
        name, in_main = calls[0]
        print(f"done future: callback ran in {name!r}, main: {in_main}")

        calls.clear()
        failed = pool.submit(fail)
        failed.exception(timeout=5)
        failed.add_done_callback(callback)
        print(f"failed future: callback saw: {calls[1]}")

        gate.clear()
        blocker = pool.submit(slow_double, 1, gate)
        queued = pool.submit(slow_double, 2, gate)
        calls.clear()
        queued.add_done_callback(callback)
        queued.cancel()  # the callback runs in the cancelling thread
        name, in_main = calls[0]
        print(f"cancelled future: callback ran in main: {in_main}")
        print(f"cancelled future: callback saw: {calls[1]}")
        gate.set()
        blocker.result(timeout=5)


if __name__ == "__main__":
    main()
