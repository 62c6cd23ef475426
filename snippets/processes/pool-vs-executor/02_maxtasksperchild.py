"""A Pool keeps the same worker processes only without maxtasksperchild.

Each task reports the id of the process it ran in; the program prints how
many different processes ran six tasks. With maxtasksperchild=1 the pool
replaces a worker after every task. spawn is chosen because replacing
workers means starting processes while the pool's own threads run, which
fork does not do safely.
"""

# test: start-method=spawn timeout=30

import multiprocessing
import os


def worker_pid(_):
    return os.getpid()


def count_workers(ctx, **options):
    with ctx.Pool(2, **options) as pool:
        pids = pool.map(worker_pid, range(6), chunksize=1)
        pool.close()
        pool.join()
    return len(set(pids))


def main():
    spawn = multiprocessing.get_context("spawn")
    print(f"Pool(2): at most 2 processes: {count_workers(spawn) <= 2}")
    recycled = count_workers(spawn, maxtasksperchild=1)
    print(f"Pool(2, maxtasksperchild=1): {recycled} processes")


if __name__ == "__main__":
    main()
