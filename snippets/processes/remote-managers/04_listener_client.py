"""Listener and Client: an authenticated socket that carries Python objects.

The main process listens on 127.0.0.1, port 0, with an authkey; listener
.address holds the port the operating system chose. A client process
connects with the same key, sends a Job object and receives the answer:
send() pickles, recv() unpickles. A second client uses a wrong key: both
ends raise AuthenticationError, with different messages. accept() takes
no timeout, so the listener calls it only when a client is on its way.
Lines are labelled by the process that prints them.
"""

import multiprocessing
import secrets
from dataclasses import dataclass
from multiprocessing.connection import Client, Listener

# test: output=interleaved timeout=20


@dataclass
class Job:
    name: str
    values: tuple


def say(who, text):
    print(f"{who}: {text}", flush=True)


def describe(exc):
    cls = type(exc)
    return f"{cls.__module__}.{cls.__qualname__}: {exc}"


def client(address, authkey):
    try:
        conn = Client(address, authkey=authkey)
    except multiprocessing.AuthenticationError as exc:
        say("client", f"Client() raised {describe(exc)}")
        return
    with conn:
        conn.send(Job("sum", (1, 2, 3)))  # pickled
        if not conn.poll(10):
            raise TimeoutError("no answer from the listener")
        say("client", f"answer {conn.recv()!r}")


def main():
    authkey = secrets.token_bytes(32)
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        host, port = listener.address
        say("listener", f"on {host}, port chosen by the OS: {port > 0}")

        good = multiprocessing.Process(
            target=client, args=(listener.address, authkey)
        )
        good.start()
        with listener.accept() as conn:  # authenticates before it returns
            say("listener", f"accepted {listener.last_accepted[0]}")
            if not conn.poll(10):
                raise TimeoutError("the client sent nothing")
            job = conn.recv()  # unpickled: a Job again
            say("listener", f"received {job!r}")
            conn.send(sum(job.values))
        good.join(timeout=10)

        bad = multiprocessing.Process(
            target=client, args=(listener.address, b"a wrong key")
        )
        bad.start()
        try:
            listener.accept()
        except multiprocessing.AuthenticationError as exc:
            say("listener", f"accept() raised {describe(exc)}")
        bad.join(timeout=10)
        say("listener", f"exit codes {[good.exitcode, bad.exitcode]}")


if __name__ == "__main__":
    main()
