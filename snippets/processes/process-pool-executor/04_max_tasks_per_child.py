"""max_tasks_per_child (3.11+) replaces a worker after it has run N tasks.

With max_tasks_per_child=1 every task gets a fresh process. Without an
mp_context the pool then uses spawn, whatever the default start method is;
asking for fork together with max_tasks_per_child raises ValueError.
"""

# test: requires=3.11 timeout=30

import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor


def worker_pid(_):
    return os.getpid()


def main():
    if sys.version_info < (3, 11):
        sys.exit(
            "This example needs Python 3.11 or newer (max_tasks_per_child)."
        )

    with ProcessPoolExecutor(max_workers=1) as pool:
        pids = [
            pool.submit(worker_pid, i).result(timeout=30) for i in range(3)
        ]
    print(f"without the limit: {len(set(pids))} process")

    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=1) as pool:
        pids = [
            pool.submit(worker_pid, i).result(timeout=30) for i in range(3)
        ]
    print(f"3 tasks ran in {len(set(pids))} different processes")

    try:
        ProcessPoolExecutor(
            max_workers=1,
            max_tasks_per_child=1,
            mp_context=multiprocessing.get_context("fork"),
        )
    except ValueError as exc:
        print(f"ValueError: {exc}")


if __name__ == "__main__":
    main()
