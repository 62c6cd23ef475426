"""A ThreadPoolExecutor starts its threads when work arrives, not before.

The program counts the threads of the process with
threading.active_count() at each step. A new pool has no threads at all.
Each submit() of a task that keeps its thread busy adds one, until the
pool reaches max_workers; later tasks wait in the pool's queue. A pool
created without max_workers stops at min(32, CPUs + 4).
"""

import os
import threading
from concurrent.futures import ThreadPoolExecutor

# test: output=exact


def hold(gate):
    """Keep a worker busy until the gate opens (at most 5 s)."""
    gate.wait(timeout=5)


def usable_cpus():
    """The CPU count the pool's default uses on this Python."""
    if hasattr(os, "process_cpu_count"):  # 3.13+
        return os.process_cpu_count() or 1
    return os.cpu_count() or 1


def main():
    gate = threading.Event()
    print(f"threads at start: {threading.active_count()}")

    pool = ThreadPoolExecutor(max_workers=4)
    print(f"after creating a pool of 4: {threading.active_count()}")

    pool.submit(hold, gate)
    print(f"after 1 submit: {threading.active_count()}")

    for _ in range(2):
        pool.submit(hold, gate)
    print(f"after 3 submits: {threading.active_count()}")

    for _ in range(7):
        pool.submit(hold, gate)
    print(f"after 10 submits: {threading.active_count()}")

    gate.set()
    pool.shutdown(wait=True)
    print(f"after shutdown: {threading.active_count()}")

    # A pool without max_workers: keep 40 tasks busy and count.
    gate.clear()
    with ThreadPoolExecutor() as pool:
        for _ in range(40):
            pool.submit(hold, gate)
        workers = threading.active_count() - 1
        gate.set()
    expected = min(32, usable_cpus() + 4)
    print(f"default pool workers == min(32, cpus + 4): {workers == expected}")


if __name__ == "__main__":
    main()
