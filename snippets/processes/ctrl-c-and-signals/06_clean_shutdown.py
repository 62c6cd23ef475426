"""A clean shutdown on Ctrl-C: stop event, cancel, wait with a timeout.

Eight long tasks share two worker threads, and each checks a stop event
between small steps of work. A timer sends the process SIGINT while the
main thread waits in as_completed(). The main thread then sets the
event, cancels every task that has not started, and waits, with a
timeout, for the two running tasks to notice the event and return.
"""

import os
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

# test: output=exact


def job(stop, n):
    for _ in range(200):  # 200 steps of 0.05 s: 10 s of work
        if stop.wait(0.05):
            return f"job {n} stopped early"
    return f"job {n} done"


def main():
    stop = threading.Event()
    interrupted = time.monotonic()
    ctrl_c = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT))
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(job, stop, n) for n in range(8)]
        ctrl_c.start()
        try:
            for future in as_completed(futures, timeout=10):
                print(future.result())
        except KeyboardInterrupt:
            interrupted = time.monotonic()
            print("main: KeyboardInterrupt, stopping")
            stop.set()
            cancelled = sum(f.cancel() for f in futures)
            running = [f for f in futures if not f.cancelled()]
            done, not_done = wait(running, timeout=2)
            for text in sorted(f.result() for f in done):
                print(f"main: {text}")
            print(f"main: cancelled {cancelled}, unfinished {len(not_done)}")
    ctrl_c.join(timeout=5)
    prompt = time.monotonic() - interrupted < 2
    print(f"main: stopped within 2 s: {prompt}")


if __name__ == "__main__":
    main()
