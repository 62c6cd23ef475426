"""One print() call is several write() calls, so lines from threads can mix.

A small file-like object records every write() it receives. print() with
two arguments writes four pieces: the first argument, the separator, the
second argument and the end of line. Another thread may write between any
two of them. Writing the whole line in one call, or holding a lock around
each print(), keeps lines whole.
"""

import threading

# test: output=exact


class Recorder:
    """A stand-in for sys.stdout that remembers each write() call."""

    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)
        return len(text)

    def flush(self):
        pass


def main():
    out = Recorder()
    print("T-minus", 10, file=out)
    n = len(out.calls)
    print(f"print('T-minus', 10) made {n} write() calls: {out.calls}")

    out.calls.clear()
    print(f"T-minus {10}", file=out)
    n = len(out.calls)
    print(f"print() of one string made {n} write() calls: {out.calls}")

    out.calls.clear()
    out.write(f"T-minus {10}\n")
    n = len(out.calls)
    print(f"write() of the whole line made {n} call: {out.calls}")

    # The usual fix for threads that report progress: one lock around output.
    out.calls.clear()
    print_lock = threading.Lock()

    def report(name):
        with print_lock:
            print(name, "done", file=out)

    threads = [
        threading.Thread(target=report, args=(f"w{i}",)) for i in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    lines = "".join(out.calls).splitlines()
    print(f"with a lock, every line is whole: {sorted(lines)}")


if __name__ == "__main__":
    main()
