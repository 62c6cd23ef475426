"""A SharedMemory block written by a child, then closed and unlinked.

The parent creates a named block of shared memory and passes it to a child,
which attaches to it and writes into it. Every process that opened the block
calls close(); only the creator calls unlink(), once, when nobody needs the
block any more. On Linux the block is a file in /dev/shm; after unlink() it is
gone.
"""

import multiprocessing
import os
from multiprocessing import shared_memory


def fill(name, text):
    shm = shared_memory.SharedMemory(name=name)  # attach by name
    try:
        shm.buf[: len(text)] = text
    finally:
        shm.close()  # this process's mapping only


def main():
    text = b"written by the child"
    shm = shared_memory.SharedMemory(create=True, size=64)
    path = os.path.join("/dev/shm", shm.name)  # Linux
    try:
        child = multiprocessing.Process(target=fill, args=(shm.name, text))
        child.start()
        child.join(timeout=10)
        print(f"parent reads: {bytes(shm.buf[: len(text)]).decode()}")
        print(f"file in /dev/shm while in use: {os.path.exists(path)}")
    finally:
        shm.close()
        shm.unlink()  # once, by the creator
    print(f"file in /dev/shm after unlink(): {os.path.exists(path)}")


if __name__ == "__main__":
    main()
