"""A non-daemon thread keeps the program alive after main() has returned.

The countdown runs in an ordinary (non-daemon) thread. main() returns
straight away, yet Python waits for the countdown to finish before it exits:
the atexit handler, which runs after that wait, sees a finished thread.
"""

import atexit
import threading
import time

# test: output=interleaved


def countdown(n, interval):
    while n > 0:
        print(f"countdown: T-minus {n}")
        n -= 1
        time.sleep(interval)
    print("countdown: lift-off")


def report(thread):
    print(f"exit: countdown thread still alive? {thread.is_alive()}")


def main():
    thread = threading.Thread(target=countdown, args=(3, 0.1))
    print(f"main: daemon={thread.daemon}")
    thread.start()
    atexit.register(report, thread)
    for step in range(1, 4):
        print(f"main: step {step}")
    print("main: returning from main()")


if __name__ == "__main__":
    main()
