"""How many workers each pool starts when you do not say.

The program reads the CPU counts Python offers, then counts the workers of
a multiprocessing.Pool and a ProcessPoolExecutor created without a size.
It prints comparisons, not numbers, so the output is the same on any
machine: each default equals the number of CPUs the pool's formula uses
(os.process_cpu_count() on 3.13 and later, os.cpu_count() before).
"""

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

# test: output=exact timeout=20

_gate = None  # a Barrier, set in each ProcessPoolExecutor worker by _init()


def pool_cpus():
    """The CPU count the pools' defaults use on this Python."""
    if hasattr(os, "process_cpu_count"):  # 3.13+
        return os.process_cpu_count() or 1
    return os.cpu_count() or 1


def _init(gate):
    global _gate
    _gate = gate


def _hold(_):
    """Keep this worker busy until every worker has arrived (at most 10 s)."""
    _gate.wait(timeout=10)


def count_executor_workers():
    # ProcessPoolExecutor starts workers as tasks arrive. These tasks
    # each hold a worker until all the pool's workers hold one.
    expected = pool_cpus()
    gate = multiprocessing.Barrier(expected)
    with ProcessPoolExecutor(initializer=_init, initargs=(gate,)) as pool:
        futures = [pool.submit(_hold, i) for i in range(expected)]
        for future in futures:
            future.result(timeout=10)
        workers = len(multiprocessing.active_children())
    return workers


def count_pool_workers():
    # Pool starts all its worker processes in the constructor. It uses
    # spawn: on 3.12, forking right after the executor's threads were
    # joined can raise a DeprecationWarning (gh-110829, fixed in 3.13).
    with multiprocessing.get_context("spawn").Pool() as pool:
        workers = len(multiprocessing.active_children())
        pool.close()
        pool.join()
    return workers


def main():
    cpus = pool_cpus()
    system = os.cpu_count()
    print(f"os.process_cpu_count exists: {hasattr(os, 'process_cpu_count')}")
    if hasattr(os, "sched_getaffinity"):
        allowed = len(os.sched_getaffinity(0))
        print(f"affinity CPUs <= os.cpu_count(): {allowed <= system}")
    same = multiprocessing.cpu_count() == system
    print(f"multiprocessing.cpu_count() == os.cpu_count(): {same}")
    # The executor runs first, so that the Pool, which uses spawn, is the
    # second pool (see count_pool_workers).
    executor_workers = count_executor_workers()
    pool_workers = count_pool_workers()
    print(f"Pool() workers == pools' CPU count: {pool_workers == cpus}")
    print(
        "ProcessPoolExecutor() workers == pools' CPU count:",
        executor_workers == cpus,
    )


if __name__ == "__main__":
    main()
