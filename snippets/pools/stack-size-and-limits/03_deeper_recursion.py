"""A thread with a bigger stack can recurse deeper; the limit still rules.

Deep recursion needs two things: a recursion limit high enough
(sys.setrecursionlimit, one setting for the whole interpreter) and,
on Python 3.9 and 3.10, enough C stack in the thread that recurses. The
thread below gets a 256 MiB stack and recurses 30,000 calls deep. With
the default limit restored, the same function stops with RecursionError.
"""

import sys
import threading

# test: output=exact

MIB = 1024 * 1024


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def measure(n, results):
    try:
        results.append(f"reached depth {depth(n)}")
    except RecursionError:
        results.append("RecursionError")


def in_thread(n, stack_bytes):
    results = []
    old_size = threading.stack_size(stack_bytes)
    try:
        thread = threading.Thread(target=measure, args=(n, results))
        thread.start()
    finally:
        threading.stack_size(old_size)
    thread.join(timeout=5)
    return results[0]


def main():
    old_limit = sys.getrecursionlimit()
    print(f"default recursion limit: {old_limit}")
    sys.setrecursionlimit(40_000)
    try:
        print(f"limit 40000, 256 MiB stack: {in_thread(30_000, 256 * MIB)}")
    finally:
        sys.setrecursionlimit(old_limit)
    print(f"limit {old_limit}, 256 MiB stack: {in_thread(30_000, 256 * MIB)}")


if __name__ == "__main__":
    main()
