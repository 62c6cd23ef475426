"""ProcessPoolExecutor.terminate_workers() and kill_workers() (3.14+).

After Ctrl-C, shutdown() can only cancel tasks that have not started; a
running task keeps its worker busy until it returns. From Python 3.14
the executor can stop its workers itself: terminate_workers() sends each
live worker SIGTERM, kill_workers() sends SIGKILL. Either call also
cancels the tasks still waiting, breaks the running ones and leaves the
executor unusable.

The second pool's workers ignore SIGTERM, as a worker would if some code
in it had set SIGTERM to SIG_IGN, so the program uses kill_workers():
SIGKILL cannot be caught or ignored.
"""

import multiprocessing
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

# test: output=exact timeout=20 requires=3.14


def ignore_sigterm():
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def stuck(n):
    time.sleep(30)  # stands for a task that would run far too long
    return n


def workers_alive(wait):
    deadline = time.monotonic() + wait
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.02)
    return len(multiprocessing.active_children())


def interrupted_pool(initializer=None):
    pool = ProcessPoolExecutor(max_workers=2, initializer=initializer)
    pool.submit(abs, -1).result(timeout=10)  # both workers are up
    futures = [pool.submit(stuck, n) for n in range(6)]
    # Wait until the executor has handed two tasks to the workers.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if sum(f.running() for f in futures) >= 2:
            break
        time.sleep(0.01)
    try:
        signal.raise_signal(signal.SIGINT)  # "Ctrl-C"
    except KeyboardInterrupt:
        print("main: KeyboardInterrupt")
    return pool, futures


def outcomes(futures):
    kinds = set()
    for f in futures:
        if f.cancelled():
            kinds.add("cancelled")
        elif isinstance(f.exception(timeout=5), BrokenProcessPool):
            kinds.add("BrokenProcessPool")
        else:
            kinds.add("other")
    return ", ".join(sorted(kinds))


def main():
    if sys.version_info < (3, 14):
        sys.exit("This example needs Python 3.14 or newer.")
    pool, futures = interrupted_pool()
    start = time.monotonic()
    pool.terminate_workers()
    print(f"terminate_workers(): workers alive: {workers_alive(2)}")
    print(f"  futures: {outcomes(futures)}")
    pool.shutdown(wait=True)
    print(f"  stopped within 2 s: {time.monotonic() - start < 2}")

    pool, futures = interrupted_pool(initializer=ignore_sigterm)
    pool.kill_workers()
    print(f"kill_workers(): workers alive: {workers_alive(2)}")
    print(f"  futures: {outcomes(futures)}")
    pool.shutdown(wait=True)


if __name__ == "__main__":
    main()
