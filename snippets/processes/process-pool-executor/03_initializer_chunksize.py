"""Per-worker set-up with initializer/initargs, and batching with chunksize.

initializer runs once in every worker process before its first task. Here it
builds a lookup table that the tasks then read from a module global. That
global lives in the worker; the parent's copy stays empty.
"""

from concurrent.futures import ProcessPoolExecutor

TABLE = {}


def load_table(size):
    """Runs once per worker: fill this worker's private lookup table."""
    TABLE.update({n: n * n for n in range(size)})


def lookup(n):
    return TABLE[n]


def main():
    with ProcessPoolExecutor(
        max_workers=2, initializer=load_table, initargs=(1_000,)
    ) as pool:
        # chunksize=100 sends the 1000 inputs in 10 batches instead of
        # 1000 separate messages; the results still come back in order.
        squares = list(
            pool.map(lookup, range(1_000), chunksize=100, timeout=30)
        )

    print(f"first five: {squares[:5]}")
    print(f"all correct: {squares == [n * n for n in range(1_000)]}")
    print(f"table in the parent is empty: {TABLE == {}}")


if __name__ == "__main__":
    main()
