"""A Process from start() to close(): join with a timeout, exit codes, close.

exitcode is None while the process runs, its exit status once it has ended,
and minus the signal number when a signal ended it: -15 for terminate()
(SIGTERM) and -9 for kill() (SIGKILL). After close() the object is unusable.
"""

import multiprocessing
import sys
import time


def nap(seconds):
    time.sleep(seconds)


def leave(code):
    sys.exit(code)


def main():
    p = multiprocessing.Process(target=nap, args=(10,))
    p.start()
    p.join(timeout=0.1)  # returns after 0.1 s, the process goes on
    print(f"after join(0.1): alive {p.is_alive()}, exitcode {p.exitcode}")
    p.terminate()
    p.join(timeout=5)
    print(f"after terminate(): alive {p.is_alive()}, exitcode {p.exitcode}")

    p = multiprocessing.Process(target=nap, args=(10,))
    p.start()
    p.kill()
    p.join(timeout=5)
    print(f"after kill(): exitcode {p.exitcode}")

    for code in (0, 3):
        q = multiprocessing.Process(target=leave, args=(code,))
        q.start()
        q.join(timeout=20)
        print(f"sys.exit({code}): exitcode {q.exitcode}")

    q = multiprocessing.Process(target=nap, args=(10,))
    q.start()
    try:
        q.close()
    except ValueError as exc:
        print(f"close() while running: ValueError: {exc}")
    q.kill()
    q.join(timeout=5)

    p.close()  # releases the process's resources
    try:
        p.is_alive()
    except ValueError as exc:
        print(f"is_alive() after close(): ValueError: {exc}")


if __name__ == "__main__":
    main()
