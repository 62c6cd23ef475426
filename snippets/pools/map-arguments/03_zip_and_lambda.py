"""Pairs from zip() and a one-argument wrapper; a lambda cannot be pickled.

When the arguments already come as tuples (from zip(), a list of pairs, a
database), a small top-level function that unpacks one tuple works in
every pool. A lambda doing the same works in a ThreadPoolExecutor, where
nothing is pickled, but a ProcessPoolExecutor must pickle the function to
send it to a worker, and pickle cannot find a lambda by name. The program
prints the error exactly as a traceback would, with the object's memory
address replaced by 0x...; the wording depends on the Python version.
"""

import multiprocessing
import re
import traceback
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

# test: output=exact


def power(base, exponent):
    return base**exponent


def power_of_pair(pair):
    """Unpack one (base, exponent) tuple. Top level, so it pickles."""
    return power(*pair)


def main():
    pairs = list(zip([2, 3, 4], [5, 6, 2]))
    print(f"pairs: {pairs}")

    with ThreadPoolExecutor(max_workers=2) as threads:
        squares = threads.map(lambda p: power(*p), pairs, timeout=30)
        print(f"thread pool, lambda: {list(squares)}")

    # A process pool right after the thread pool: on 3.12, fork could run
    # while a pool thread is still exiting and warn (gh-110829), so this
    # one starts its workers with spawn.
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
        results = pool.map(power_of_pair, pairs, timeout=30)
        print(f"process pool, wrapper: {list(results)}")

        # One call only: see "A with block that never ends" on the page.
        future = pool.submit(lambda p: power(*p), pairs[0])
        try:
            future.result(timeout=30)
        except Exception as exc:  # the class depends on the version
            print("process pool, lambda:")
            for line in traceback.format_exception_only(type(exc), exc):
                print(re.sub(r"0x[0-9a-f]+", "0x...", line.rstrip()))


if __name__ == "__main__":
    main()
