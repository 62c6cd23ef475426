"""Joining a child before reading what it put on a Queue can deadlock.

The child puts 1 MB on a multiprocessing.Queue. put() returns at once: a
background "feeder" thread in the child writes the data into a pipe. The pipe
holds far less than 1 MB, so the feeder waits for a reader, and the child
cannot exit until the feeder is done. A parent that joins first waits for the
child, the child waits for the parent: join(timeout=1) returns with the child
still alive. Reading the item first lets the child finish.
"""

import multiprocessing


def producer(q, put_done):
    q.put(b"x" * 1_000_000)
    put_done.set()  # put() has returned; the data is not in the pipe yet


def main():
    q = multiprocessing.Queue()
    put_done = multiprocessing.Event()
    child = multiprocessing.Process(target=producer, args=(q, put_done))
    child.start()
    print(f"child returned from put(): {put_done.wait(timeout=10)}")

    child.join(timeout=1)  # the mistake: join before get
    print(f"child alive after join(timeout=1): {child.is_alive()}")

    data = q.get(timeout=10)  # drain the queue ...
    child.join(timeout=10)  # ... then join
    print(f"received {len(data):,} bytes")
    print(f"child alive after get() and join(): {child.is_alive()}")
    print(f"exit code: {child.exitcode}")


if __name__ == "__main__":
    main()
