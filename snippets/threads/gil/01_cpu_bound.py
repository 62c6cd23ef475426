"""CPU-bound work in threads: two threads share one core's worth of time.

The same pure-Python function runs twice: one call after the other, in two
threads, and in two processes. The program checks the answers, then
compares the CPU time the two threads used with the time that passed. The
ratio stays near 1 (never near 2, even on an idle two-core machine), because
only the thread holding the GIL runs Python code.
"""

import threading
import time
from concurrent.futures import ProcessPoolExecutor

# test: output=exact timeout=20

N = 600_000


def count_down(n):
    """Pure Python arithmetic: it never waits, so it never releases the GIL."""
    total = 0
    while n > 0:
        total += n % 7
        n -= 1
    return total


def measure(run):
    """Return run()'s answers, the wall time and this process's CPU time."""
    wall, cpu = time.perf_counter(), time.process_time()
    answers = run()
    return answers, time.perf_counter() - wall, time.process_time() - cpu


def serial():
    return [count_down(N), count_down(N)]


def in_threads():
    answers = [None, None]

    def work(i):
        answers[i] = count_down(N)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=15)
    return answers


def in_processes():
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(count_down, N) for _ in range(2)]
        return [future.result(timeout=15) for future in futures]


def main():
    expected, _, _ = measure(serial)
    # Processes first: under fork, no other thread may be alive at that moment.
    in_procs, _, _ = measure(in_processes)
    in_thr, thread_wall, thread_cpu = measure(in_threads)

    print(f"threads: same answers as serial: {in_thr == expected}")
    print(f"processes: same answers as serial: {in_procs == expected}")
    # One core's worth of CPU time per second at most: only the thread that
    # holds the GIL computes. Two cores working at once would give about 2.
    ratio = thread_cpu / thread_wall
    print(f"threads: CPU time / wall time below 1.3: {ratio < 1.3}")


if __name__ == "__main__":
    main()
