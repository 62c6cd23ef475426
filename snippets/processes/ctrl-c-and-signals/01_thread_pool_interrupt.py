"""What Ctrl-C (KeyboardInterrupt) does to a ThreadPoolExecutor.

The program sends itself SIGINT, as Ctrl-C would, once two of six tasks
are running on two worker threads. KeyboardInterrupt is raised in the
main thread, inside the `with` block. Leaving the block calls
shutdown(wait=True), which still runs every queued task before the
exception gets out: all six finish. The second round catches the
interrupt inside the block and calls shutdown(cancel_futures=True)
first: the two running tasks finish, the four queued ones are cancelled.
"""

import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor

# test: output=exact


def task(started, gate, n):
    started.release()  # tell the main thread this task is running
    time.sleep(0.1)
    gate.wait(timeout=5)  # in the second round, hold until main says go
    return n


def run(cancel_on_interrupt):
    started = threading.Semaphore(0)
    gate = threading.Event()
    if not cancel_on_interrupt:
        gate.set()
    futures = []
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(task, started, gate, n) for n in range(6)]
            for _ in range(2):  # wait until both workers are busy
                started.acquire(timeout=5)
            try:
                signal.raise_signal(signal.SIGINT)  # "Ctrl-C" now
            except KeyboardInterrupt:
                if not cancel_on_interrupt:
                    raise
                pool.shutdown(wait=False, cancel_futures=True)
                gate.set()  # let the two running tasks finish
                raise
    except KeyboardInterrupt:
        print("  main: KeyboardInterrupt got out of the with block")
    finished = sum(f.done() and not f.cancelled() for f in futures)
    cancelled = sum(f.cancelled() for f in futures)
    print(f"  finished: {finished}, cancelled: {cancelled}")
    print(f"  worker threads left: {threading.active_count() - 1}")


def main():
    print("plain with block:")
    run(cancel_on_interrupt=False)
    print("shutdown(cancel_futures=True) on KeyboardInterrupt:")
    run(cancel_on_interrupt=True)


if __name__ == "__main__":
    main()
