"""A pool made from a bounded queue and a few threads, stopped by sentinels.

Two worker threads take items from a queue.Queue(maxsize=8). When the
queue is full, the producer's put() waits, so the input is read only as
fast as the workers finish. At the end the producer puts one None per
worker; a worker that gets None stops. Pending items are those taken
from the input whose task has not finished: at most 8 in the queue, one
in each worker's hands and one in the producer's, waiting in put().
"""

import queue
import threading
import time

# test: timeout=20

TASKS = 200
MAXSIZE = 8
WORKERS = 2


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


def worker(jobs, results, pending):
    while True:
        n = jobs.get(timeout=10)
        if n is None:  # the sentinel: no more work
            break
        results.append(work(n, pending))  # list.append is thread-safe


def main():
    pending = Pending()
    jobs = queue.Queue(maxsize=MAXSIZE)
    results = []
    threads = [
        threading.Thread(target=worker, args=(jobs, results, pending))
        for _ in range(WORKERS)
    ]
    for thread in threads:
        thread.start()
    for n in inputs(TASKS, pending):
        jobs.put(n, timeout=10)  # waits while the queue is full
    for _ in threads:
        jobs.put(None, timeout=10)  # one sentinel per worker
    for thread in threads:
        thread.join(timeout=10)

    expected = sorted(n * n for n in range(TASKS))
    print(f"results: {len(results)}, correct: {sorted(results) == expected}")
    limit = MAXSIZE + WORKERS + 1
    print(f"pending never above {limit}: {pending.peak <= limit}")
    print(f"workers still running: {sum(t.is_alive() for t in threads)}")


if __name__ == "__main__":
    main()
