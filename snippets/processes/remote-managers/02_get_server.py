"""A stand-alone manager server made with get_server() and serve_forever().

This is the shape of a server program that runs on its own, on another
machine: it builds the manager's Server object with get_server(), which
binds the socket at once, so server.address already holds the port the
operating system chose. Here the server runs in a child process and sends
that address to the parent through a pipe. The parent connects as a
client, and two clients share one registered Tally object. serve_forever()
ends on Ctrl-C (SIGINT) or on a client's shutdown request, and then exits
the process with code 0; the parent sends SIGINT itself.
"""

import multiprocessing
import os
import secrets
import signal
import threading
from multiprocessing.managers import BaseManager

# test: timeout=20


class Tally:
    """A plain object; the server calls its methods from several threads."""

    def __init__(self):
        self._lock = threading.Lock()
        self._total = 0

    def add(self, n):
        with self._lock:
            self._total += n

    def total(self):
        with self._lock:
            return self._total


_tally = Tally()


def get_tally():
    return _tally  # every client gets a proxy to this one object


class TallyManager(BaseManager):
    pass


TallyManager.register("get_tally", callable=get_tally)


class TallyClient(BaseManager):
    pass


TallyClient.register("get_tally")


def serve(authkey, address_out):
    # Ctrl-C is how a stand-alone server is stopped; make sure it is not
    # ignored (a process started in the background can inherit SIG_IGN).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    manager = TallyManager(address=("127.0.0.1", 0), authkey=authkey)
    server = manager.get_server()  # the socket is bound here
    address_out.send(server.address)
    address_out.close()
    server.serve_forever()  # never returns: exits the process


def add_numbers(address, authkey, numbers):
    client = TallyClient(address=address, authkey=authkey)
    client.connect()
    tally = client.get_tally()
    for n in numbers:
        tally.add(n)


def main():
    authkey = secrets.token_bytes(32)
    reader, writer = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(target=serve, args=(authkey, writer))
    server.start()
    writer.close()
    if not reader.poll(10):
        raise TimeoutError("the server did not report its address")
    address = reader.recv()
    reader.close()
    print(f"server address known before serving: {address[1] > 0}")

    other = multiprocessing.Process(
        target=add_numbers, args=(address, authkey, range(1, 6))
    )
    other.start()
    add_numbers(address, authkey, range(6, 11))
    other.join(timeout=10)

    client = TallyClient(address=address, authkey=authkey)
    client.connect()
    print(f"total seen by a third client: {client.get_tally().total()}")

    os.kill(server.pid, signal.SIGINT)  # what Ctrl-C would send
    server.join(timeout=10)
    print(f"server exit code: {server.exitcode}")
    print(f"processes left: {len(multiprocessing.active_children())}")


if __name__ == "__main__":
    main()
