"""Executor.map(buffersize=N) on an endless input (Python 3.14 and later).

Without buffersize, Executor.map() reads its whole input and submits every
call before it returns, so an endless iterator such as itertools.count()
would never let it return. With buffersize=4 it submits four calls, then
one more each time you take a result. The generator records how many
numbers map() has taken from it.
"""

import itertools
import sys
from concurrent.futures import ProcessPoolExecutor

# test: output=exact requires=3.14

taken = []


def square(x):
    return x * x


def numbers():
    for n in itertools.count():
        taken.append(n)  # runs in the parent, where map() reads the input
        yield n


def main():
    if sys.version_info < (3, 14):
        sys.exit("This example needs Python 3.14 or newer (buffersize).")
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = pool.map(square, numbers(), timeout=30, buffersize=4)
        print(f"taken when map() returned: {len(taken)}")
        first = [next(results) for _ in range(5)]
        print(f"first five results: {first}")
        print(f"taken after five results: {len(taken)}")
        try:
            pool.map(square, [1, 2], buffersize=0)
        except ValueError as exc:
            print(f"buffersize=0: ValueError: {exc}")


if __name__ == "__main__":
    main()
