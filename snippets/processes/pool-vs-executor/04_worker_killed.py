"""A worker dies: Pool loses the task silently, the executor says so.

Both pools run a task that ends its worker process with os._exit().
multiprocessing.Pool starts a replacement worker and never completes the
task, so get() would wait forever; the timeout turns that into
multiprocessing.TimeoutError. ProcessPoolExecutor raises BrokenProcessPool
at once. spawn is chosen because Pool replaces the dead worker while its
threads run, which fork does not do safely.
"""

# test: start-method=spawn timeout=30

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def crash(code):
    os._exit(code)


def square(x):
    return x * x


def main():
    spawn = multiprocessing.get_context("spawn")

    pool = spawn.Pool(2)
    try:
        lost = pool.apply_async(crash, (3,))
        try:
            lost.get(timeout=2)
        except multiprocessing.TimeoutError as exc:
            print(
                f"Pool: {type(exc).__name__} after 2 s, ready: {lost.ready()}"
            )
        later = pool.apply_async(square, (4,))
        print(f"Pool still takes work: {later.get(timeout=30)}")
    finally:
        # close() + join() would wait for the lost task forever
        pool.terminate()
        pool.join()

    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as executor:
        try:
            executor.submit(crash, 3).result(timeout=30)
        except BrokenProcessPool as exc:
            print(f"ProcessPoolExecutor: {type(exc).__name__}")


if __name__ == "__main__":
    main()
