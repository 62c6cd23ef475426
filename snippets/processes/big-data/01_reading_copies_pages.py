"""Reading a list in a forked child copies its memory (Linux only).

After fork(), parent and child share every memory page until one of them
writes to it; then the kernel gives the writer a private copy of that page
(copy-on-write). In CPython, merely looking at an object writes to it: the
reference count stored in the object goes up and down. So a child that
only reads a big list still ends up with its own copy of the pages that
hold it. The child measures its Private_Dirty memory, from
/proc/self/smaps_rollup, before and after iterating the list.
"""

import multiprocessing
import os
import sys

# test: output=exact start-method=fork

SMAPS = "/proc/self/smaps_rollup"
COUNT = 200_000


def private_dirty_kib():
    with open(SMAPS) as smaps:
        for line in smaps:
            if line.startswith("Private_Dirty:"):
                return int(line.split()[1])
    raise RuntimeError(f"no Private_Dirty line in {SMAPS}")


def look_only(data, conn):
    before = private_dirty_kib()
    conn.send(private_dirty_kib() - before)  # read nothing in between
    conn.close()


def iterate(data, conn):
    before = private_dirty_kib()
    for _item in data:  # each step writes the item's reference count
        pass
    conn.send(private_dirty_kib() - before)
    conn.close()


def growth_in_child(ctx, target, data):
    """Run target(data, conn) in a forked child; return what it sends."""
    reader, writer = ctx.Pipe(duplex=False)
    child = ctx.Process(target=target, args=(data, writer))
    child.start()
    writer.close()
    grown = reader.recv() if reader.poll(30) else None
    child.join(timeout=30)
    return grown


def main():
    if sys.platform != "linux" or not os.path.exists(SMAPS):
        print(f"skipped: this example needs Linux and {SMAPS}")
        return
    ctx = multiprocessing.get_context("fork")
    data = [float(n) for n in range(COUNT)]  # 200,000 separate objects
    size_kib = (sys.getsizeof(data) + COUNT * sys.getsizeof(0.0)) // 1024
    print(f"the list and its floats: about {size_kib // 1024} MiB")

    grown = growth_in_child(ctx, look_only, data)
    print(
        f"child that does not touch it copies < 1/10: {grown < size_kib / 10}"
    )
    grown = growth_in_child(ctx, iterate, data)
    print(
        f"child that iterates over it copies >= 1/2: {grown >= size_kib / 2}"
    )


if __name__ == "__main__":
    main()
