"""Eight tasks on a three-thread pool: who ran what, and in which order
as_completed() handed the results back.

The pool starts three worker threads. The first three tasks start at once;
each later task waits in the pool's queue until a worker is free. Finishing
times are 100 ms apart, so the order is the same on every run, even when
a busy machine wakes a sleeping thread late.
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
START = time.perf_counter()
SPANS = []  # (worker, began, ended, task): list.append is thread-safe


def task(name):
    worker = threading.current_thread().name
    began = time.perf_counter()
    time.sleep(DELAYS[name])
    SPANS.append((worker, began, time.perf_counter(), name))
    return name


def main():
    pool = ThreadPoolExecutor(max_workers=3, thread_name_prefix="worker")
    with pool:
        futures = [pool.submit(task, name) for name in DELAYS]
        order = [f.result() for f in as_completed(futures, timeout=5)]
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
