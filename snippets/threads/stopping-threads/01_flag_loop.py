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

    def terminate(self):
        self._running = False

    def run(self, n, interval):
        while self._running and n > 0:
            print(f"T-minus {n}")
            self.ticked.set()
            n -= 1
            time.sleep(interval)
        print("countdown loop ended")


def main():
    interval = 0.5
    task = CountdownTask()
    thread = threading.Thread(target=task.run, args=(10, interval))
    thread.start()
    task.ticked.wait(timeout=5)  # let it print one line first

    started = time.monotonic()
    task.terminate()
    thread.join(timeout=5)
    waited = time.monotonic() - started

    print(f"thread alive after join: {thread.is_alive()}")
    print(f"join() had to wait for the sleep to end: {waited > interval / 2}")


if __name__ == "__main__":
    main()
