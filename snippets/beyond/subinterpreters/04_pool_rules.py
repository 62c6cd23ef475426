"""What InterpreterPoolExecutor accepts, and how its errors come back.

The pool sends each task's function and arguments to a worker interpreter.
A function that reads a global of this script is sent by name, and the
worker runs the script again, under another name, to find it. A function
that uses no globals, even a lambda, is copied as code. A closure cannot
be sent, nor can an argument that is neither shareable nor picklable, such
as a lock. An exception raised by the task comes back as an exception of
the same type and message, with ExecutionFailed as its __cause__.
"""

import sys
import threading

# test: output=exact requires=3.14


OFFSET = 40


def add_offset(x):
    """Reads the global OFFSET, so the pool sends it by name."""
    return x + OFFSET


def make_adder(k):
    def add(x):
        return x + k

    return add


def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x


def outcome(pool, fn, *args):
    try:
        return repr(pool.submit(fn, *args).result(timeout=10))
    except Exception as exc:
        return type(exc).__name__


def main():
    if sys.version_info < (3, 14):
        sys.exit(
            "This example needs Python 3.14 or newer"
            " (InterpreterPoolExecutor)."
        )
    from concurrent.futures import InterpreterPoolExecutor

    with InterpreterPoolExecutor(max_workers=1) as pool:
        used_global = outcome(pool, add_offset, 7)
        print(f"function that reads a global: {used_global}")
        print(f"lambda without globals: {outcome(pool, lambda x: x + 1, 7)}")
        print(f"closure: {outcome(pool, make_adder(1), 7)}")
        a_lock = outcome(pool, add_offset, threading.Lock())
        print(f"a lock as argument: {a_lock}")

        future = pool.submit(check, -1)
        try:
            future.result(timeout=10)
        except ValueError as exc:
            print(f"task raised ValueError: {exc}")
            print(f"  its __cause__: {type(exc.__cause__).__name__}")


if __name__ == "__main__":
    main()
