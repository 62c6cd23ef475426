"""as_completed() yields futures as they finish; map() keeps input order.

Three tasks sleep 0.65 s, 0.05 s and 0.35 s. The gaps between them are
0.3 s, wide enough that a busy machine waking a sleeping thread late has
not changed the order in our runs: b, c, a.
"""

import time
from concurrent.futures import ThreadPoolExecutor, as_completed

# test: output=exact

DELAYS = {"a": 0.65, "b": 0.05, "c": 0.35}


def task(name):
    time.sleep(DELAYS[name])
    return name


def main():
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {pool.submit(task, name): name for name in DELAYS}
        order = [f.result() for f in as_completed(futures, timeout=5)]
        print(f"as_completed: {order}")

        order = list(pool.map(task, DELAYS, timeout=5))
        print(f"map:          {order}")


if __name__ == "__main__":
    main()
