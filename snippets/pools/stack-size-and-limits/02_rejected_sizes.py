"""Sizes that are too small or too large for a thread stack.

A size below the minimum is refused at once with ValueError; the text
changed in Python 3.14.3. A size the operating system cannot provide is
accepted by stack_size() and fails only when a thread is started.
"""

import threading

# test: output=exact


def main():
    try:
        threading.stack_size(1000)
    except ValueError as exc:
        print(f"stack_size(1000): {type(exc).__name__}: {exc}")
    print(f"setting unchanged: {threading.stack_size()}")

    old = threading.stack_size(1 << 50)  # 1 PiB: more than any machine has
    try:
        thread = threading.Thread(target=print, args=("never printed",))
        try:
            thread.start()
        except RuntimeError as exc:
            print(f"start(): {type(exc).__name__}: {exc}")
        print(f"thread alive: {thread.is_alive()}")
    finally:
        threading.stack_size(old)
    print(f"threads in the process: {threading.active_count()}")


if __name__ == "__main__":
    main()
