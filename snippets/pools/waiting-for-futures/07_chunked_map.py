"""Bound the work in flight on any Python: feed map() one chunk at a time.

Before 3.14, map() reads its whole input first. Cutting the input into
chunks with itertools.islice keeps at most one chunk of tasks and
results in memory, on every version. Results still come in input order.
"""

import itertools
from concurrent.futures import ThreadPoolExecutor

# test: output=exact


def numbers(taken):
    for n in itertools.count():  # an endless input
        taken.append(n)
        yield n


def square(n):
    return n * n


def chunked_map(pool, fn, iterable, chunk_size, timeout=5):
    iterator = iter(iterable)
    while True:
        chunk = list(itertools.islice(iterator, chunk_size))
        if not chunk:
            return
        yield from pool.map(fn, chunk, timeout=timeout)


def main():
    taken = []
    total = 0
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = chunked_map(pool, square, numbers(taken), chunk_size=4)
        for value in itertools.islice(results, 10):
            total += value
        results.close()  # stop the generator; nothing more is read
    print(f"sum of the first 10 squares: {total}")
    print(f"items taken from the input: {len(taken)}")


if __name__ == "__main__":
    main()
