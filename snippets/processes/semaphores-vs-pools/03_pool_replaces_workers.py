"""A Pool does not always keep the same workers: maxtasksperchild.

With maxtasksperchild=1 each worker exits after one task and the pool starts
a fresh one in its place. Never more than two run at once, yet four tasks are
run by four different processes. The program uses the spawn start method:
the pool starts the replacements from a helper thread, and forking while
other threads run is unsafe (3.12 and later warn about it).
"""

import multiprocessing
import time

# test: start-method=spawn timeout=30


def task(n):
    time.sleep(0.02)
    return multiprocessing.current_process().name


def main():
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2, maxtasksperchild=1) as pool:
        workers = pool.map(task, range(4), chunksize=1)
        pool.close()
        pool.join()
    print(f"tasks done: {len(workers)}")
    print(f"distinct worker processes: {len(set(workers))}")


if __name__ == "__main__":
    main()
