"""Executor.map(..., buffersize=N) reads its input as results are used.

Python 3.14 added buffersize to Executor.map(). map() then submits N
tasks to start with, and one more each time the consumer asks for the
next result, so it never runs far ahead of the consumer. The program
counts the items taken from the input whose task has not finished yet.
The peak is N + 1: before map() waits for the oldest result, it submits
the next task. Older Pythons stop with a message.
"""

import functools
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

# test: timeout=20 requires=3.14

TASKS = 200
BUFFERSIZE = 8


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
    if sys.version_info < (3, 14):
        sys.exit("This example needs Python 3.14 or newer (map buffersize).")
    pending = Pending()
    task = functools.partial(work, pending=pending)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(
            pool.map(
                task, inputs(TASKS, pending), buffersize=BUFFERSIZE, timeout=10
            )
        )
    print(f"results: {len(results)}, correct: {results[-1] == 199 * 199}")
    limit = BUFFERSIZE + 1
    print(f"pending never above {limit}: {pending.peak <= limit}")


if __name__ == "__main__":
    main()
