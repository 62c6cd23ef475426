"""A worker that dies breaks the whole ProcessPoolExecutor.

One task ends its worker process with os._exit(), as a crash or an
out-of-memory kill would. Its Future, and every later submit(), raise
BrokenProcessPool. The only way back is a new executor.

The program picks spawn so that it behaves the same everywhere (see the
3.12 note on the page); the pool breaks in the same way with every method.
"""

# test: start-method=spawn

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def square(x):
    return x * x


def crash(code):
    os._exit(code)  # ends the process at once: no exception, no cleanup


def main():
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
        future = pool.submit(crash, 3)
        try:
            future.result(timeout=30)
        except BrokenProcessPool as exc:
            print(f"result(): {type(exc).__name__}: {exc}")
        try:
            pool.submit(square, 4)
        except BrokenProcessPool as exc:
            print(f"submit(): {type(exc).__name__}: {exc}")

    # A broken executor stays broken; make a new one.
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
        print(f"new executor: {pool.submit(square, 4).result(timeout=30)}")


if __name__ == "__main__":
    main()
