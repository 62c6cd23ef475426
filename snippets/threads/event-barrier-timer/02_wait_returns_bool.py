"""Event.wait(timeout) returns a bool, and it is a sleep that can be cut short.

A poller calls wait(0.05) in a loop: it gets False each time the timeout
runs out, and True as soon as the event is set. A sleeper asks to sleep for
10 s with wait(10) and is woken after a fraction of a second.
"""

import threading
import time

# test: output=exact


def poller(done, polled, report):
    timeouts = 0
    while not done.wait(0.05):  # False: timed out, the event is still clear
        timeouts += 1
        polled.set()  # tell main() the poller has seen a timeout
    report["poller timed out at least once"] = timeouts > 0


def sleeper(stop, report):
    started = time.perf_counter()
    woken = stop.wait(10)  # an interruptible time.sleep(10)
    report["sleeper woken by set()"] = woken
    report["sleeper slept less than 5 s"] = time.perf_counter() - started < 5


def main():
    event = threading.Event()
    polled = threading.Event()
    report = {}
    threads = [
        threading.Thread(target=poller, args=(event, polled, report)),
        threading.Thread(target=sleeper, args=(event, report)),
    ]
    for thread in threads:
        thread.start()
    polled.wait(timeout=5)
    time.sleep(0.1)
    event.set()
    for thread in threads:
        thread.join(timeout=5)
    for key in sorted(report):
        print(f"{key}: {report[key]}")


if __name__ == "__main__":
    main()
