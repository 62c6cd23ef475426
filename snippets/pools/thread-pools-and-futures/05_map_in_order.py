"""The article's ThreadPoolExecutor.map sample, plus what map() promises.

map() hands every item to the pool at once and yields the results in
the order of the input, even when later items finish first. The worker
threads are named after thread_name_prefix.
"""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

# test: output=exact


def f(x):
    return x * x


def slow_f(x):
    time.sleep(0.05 * (5 - x))  # 1 is the slowest, 4 the fastest
    return x * x, threading.current_thread().name


def main():
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="test_") as pool:
        a = [1, 2, 3, 4]
        for result in pool.map(f, a):
            print(result)

        results = list(pool.map(slow_f, a, timeout=5))
        print(f"squares, in input order: {[r for r, _ in results]}")
        names = {name for _, name in results}
        prefixed = all(n.startswith("test__") for n in names)
        print(f"every worker name starts with 'test__': {prefixed}")


if __name__ == "__main__":
    main()
