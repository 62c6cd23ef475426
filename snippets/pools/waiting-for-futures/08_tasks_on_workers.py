"""Eight tasks on a three-thread pool: who ran what, and in which order
as_completed() handed the results back.

The pool starts three worker threads. The first three tasks start at once;
each later task waits in the pool's queue until a worker is free. The
sleeps plan finishing times 100 ms apart. A busy machine can wake a thread
late, so after its sleep each task also waits until the task planned to
finish just before it is done. A late task then delays the ones after it
instead of swapping places with them, and the order is the same on every
run.
Run it with --timeline to also print when each task ran and on which worker
(the site draws its figure from those lines).
"""

import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

# test: output=exact

DELAYS = {"a": 0.4, "b": 0.2, "c": 0.1, "d": 0.5,
          "e": 0.1, "f": 0.4, "g": 0.1, "h": 0.3}  # fmt: skip
PLANNED = ["c", "b", "e", "a", "g", "d", "f", "h"]  # the order the sleeps give
SUBMITTED = threading.Event()  # set once as_completed() has the futures
DONE = {name: threading.Event() for name in DELAYS}  # set by done-callbacks
START = time.perf_counter()
SPANS = []  # (worker, began, ended, task): list.append is thread-safe


def task(name):
    worker = threading.current_thread().name
    began = time.perf_counter()
    time.sleep(DELAYS[name])
    place = PLANNED.index(name)
    before = DONE[PLANNED[place - 1]] if place else SUBMITTED
    before.wait(timeout=5)  # returns at once unless a thread woke late
    SPANS.append((worker, began, time.perf_counter(), name))
    return name


def handed_over(futures):
    """Give as_completed() the futures, then let the first task finish."""
    yield from futures
    # as_completed() has read them all: it yields a future that was already
    # done before it started in no fixed order, so none may finish before.
    SUBMITTED.set()


def main():
    pool = ThreadPoolExecutor(max_workers=3, thread_name_prefix="worker")
    with pool:
        futures = [pool.submit(task, name) for name in DELAYS]
        for future, name in zip(futures, DELAYS):
            # The callback runs once the future is done, so as_completed()
            # already has this result when the next task is let through.
            future.add_done_callback(lambda _, name=name: DONE[name].set())
        done = as_completed(handed_over(futures), timeout=5)
        order = [f.result() for f in done]
    print(f"submitted:    {list(DELAYS)}")
    print(f"as_completed: {order}")
    workers = sorted({worker for worker, *_ in SPANS})
    print(f"worker threads used: {len(workers)}")
    by_end = [name for *_, name in sorted(SPANS, key=lambda span: span[2])]
    print(f"as_completed order is finishing order: {order == by_end}")
    if "--timeline" in sys.argv[1:]:  # raw times vary; tests run without it
        for worker, began, ended, name in SPANS:
            began, ended = began - START, ended - START
            print(f"span {worker} {began:.4f} {ended:.4f} {name}")


if __name__ == "__main__":
    main()
