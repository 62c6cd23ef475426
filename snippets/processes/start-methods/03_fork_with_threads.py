"""The 3.12+ warning for fork() in a process that runs other threads.

A helper thread is alive while a process is started with fork. From
Python 3.12, os.fork() then raises a DeprecationWarning, because the child
gets a copy of every lock held by threads that do not exist in the child.
The same start with spawn does not warn.
"""

# test: start-method=fork

import multiprocessing
import sys
import threading
import warnings


def work():
    pass


def start_one(method):
    """Start and join one process; return the fork warnings it raised."""
    ctx = multiprocessing.get_context(method)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        process = ctx.Process(target=work)
        process.start()
        process.join(timeout=20)
    return [w for w in caught if "multi-threaded" in str(w.message)]


def main():
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait, args=(20,))
    helper.start()
    try:
        fork_warnings = start_one("fork")
        spawn_warnings = start_one("spawn")
    finally:
        stop.set()
        helper.join(timeout=5)

    expected = sys.version_info >= (3, 12)  # 3.9 to 3.11 never warn
    as_expected = bool(fork_warnings) == expected
    print(f"fork warned as this version should: {as_expected}")
    if fork_warnings:
        assert fork_warnings[0].category is DeprecationWarning
    print(f"spawn warned: {bool(spawn_warnings)}")


if __name__ == "__main__":
    main()
