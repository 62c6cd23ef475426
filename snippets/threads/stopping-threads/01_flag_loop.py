"""Stopping a thread with a flag it checks on every loop.

terminate() only clears a flag. The thread notices it at its next check,
which comes after the sleep it is in has finished: join() has to wait for
that sleep.
"""

import threading
import time


class CountdownTask:
    def __init__(self):
        self._running = True
        self.ticked = threading.Event()
        self.sleep_began = None

    def terminate(self):
        self._running = False

    def run(self, n, interval):
        while self._running and n > 0:
            print(f"T-minus {n}")
            n -= 1
            self.sleep_began = time.monotonic()
            self.ticked.set()
            time.sleep(interval)
        print("countdown loop ended")


def main():
    interval = 0.5
    task = CountdownTask()
    thread = threading.Thread(target=task.run, args=(10, interval))
    thread.start()
    task.ticked.wait(timeout=5)  # let it print one line and start its sleep

    task.terminate()
    thread.join(timeout=5)
    joined = time.monotonic()

    print(f"thread alive after join: {thread.is_alive()}")
    # A sleep never ends early, so a join() that waited for it returns a
    # whole interval or more after the sleep began. A stop that cut the
    # sleep short would let join() return sooner.
    waited = joined - task.sleep_began >= interval
    print(f"join() had to wait for the sleep to end: {waited}")


if __name__ == "__main__":
    main()
