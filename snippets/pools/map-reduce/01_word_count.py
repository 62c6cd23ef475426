"""Word count as map and reduce, with the map step on two processes.

The text is generated from a fixed word list with a seeded random number
generator, so every run counts the same words. It is split into 8 chunks of
lines. Map: each worker process counts the words of one chunk and returns a
Counter. Reduce: the parent adds the 8 Counters into one. The result must
equal a plain count done in the parent alone.
"""

import functools
import operator
import random
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

WORDS = (
    "the quick brown fox jumps over lazy dog and a cat naps while "
    "thread process pool lock queue future"
).split()


def make_text(lines, seed=2024):
    rng = random.Random(seed)
    return [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 15)))
        for _ in range(lines)
    ]


def count_words(lines):
    """The map step: one chunk of lines in, one Counter out."""
    counts = Counter()
    for line in lines:
        counts.update(line.split())
    return counts


def main():
    text = make_text(10_000)
    chunks = [text[i::8] for i in range(8)]  # 8 chunks of 1,250 lines

    with ProcessPoolExecutor(max_workers=2) as pool:
        partial_counts = list(pool.map(count_words, chunks, timeout=30))

    total = functools.reduce(operator.add, partial_counts, Counter())

    print(f"chunks mapped: {len(partial_counts)}")
    print(f"words counted: {sum(total.values())}")
    top = sorted(total.items(), key=lambda item: (-item[1], item[0]))[:3]
    for word, n in top:
        print(f"  {word!r}: {n}")
    print(f"same as counting in one process: {total == count_words(text)}")


if __name__ == "__main__":
    main()
