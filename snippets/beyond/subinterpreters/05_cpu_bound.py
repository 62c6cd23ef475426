"""CPU-bound work: two interpreters against two threads (Python 3.14+).

The same pure-Python function runs twice in a ThreadPoolExecutor and twice
in an InterpreterPoolExecutor, both with two workers. The threads share the
main interpreter and its one GIL, so they take turns. Each worker of the
interpreter pool has an interpreter, and a GIL, of its own, so with two
idle cores the two calls can run at the same time. The test prints only
where the calls ran. Run it with --ratio to see how much faster the
interpreters were on your machine; both pools are warmed up first, so the
timing leaves out creating the interpreters.
"""

import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

# test: output=exact requires=3.14 timeout=30

N = 400_000


def count_down(n):
    """Pure Python arithmetic: it holds its interpreter's GIL throughout."""
    from concurrent import interpreters

    total = 0
    while n > 0:
        total += n % 7
        n -= 1
    return total, interpreters.get_current().id


def timed(pool, n):
    """Run two calls in the pool; return the time, answers and where."""
    started = time.perf_counter()
    results = list(pool.map(count_down, [n, n], timeout=60))
    elapsed = time.perf_counter() - started
    return elapsed, [total for total, _ in results], {i for _, i in results}


def usable_cores():
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def main():
    if sys.version_info < (3, 14):
        sys.exit(
            "This example needs Python 3.14 or newer"
            " (InterpreterPoolExecutor)."
        )
    from concurrent.futures import InterpreterPoolExecutor

    if usable_cores() < 2:
        print("only one core available: comparison skipped")
        return
    from concurrent import interpreters

    main_id = interpreters.get_current().id
    expected = [count_down(N)[0]] * 2
    thread_times, interp_times = [], []
    thread_ids, interp_ids = set(), set()
    with ThreadPoolExecutor(2) as threads:
        with InterpreterPoolExecutor(2) as interps:
            # Two tasks submitted at once start both workers of each pool.
            timed(threads, 50_000)
            timed(interps, 50_000)
            for _ in range(2):
                elapsed, answers, where = timed(threads, N)
                thread_times.append(elapsed)
                thread_ids |= where
                assert answers == expected
                elapsed, answers, where = timed(interps, N)
                interp_times.append(elapsed)
                interp_ids |= where
                assert answers == expected
    print("same answers from threads and interpreters: True")
    print(
        f"both threads ran in the main interpreter: {thread_ids == {main_id}}"
    )
    outside = bool(interp_ids) and main_id not in interp_ids
    print(f"every pool task ran outside the main interpreter: {outside}")
    if "--ratio" in sys.argv:
        ratio = min(thread_times) / min(interp_times)
        print(f"interpreters were {ratio:.2f} times as fast as threads")


if __name__ == "__main__":
    main()
