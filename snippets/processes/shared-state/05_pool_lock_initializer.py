"""Giving pool workers a lock: through initializer, not as a task argument.

A multiprocessing.Lock may only reach another process when that process is
created. Task arguments are pickled later, so passing the lock to map()
fails. Passing it in initargs hands it over while each worker starts; the
initializer stores it in a global that the task function uses. One pool
shows both: the failed map() leaves the pool working.
"""

import multiprocessing

# test: timeout=30

lock = None


def use_lock(args):
    task_lock, n = args
    with task_lock:
        return n


def init_worker(shared_lock):
    global lock
    lock = shared_lock


def square(n):
    with lock:
        return n * n


def main():
    shared_lock = multiprocessing.Lock()
    with multiprocessing.Pool(
        2, initializer=init_worker, initargs=(shared_lock,)
    ) as pool:
        try:  # the lock as a task argument: refused when it is pickled
            pool.map(use_lock, [(shared_lock, 1)], chunksize=1)
        except RuntimeError as e:
            print(f"{type(e).__name__}: {e}")
        # through initargs: every worker already has it in `lock`
        print(f"squares: {pool.map(square, range(6))}")
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
