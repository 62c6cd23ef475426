"""What Barrier(0) does depends on the Python release, even the bug-fix one.

A barrier for no threads, or for a negative number, can never be passed.
Older releases accept it anyway, and a wait() on it can only time out.
Newer ones refuse it with ValueError, and the message changed once more in
a bug-fix release. The program prints what the running Python does; the
page lists which release prints which line.
"""

import threading

# test: output=exact


def try_parties(parties):
    try:
        barrier = threading.Barrier(parties)
    except ValueError as exc:
        return f"ValueError: {exc}"
    try:
        index = barrier.wait(timeout=0.1)
    except threading.BrokenBarrierError as exc:
        return f"created; wait(timeout=0.1) raised {type(exc).__name__}"
    return f"created; wait(timeout=0.1) returned {index}"


def main():
    for parties in (0, -1, 1):
        print(f"Barrier({parties}): {try_parties(parties)}")


if __name__ == "__main__":
    main()
