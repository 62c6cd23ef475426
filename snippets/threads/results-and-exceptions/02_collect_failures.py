"""Collecting every thread's failure with a custom threading.excepthook.

threading.excepthook is called with one argument whenever a thread's
run() raises. This program installs its own hook, which records the
thread's name and the exception instead of printing a traceback, runs
four workers of which three fail, puts the old hook back, and reports.
A SystemExit raised in a thread reaches the hook too; the default hook
ignores it silently.
"""

import threading

# test: output=exact


def work(n):
    if n == 1:
        raise ValueError(f"item {n} is invalid")
    if n == 2:
        raise KeyError(n)
    if n == 3:
        raise SystemExit(3)  # ends this thread only, never the program


def main():
    failures = []

    def record(args):
        # args has exc_type, exc_value, exc_traceback and thread.
        # Keep plain strings: storing exc_value or thread keeps them alive.
        failures.append(
            (args.thread.name, args.exc_type.__name__, str(args.exc_value))
        )

    previous = threading.excepthook
    threading.excepthook = record
    try:
        threads = [
            threading.Thread(target=work, args=(n,), name=f"worker-{n}")
            for n in range(4)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=5)
    finally:
        threading.excepthook = previous

    print(f"threads that failed: {len(failures)} of {len(threads)}")
    for name, kind, message in sorted(failures):
        print(f"{name}: {kind}: {message}")


if __name__ == "__main__":
    main()
