"""How often a large constant argument is pickled, with and without chunksize.

Every task's arguments are pickled in the parent and sent to a worker. A
table passed with itertools.repeat() is the same object each time, but each
task is a separate message, so it is pickled once per task. With chunksize,
one message carries several tasks, and pickle writes an object that occurs
twice in one message only once. The Table class counts how often it is
pickled by counting calls of its __reduce__ method in the parent.
"""

import itertools
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor

# test: output=exact

TASKS = 20
pickled = itertools.count()  # next() is atomic: safe from pool threads


class Table:
    def __init__(self, data):
        self.data = data

    def __reduce__(self):
        next(pickled)
        return (Table, (self.data,))


def lookup(i, table):
    return table.data[i]


def pickled_since(mark):
    """How many Tables were pickled since mark = next(pickled)."""
    return next(pickled) - mark - 1


def main():
    table = Table(bytes(range(256)) * 4096)  # 1 MiB of data
    size = len(pickle.dumps(table))
    print(f"one pickled table: {size // 1024} KiB")
    expected = [i % 256 for i in range(TASKS)]
    correct = True

    with ProcessPoolExecutor(max_workers=2) as executor:
        for chunksize in (1, 5):
            mark = next(pickled)
            results = executor.map(
                lookup,
                range(TASKS),
                itertools.repeat(table),
                timeout=30,
                chunksize=chunksize,
            )
            correct = correct and list(results) == expected
            count = pickled_since(mark)
            print(
                f"ProcessPoolExecutor.map, chunksize={chunksize}: "
                f"{TASKS} calls, table pickled {count} times, "
                f"about {count * size // 2**20} MiB"
            )

    # A second pool right after the first: on 3.12, fork could run while the
    # first pool's last thread is still exiting and warn (gh-110829), so
    # this one starts its workers with spawn.
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        for chunksize in (None, 1, 5):
            mark = next(pickled)
            pairs = zip(range(TASKS), itertools.repeat(table))
            results = pool.starmap(lookup, pairs, chunksize=chunksize)
            correct = correct and results == expected
            count = pickled_since(mark)
            print(
                f"Pool.starmap, chunksize={chunksize}: "
                f"{TASKS} calls, table pickled {count} times, "
                f"about {count * size // 2**20} MiB"
            )
        pool.close()
        pool.join()
    print(f"every result correct: {correct}")


if __name__ == "__main__":
    main()
