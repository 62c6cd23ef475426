"""CPU-bound work in sub-interpreters, each with its own GIL (Python 3.14+).

InterpreterPoolExecutor looks like a thread pool, but every worker thread
runs its own interpreter, and every interpreter has its own GIL. The same
pure-Python function as in the first example runs in two of them. Unlike
processes, nothing is forked or spawned; unlike threads, the two calls do
not wait for one GIL.
"""

import sys
import threading

# test: output=exact requires=3.14

N = 600_000


def count_down(n):
    total = 0
    while n > 0:
        total += n % 7
        n -= 1
    return total


def main():
    if sys.version_info < (3, 14):
        sys.exit(
            "This example needs Python 3.14 or newer"
            " (InterpreterPoolExecutor)."
        )
    from concurrent.futures import InterpreterPoolExecutor

    expected = [count_down(N), count_down(N)]
    with InterpreterPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(count_down, N) for _ in range(2)]
        answers = [future.result(timeout=15) for future in futures]
    print(f"interpreters: same answers as serial: {answers == expected}")
    print(f"threads left running: {threading.active_count() - 1}")


if __name__ == "__main__":
    main()
