"""threading.Timer runs a function once, after a delay, in its own thread.

Two timers start together. The short one fires. The long one is cancelled
before its time comes, so its function never runs, and its thread ends at
once instead of waiting out the delay.
"""

import threading

# test: output=exact


def main():
    fired = []
    short = threading.Timer(0.1, fired.append, args=["short"])
    long = threading.Timer(10, fired.append, args=["long"])
    short.start()
    long.start()

    long.cancel()  # only works while the timer is still waiting
    long.join(timeout=5)  # half its delay: only a cancelled timer ends in time
    print(f"cancelled timer's thread ended within 5 s: {not long.is_alive()}")

    short.join(timeout=5)
    print(f"fired: {fired}")


if __name__ == "__main__":
    main()
