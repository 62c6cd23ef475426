"""What crosses between interpreters: shared, copied, or refused (3.14+).

is_shareable() says which objects cross without pickle: None, bool, int,
float, str, bytes, tuples of those, memoryview and interpreter queues.
call() pickles other arguments, so a list arrives as a copy and changes
made to it stay in the other interpreter. A memoryview shares its buffer,
so a write on one side is seen on the other. An object that can be
neither shared nor pickled, such as a lock, is refused.
"""

import sys
import threading

# test: output=exact requires=3.14


def append_one(items):
    """Runs in the other interpreter, on its own copy of the list."""
    items.append(1)
    return len(items)


def write_first_byte(view):
    """Runs in the other interpreter, on the caller's own buffer."""
    view[0] = 255


def main():
    if sys.version_info < (3, 14):
        sys.exit(
            "This example needs Python 3.14 or newer"
            " (concurrent.interpreters)."
        )
    from concurrent import interpreters

    samples = [None, 42, 2.5, "text", b"bytes", (1, "a"), [1, 2], {"k": 1}]
    for obj in samples:
        print(f"is_shareable({obj!r}): {interpreters.is_shareable(obj)}")

    interp = interpreters.create()
    try:
        items = [0, 0]
        length = interp.call(append_one, items)
        print(f"list: length there {length}, here {len(items)}")

        buffer = bytearray(4)
        interp.call(write_first_byte, memoryview(buffer))
        print(f"memoryview: first byte here is now {buffer[0]}")

        try:
            interp.call(len, threading.Lock())
        except interpreters.NotShareableError as exc:
            print(f"a lock: {type(exc).__name__}")
            print(f"  a TypeError: {isinstance(exc, TypeError)}")

        try:
            interp.prepare_main(items=[1, 2])
        except interpreters.NotShareableError:
            print("prepare_main() with a list: NotShareableError")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
