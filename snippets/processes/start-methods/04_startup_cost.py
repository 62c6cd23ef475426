"""How long it takes to start and join a few processes with each method.

Each method starts two processes that do nothing and joins them, three
times over, taking turns with the other methods; its best round counts.
Only comparisons that hold on a busy machine are printed. Run it with
--timeline to see the times too, in milliseconds per process, one line per
method: the site's figure of start-up costs is drawn from those lines.
"""

# test: start-method=spawn timeout=30

import multiprocessing
import sys
import time


def noop():
    pass


def start_batch(ctx, count):
    """Start count processes, join them all; return the seconds it took."""
    started = time.perf_counter()
    processes = [ctx.Process(target=noop) for _ in range(count)]
    for p in processes:
        p.start()
    for p in processes:
        p.join(timeout=20)
    return time.perf_counter() - started


def main():
    methods = ("fork", "spawn", "forkserver")
    contexts = {m: multiprocessing.get_context(m) for m in methods}
    best = dict.fromkeys(methods, float("inf"))
    for _ in range(3):  # take turns, so a busy moment hits every method
        for method in methods:
            elapsed = start_batch(contexts[method], count=2)
            best[method] = min(best[method], elapsed)

    print(f"fork faster than spawn: {best['fork'] < best['spawn']}")
    print(
        f"forkserver faster than spawn: {best['forkserver'] < best['spawn']}"
    )
    if "--timeline" in sys.argv[1:]:  # raw times vary; tests run without it
        for method in methods:
            ms = best[method] / 2 * 1000
            print(f"point {method} ms-per-process {ms:.2f}")


if __name__ == "__main__":
    main()
