"""A daemon thread's finally block does not run when the interpreter exits.

Two workers each hold a "resource" inside try/finally. The non-daemon worker
is asked to stop and cleans up. The daemon worker is still sleeping when the
interpreter shuts down: it is frozen where it stands and its finally block
never runs, so its cleanup line is never printed.
"""

import threading


def worker(name, stop, ready):
    print(f"{name}: acquired its resource")
    ready.set()
    try:
        stop.wait(timeout=5)
    finally:
        print(f"{name}: released its resource")


def main():
    stop_polite = threading.Event()
    never_set = threading.Event()
    polite_ready = threading.Event()
    daemon_ready = threading.Event()

    polite = threading.Thread(
        target=worker, args=("non-daemon", stop_polite, polite_ready)
    )
    abrupt = threading.Thread(
        target=worker, args=("daemon", never_set, daemon_ready), daemon=True
    )
    polite.start()
    polite_ready.wait(timeout=5)
    abrupt.start()
    daemon_ready.wait(timeout=5)

    stop_polite.set()
    polite.join(timeout=5)
    print("main: returning; the daemon worker is still inside its try block")


if __name__ == "__main__":
    main()
