"""Throughput against worker count, for waiting work and for computing work.

measure() runs one job with several worker counts and returns
(workers, seconds) pairs; main() prints only comparisons that hold on any
machine. The waiting job is 8 tasks that each sleep 20 ms, run on a
ThreadPoolExecutor: its time falls in proportion to the number of threads,
until there is one thread per task, far past the number of CPUs. The
computing job is 8 tasks of pure Python arithmetic, each using 10 ms of
CPU time, run in worker processes: however many workers there are, its
speed-up never passes the number of CPUs the program may use, whatever
that number is on your machine. Run it with --timeline to measure more
worker counts and print each speed-up (the site draws its figure from
those lines).
"""

import multiprocessing
import os
import sys
import time
from concurrent.futures import (
    FIRST_COMPLETED,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    as_completed,
    wait,
)

# test: output=exact timeout=20

TASKS = 8
SLEEP = 0.02  # seconds each waiting task spends in time.sleep()
CPU_TIME = 0.01  # seconds of CPU time each computing task uses
IO_WORKERS = [1, 2, 4, 8, 16]

_start_gate = None  # a Barrier, set in each worker process by _init()


def usable_cpus():
    """The CPUs this process may run on (its affinity), else all of them."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def wait_for_io(i):
    time.sleep(SLEEP)  # stands in for a network or disk request
    return i


def compute(i):
    """Pure Python arithmetic until this thread has used CPU_TIME seconds.

    Timing the work by CPU time gives every task the same size on any
    Python and any machine; the result does not depend on it.
    """
    end = time.thread_time() + CPU_TIME
    total = 0
    while time.thread_time() < end:
        for n in range(1000):
            total += n % 7
    return i


def _init(gate):
    global _start_gate
    _start_gate = gate


def _arrive(_):
    """Block until every worker of the pool is running (at most 10 s)."""
    _start_gate.wait(timeout=10)


def fastest(run_once):
    """Call run_once() until 0.1 s is spent (1 to 5 times); keep the best.

    run_once() returns (seconds, results). The fastest round is the one
    least disturbed by other programs on the machine.
    """
    rounds = []
    while len(rounds) < 5 and sum(s for s, _ in rounds) < 0.1:
        rounds.append(run_once())
    return min(rounds, key=lambda r: r[0])


def run_io(workers):
    """Time the waiting job on a new pool of threads."""

    def once():
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(wait_for_io, range(TASKS), timeout=10))
        return time.perf_counter() - started, results

    return fastest(once)


def run_cpu(workers, pool):
    """Time the computing job with at most `workers` tasks running at once.

    The pool's processes are already running, and it has more of them
    than `workers`: keeping only `workers` tasks in flight gives the same
    throughput as a pool of exactly that size, without forking new
    processes for every count.
    """

    def once():
        started = time.perf_counter()
        results = [None] * TASKS
        running = {}
        for i in range(TASKS):
            if len(running) == workers:
                finished, _ = wait(
                    running, timeout=20, return_when=FIRST_COMPLETED
                )
                for future in finished:
                    results[running.pop(future)] = future.result()
            running[pool.submit(compute, i)] = i
        for future in as_completed(running, timeout=20):
            results[running[future]] = future.result()
        return time.perf_counter() - started, results

    return fastest(once)


def cpu_pool(size):
    """A process pool whose `size` workers are all running."""
    context = multiprocessing.get_context()
    gate = context.Barrier(size)
    pool = ProcessPoolExecutor(
        max_workers=size,
        mp_context=context,
        initializer=_init,
        initargs=(gate,),
    )
    # Each of these tasks waits until all the workers have arrived, so
    # every process is started before any clock starts.
    list(pool.map(_arrive, range(size), timeout=20))
    return pool


def measure(job, worker_counts):
    """Run job ("io" or "cpu") once per worker count.

    Return a list of (workers, seconds) pairs, in the order given. Raise
    AssertionError if a run returns wrong results.
    """
    expected = list(range(TASKS))
    pairs = []
    if job == "io":
        for workers in worker_counts:
            seconds, results = run_io(workers)
            assert results == expected, (job, workers)
            pairs.append((workers, seconds))
        return pairs
    with cpu_pool(max(worker_counts)) as pool:
        for workers in worker_counts:
            seconds, results = run_cpu(workers, pool)
            assert results == expected, (job, workers)
            pairs.append((workers, seconds))
    return pairs


def cpu_worker_counts():
    """1 worker, one per usable CPU, and twice as many."""
    cpus = usable_cpus()
    return sorted({1, cpus, 2 * cpus})


def speed_ups(pairs, serial_seconds):
    """Map each worker count to serial_seconds / its measured time."""
    return {workers: serial_seconds / seconds for workers, seconds in pairs}


def main():
    timeline = "--timeline" in sys.argv[1:]  # raw numbers vary; tests omit it
    cpu_counts = cpu_worker_counts()
    if timeline:
        cpu_counts = sorted(set(cpu_counts) | {1, 2, 3, 4, 6, 8})
    # Processes first: with the fork start method, no other thread should
    # be running when a worker is forked.
    cpu_pairs = measure("cpu", cpu_counts)
    io_pairs = measure("io", IO_WORKERS)

    # The least time each job needs with one worker: all of its waiting,
    # or all of its computing. The 5% margin covers clock rounding.
    io = speed_ups(io_pairs, TASKS * SLEEP)
    cpu = speed_ups(cpu_pairs, TASKS * CPU_TIME)
    print(
        "I/O-bound: speed-up never above the number of tasks:",
        max(io.values()) <= TASKS * 1.05,
    )
    print(
        "CPU-bound: speed-up never above the number of CPUs:",
        max(cpu.values()) <= usable_cpus() * 1.05,
    )
    if timeline:
        for job, ups in (("I/O-bound", io), ("CPU-bound", cpu)):
            for workers, speed_up in ups.items():
                print(f"point {job} {workers} {speed_up:.2f}")


if __name__ == "__main__":
    main()
