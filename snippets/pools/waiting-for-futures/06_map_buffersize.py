"""Executor.map(buffersize=N) reads its input lazily (Python 3.14+).

Without buffersize, map() reads the whole input and submits one task per
item before it returns its first result, which never ends on an endless
input. With buffersize=4 it keeps at most 4 tasks ahead of the consumer.
The generator below counts how many items map() has taken from it.
"""

import itertools
import sys
from concurrent.futures import ThreadPoolExecutor

# test: output=exact requires=3.14


def numbers(taken):
    for n in itertools.count():  # an endless input
        taken.append(n)
        yield n


def square(n):
    return n * n


def main():
    if sys.version_info < (3, 14):
        sys.exit("This example needs Python 3.14 or newer (map buffersize).")
    taken = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = pool.map(square, numbers(taken), buffersize=4, timeout=5)
        print(f"items taken before the first result: {len(taken)}")
        first_ten = [value for _, value in zip(range(10), results)]
        results.close()  # cancels the tasks still buffered
        print(f"10th square: {first_ten[-1]}")
        print(f"items taken after 10 results: {len(taken)}")


if __name__ == "__main__":
    main()
