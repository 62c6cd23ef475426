"""Executor.map with two iterables, and a constant argument from repeat().

Executor.map(fn, xs, ys) calls fn(x, y) with one item from each iterable,
like the built-in map(). It stops at the end of the shortest iterable, so
the extra item of the longer list is silently ignored. itertools.repeat()
supplies the same value for every call without building a list of copies;
it never ends, so it must be paired with a finite iterable.
"""

import itertools
from concurrent.futures import ProcessPoolExecutor

# test: output=exact


def power(base, exponent):
    return base**exponent


def main():
    bases = [2, 3, 4]
    exponents = [5, 6]  # one item shorter
    print(f"built-in map: {list(map(power, bases, exponents))}")
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = pool.map(power, bases, exponents, timeout=30)
        print(f"Executor.map: {list(results)}")

        # the same exponent for every base: repeat() stops with range()
        cubes = pool.map(power, range(6), itertools.repeat(3), timeout=30)
        print(f"with repeat(3): {list(cubes)}")


if __name__ == "__main__":
    main()
