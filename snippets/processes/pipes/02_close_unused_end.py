"""A one-way pipe used correctly: close the unused end, read until EOFError.

Pipe(duplex=False) returns (reader, writer). The parent gives the writer to
the child and closes its own copy right after start(). When the child closes
its copy (or exits), no writer is left, and recv() raises EOFError after the
last message: the loop ends by itself.
"""

import multiprocessing
import time


def sender(writer):
    with writer:
        for i in (1, 2, 3):
            writer.send([i, None, "hello"])
        time.sleep(0.1)
        writer.send([4, None, "hello"])


def main():
    reader, writer = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.Process(target=sender, args=(writer,))
    child.start()
    writer.close()  # the parent never writes: close its copy at once

    received = []
    with reader:
        while reader.poll(10):  # False only if nothing arrives for 10 s
            try:
                received.append(reader.recv())
            except EOFError:  # every write end is closed: the stream is over
                print(f"EOFError after {len(received)} messages")
                break
    child.join(timeout=10)

    for message in received:
        print(message)
    print(f"child exit code: {child.exitcode}")


if __name__ == "__main__":
    main()
