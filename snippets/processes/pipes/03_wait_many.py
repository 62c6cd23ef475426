"""Reading from several pipes at once with multiprocessing.connection.wait().

Three children each get the write end of their own one-way pipe. wait()
returns the connections that are ready, whether with data or with
end-of-file. A reader that raises EOFError is finished and leaves the list.
The children finish in a varying order, so the results are sorted.
"""

import multiprocessing
import time
from multiprocessing.connection import wait

# test: timeout=30


def worker(n, writer):
    with writer:
        time.sleep(0.05 * (3 - n))
        writer.send((n, n * n))


def main():
    readers = []
    children = []
    for n in range(3):
        reader, writer = multiprocessing.Pipe(duplex=False)
        child = multiprocessing.Process(target=worker, args=(n, writer))
        child.start()
        writer.close()  # only the child writes
        readers.append(reader)
        children.append(child)

    results = []
    open_readers = list(readers)
    while open_readers:
        ready = wait(open_readers, timeout=10)
        if not ready:
            raise TimeoutError("no child answered within 10 s")
        for reader in ready:
            try:
                results.append(reader.recv())
            except EOFError:
                open_readers.remove(reader)
                reader.close()
    for child in children:
        child.join(timeout=10)

    print(f"results: {sorted(results)}")
    print(f"exit codes: {[child.exitcode for child in children]}")


if __name__ == "__main__":
    main()
