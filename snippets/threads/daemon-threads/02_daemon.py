"""A daemon thread is stopped when the interpreter exits, mid-countdown.

The same countdown as before, with daemon=True. main() waits only until the
countdown has started, then returns. The interpreter does not wait for daemon
threads, so the countdown never reaches lift-off.
"""

import atexit
import threading
import time


def countdown(n, interval, started, log):
    started.set()
    while n > 0:
        log.append(f"T-minus {n}")
        n -= 1
        time.sleep(interval)
    log.append("lift-off")


def report(thread, log):
    print(f"exit: countdown thread still alive? {thread.is_alive()}")
    print(f"exit: countdown reached lift-off? {'lift-off' in log}")


def main():
    started = threading.Event()
    log = []
    thread = threading.Thread(
        target=countdown, args=(10, 0.1, started, log), daemon=True
    )
    thread.start()
    atexit.register(report, thread, log)
    started.wait(timeout=5)
    print(f"main: countdown is a daemon thread: {thread.daemon}")
    print("main: returning from main()")


if __name__ == "__main__":
    main()
