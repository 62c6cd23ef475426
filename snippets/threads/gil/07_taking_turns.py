"""Four CPU-bound threads take turns; four processes run side by side.

Each worker runs the same pure-Python loop in 40 slices and notes when each
slice began and ended, and the CPU time it used. In threads, only the
holder of the GIL computes, so the four threads together use at most about
one core: their CPU time, added up, is no more than the time that passed.
In processes, each has its own GIL, so on an idle machine with several
cores they compute at the same time (the machine's load decides how much,
so the program does not check it). Run it with --timeline to print every
slice's CPU time, drawn as a bar that ends where the slice ended (the site
draws its figure from those lines).
"""

import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor

# test: output=exact timeout=30

WORKERS = 4
SLICES = 40
STEPS = 30_000  # loop steps per slice: a few milliseconds


def spin(steps):
    total = 0
    while steps > 0:
        total += steps % 7
        steps -= 1
    return total


def work(name):
    """Run every slice; return (name, [(began, ended, cpu seconds), ...])."""
    spans = []
    for _ in range(SLICES):
        began, cpu = time.perf_counter(), time.thread_time()
        spin(STEPS)
        spans.append((began, time.perf_counter(), time.thread_time() - cpu))
    return name, spans


def in_threads():
    results = []  # list.append is thread-safe
    threads = [
        threading.Thread(target=lambda n=n: results.append(work(n)))
        for n in (f"thread-{i}" for i in range(WORKERS))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    return results


def in_processes():
    names = [f"process-{i}" for i in range(WORKERS)]
    with ProcessPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(work, names, timeout=20))


def cores_used(results):
    """CPU time of all slices / time from the first start to the last end."""
    spans = [span for _, worker_spans in results for span in worker_spans]
    cpu = sum(used for _, _, used in spans)
    elapsed = max(e for _, e, _ in spans) - min(b for b, _, _ in spans)
    return cpu / elapsed


def main():
    # Processes first: under fork, no other thread may be alive at that moment.
    processes = in_processes()
    threads = in_threads()
    done = [len(spans) for _, spans in processes + threads]
    print(f"every worker ran all its slices: {done == [SLICES] * 2 * WORKERS}")
    # Two cores' worth would be about 2; the GIL keeps threads near 1.
    ratio = cores_used(threads)
    print(f"threads: CPU time / wall time below 1.3: {ratio < 1.3}")
    if "--timeline" in sys.argv[1:]:  # raw times vary; tests run without it
        start = min(b for _, s in processes + threads for b, _, _ in s)
        for name, spans in processes + threads:
            # Time spent waiting for the GIL uses no CPU: draw only the CPU.
            for _, ended, cpu in spans:
                began, ended = ended - cpu - start, ended - start
                print(f"span {name} {began:.4f} {ended:.4f} {name[:-2]}")


if __name__ == "__main__":
    main()
