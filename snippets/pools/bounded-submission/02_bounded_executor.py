"""A bounded executor: a semaphore makes submit() wait for a free slot.

BoundedExecutor wraps a ThreadPoolExecutor. submit() first acquires one
of `bound` slots from a threading.BoundedSemaphore; a done-callback gives
the slot back when the task ends, however it ends. So at most `bound`
submitted tasks are unfinished, and a fast producer waits instead of
filling memory. The program counts the items taken from the input whose
task has not finished yet: the bound, plus the one item the producer
holds while it waits for a slot.
"""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

# test: timeout=20

TASKS = 200
SLOTS = 8


class BoundedExecutor:
    """A thread pool whose submit() blocks while `bound` tasks are open."""

    def __init__(self, max_workers, bound, timeout=10):
        self._pool = ThreadPoolExecutor(max_workers=max_workers)
        self._slots = threading.BoundedSemaphore(bound)
        self._timeout = timeout

    def submit(self, fn, /, *args, **kwargs):
        if not self._slots.acquire(timeout=self._timeout):
            raise TimeoutError("no task finished in time")
        try:
            future = self._pool.submit(fn, *args, **kwargs)
        except BaseException:
            self._slots.release()  # nothing was queued: return the slot
            raise
        future.add_done_callback(self._release)
        return future

    def _release(self, future):
        self._slots.release()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self._pool.shutdown(wait=True)


class Pending:
    """Items taken from the input whose task has not finished, and the peak."""

    def __init__(self):
        self._lock = threading.Lock()
        self.now = self.peak = 0

    def taken(self):
        with self._lock:
            self.now += 1
            self.peak = max(self.peak, self.now)

    def finished(self):
        with self._lock:
            self.now -= 1


def inputs(count, pending):
    for n in range(count):
        pending.taken()
        yield n


def work(n, pending):
    time.sleep(0.002)  # a slow job
    pending.finished()
    return n * n


def main():
    pending = Pending()
    with BoundedExecutor(max_workers=2, bound=SLOTS) as executor:
        futures = [
            executor.submit(work, n, pending) for n in inputs(TASKS, pending)
        ]
    results = [f.result(timeout=5) for f in futures]
    print(f"results: {len(results)}, correct: {results[-1] == 199 * 199}")
    limit = SLOTS + 1
    print(f"pending never above {limit}: {pending.peak <= limit}")


if __name__ == "__main__":
    main()
