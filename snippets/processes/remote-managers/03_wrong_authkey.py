"""A client with the wrong authkey is turned away before it can do anything.

The server starts with a secret authkey. A client process then connects
three times: with a wrong key, with no key at all (a manager then uses
its own process's authkey, which is not the server's secret), and with
the right key. The first two raise multiprocessing.AuthenticationError
during connect(); the server carries on and serves the third.
"""

import multiprocessing
import queue
import secrets
from multiprocessing.managers import BaseManager

# test: timeout=20

_shared = queue.Queue()


def get_queue():
    return _shared


class QueueManager(BaseManager):
    pass


QueueManager.register("get_queue", callable=get_queue)


class QueueClient(BaseManager):
    pass


QueueClient.register("get_queue")


def try_connect(address, authkey):
    client = QueueClient(address=address, authkey=authkey)
    try:
        client.connect()
    except multiprocessing.AuthenticationError as exc:
        cls = type(exc)
        return f"{cls.__module__}.{cls.__qualname__}: {exc}"
    client.get_queue().put("hello")
    return "connected, put an item"


def client(address, right_key, report):
    report.send(("wrong key", try_connect(address, b"not the secret")))
    report.send(("no key", try_connect(address, None)))
    report.send(("right key", try_connect(address, right_key)))
    report.close()


def main():
    authkey = secrets.token_bytes(32)
    manager = QueueManager(address=("127.0.0.1", 0), authkey=authkey)
    manager.start()
    try:
        reader, writer = multiprocessing.Pipe(duplex=False)
        child = multiprocessing.Process(
            target=client, args=(manager.address, authkey, writer)
        )
        child.start()
        writer.close()
        for _ in range(3):
            if not reader.poll(10):
                raise TimeoutError("the client did not report")
            attempt, outcome = reader.recv()
            print(f"{attempt}: {outcome}")
        child.join(timeout=10)
        item = manager.get_queue().get(timeout=5)
        print(f"item in the server's queue: {item}")
    finally:
        manager.shutdown()
    print(f"processes left: {len(multiprocessing.active_children())}")


if __name__ == "__main__":
    main()
