"""functools.partial for fixed arguments, and Pool.starmap for tuples.

functools.partial(power, exponent=3) is a new callable with the exponent
filled in. It pickles by pickling the function and the stored arguments,
so it works in a process pool when the function itself can be pickled, and
fails when it wraps a lambda. multiprocessing.Pool has starmap(), which
unpacks each tuple into arguments, and starmap_async(), whose result's
get() accepts a timeout.
"""

import functools
import itertools
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor

# test: output=exact


def power(base, exponent):
    return base**exponent


def main():
    cube = functools.partial(power, exponent=3)
    with multiprocessing.Pool(2) as pool:
        print(f"Pool.map, partial: {pool.map(cube, range(5))}")

        pairs = [(2, 5), (3, 6), (4, 2)]
        print(f"Pool.starmap: {pool.starmap(power, pairs)}")
        # a constant second argument: zip() stops when range() ends
        args = zip(range(5), itertools.repeat(2))
        pending = pool.starmap_async(power, args)
        print(f"Pool.starmap_async: {pending.get(timeout=30)}")
        pool.close()
        pool.join()

    # A second pool right after the first: on 3.12, fork could run while the
    # first pool's last thread is still exiting and warn (gh-110829), so
    # this one starts its workers with spawn.
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as executor:
        results = executor.map(cube, range(5), timeout=30)
        print(f"ProcessPoolExecutor.map, partial: {list(results)}")

    # A partial pickles its function by reference, so this fails as the
    # lambda alone would. A process pool pickles it the same way.
    wraps_lambda = functools.partial(lambda b, e: b**e, e=3)
    try:
        pickle.dumps(wraps_lambda)
    except Exception as exc:  # the class depends on the version
        local = "local object" in str(exc)
        print(f"partial of a lambda pickles: False, 'local object': {local}")


if __name__ == "__main__":
    main()
