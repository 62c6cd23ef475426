"""What happens by default when a thread's function raises.

The worker raises ValueError. Thread.join() returns None, as it always
does, and does not raise: the main thread learns nothing. The exception
went to threading.excepthook, which prints a header line and the
traceback to sys.stderr. To show that text here, the program points
sys.stderr at a string buffer while the thread runs, then prints the
first and the last line of what the hook wrote.
"""

import contextlib
import io
import threading

# test: output=exact


def worker():
    raise ValueError("bad input")


def main():
    captured = io.StringIO()
    with contextlib.redirect_stderr(captured):
        thread = threading.Thread(target=worker)
        thread.start()
        returned = thread.join(timeout=5)

    lines = captured.getvalue().splitlines()
    print(f"join() returned: {returned}")
    print(f"thread alive after join: {thread.is_alive()}")
    print(f"hook's first line: {lines[0]}")
    print(f"hook's second line: {lines[1]}")
    print(f"hook's last line: {lines[-1]}")
    print("the main thread carries on")


if __name__ == "__main__":
    main()
