"""Stopping a thread promptly with threading.Event.

Event.wait(timeout) is a sleep that ends early when the event is set, so the
worker stops as soon as it is asked to, even with a 5-second interval.
"""

import threading
import time


def heartbeat(stop, interval, ready):
    beats = 0
    ready.set()
    while not stop.wait(interval):  # False on timeout, True once set
        beats += 1
        print(f"beat {beats}")
    print(f"heartbeat stopped after {beats} beats")


def main():
    stop = threading.Event()
    ready = threading.Event()
    thread = threading.Thread(target=heartbeat, args=(stop, 5.0, ready))
    thread.start()
    ready.wait(timeout=5)

    started = time.monotonic()
    stop.set()
    thread.join(timeout=5)
    waited = time.monotonic() - started

    print(f"thread alive after join: {thread.is_alive()}")
    print(f"stopped in under 2.5 s with a 5 s interval: {waited < 2.5}")


if __name__ == "__main__":
    main()
