"""threading.stack_size() sets the stack of threads started after the call.

Called with a size, it returns the previous setting, which is what you
need to put it back. Called without an argument it returns the current
setting, but it also resets the setting to 0 (the platform default):
the argument defaults to 0. Threads already running keep their stack.
"""

import threading

# test: output=exact

KIB = 1024


def report(results):
    results.append(threading.current_thread().name)


def main():
    print(f"stack_size(): {threading.stack_size()} (0 = platform default)")

    old = threading.stack_size(4 * KIB * KIB)  # 4 MiB
    try:
        print(f"stack_size(4 MiB) returned the old setting: {old}")
        results = []
        thread = threading.Thread(target=report, args=(results,), name="big")
        thread.start()  # this thread gets a 4 MiB stack
        thread.join(timeout=5)
        print(f"thread {results[0]!r} was started with a 4 MiB stack")
    finally:
        previous = threading.stack_size(old)  # restore, always
    print(f"restoring returned: {previous // KIB} KiB")

    threading.stack_size(512 * KIB)
    print(f"stack_size() asked once: {threading.stack_size() // KIB} KiB")
    print(f"stack_size() asked again: {threading.stack_size()}")


if __name__ == "__main__":
    main()
