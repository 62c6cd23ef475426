"""The same six tasks on a Pool(2): two processes do all the work.

The pool starts two worker processes once and feeds them tasks. Each worker
runs the initializer once when it starts, which counts the processes the
pool created. Each task returns the name of the worker that ran it; the
number of distinct names is the number of processes that did work.
"""

import multiprocessing
import time

# test: timeout=30

TASKS = 6
K = 2


def count_worker(counter):
    with counter.get_lock():
        counter.value += 1


def task(n):
    time.sleep(0.05)  # the work
    return multiprocessing.current_process().name


def main():
    counter = multiprocessing.Value("i", 0)
    pool = multiprocessing.Pool(
        K, initializer=count_worker, initargs=(counter,)
    )
    with pool:
        workers = pool.map(task, range(TASKS), chunksize=1)
        pool.close()
        pool.join()

    print(f"tasks done: {len(workers)}")
    print(f"processes created: {counter.value}")
    print(f"distinct workers used <= {K}: {len(set(workers)) <= K}")


if __name__ == "__main__":
    main()
