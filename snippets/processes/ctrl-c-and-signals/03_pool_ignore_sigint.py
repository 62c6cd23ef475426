"""Ctrl-C with multiprocessing.Pool: ignore SIGINT in the workers.

The workers' initializer sets SIGINT to "ignore", so when the whole
process group gets SIGINT (as from Ctrl-C in a terminal) only the parent
raises KeyboardInterrupt. The parent catches it and calls terminate(),
which stops the workers in the middle of their ten-second tasks. No
worker prints a traceback, and the program ends at once.
"""

import multiprocessing
import os
import signal
import time

# test: output=exact timeout=20


def ignore_sigint(ready):
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    ready.release()  # this worker is past its initializer


def slow_square(n):
    time.sleep(10)
    return n * n


def main():
    if os.getpgrp() != os.getpid():
        os.setpgid(0, 0)  # own process group, so killpg reaches only us
    ready = multiprocessing.Semaphore(0)
    with multiprocessing.Pool(2, ignore_sigint, (ready,)) as pool:
        for _ in range(2):  # a worker still starting up would not ignore it
            ready.acquire(timeout=10)
        result = pool.map_async(slow_square, range(4))
        time.sleep(0.2)  # let the workers start their tasks
        start = time.monotonic()
        try:
            os.killpg(os.getpgrp(), signal.SIGINT)  # like Ctrl-C
            result.get(timeout=10)
        except KeyboardInterrupt:
            print("main: KeyboardInterrupt")
            pool.terminate()
            pool.join()
        elapsed = time.monotonic() - start
    print(f"results ready: {result.ready()}")
    print(f"workers alive: {len(multiprocessing.active_children())}")
    print(f"ended within 5 s, tasks unfinished: {elapsed < 5}")


if __name__ == "__main__":
    main()
