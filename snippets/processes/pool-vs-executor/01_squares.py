"""The article's two squaring programs, and the rest of the Pool API.

multiprocessing.Pool offers map, imap, imap_unordered, starmap and
apply_async; ThreadPoolExecutor.map is the thread version of map. Every
wait that accepts a timeout gets one: the imap iterators' next(timeout),
the apply_async results' get(timeout), Executor.map(timeout=...).
Pool.map, starmap and join() accept none (map_async(...).get(timeout) is
the form that does). The pool is closed and joined.
"""

import operator
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool


def f(x):
    return x * x


def main():
    errors = []
    with Pool(2) as pool:
        print(f"map: {pool.map(f, [1, 2, 3])}")
        results = pool.imap(f, range(5))
        print(f"imap: {[results.next(timeout=30) for _ in range(5)]}")
        # imap_unordered yields results as they finish: sort before comparing
        unordered = pool.imap_unordered(f, range(5))
        done = [unordered.next(timeout=30) for _ in range(5)]
        print(f"imap_unordered, sorted: {sorted(done)}")
        print(f"starmap: {pool.starmap(operator.mul, [(2, 3), (4, 5)])}")

        ok = pool.apply_async(f, (7,))
        # int("seven") raises ValueError in the worker
        bad = pool.apply_async(int, ("seven",), error_callback=errors.append)
        print(f"apply_async: {ok.get(timeout=30)}")
        try:
            bad.get(timeout=30)
        except ValueError as exc:
            print(f"apply_async get(): ValueError: {exc}")

        pool.close()  # no more work
        pool.join()  # wait for the workers to exit
    print(f"error_callback received: {[repr(e) for e in errors]}")

    # The thread version from the article: one result per line, in order.
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="test_") as pool:
        for result in pool.map(f, [1, 2, 3, 4], timeout=30):
            print(result)


if __name__ == "__main__":
    main()
