"""Which callables and arguments a ProcessPoolExecutor can send to a worker.

The pool sends the function to a worker by pickling it, which stores only a
reference: the module and the name to look up there. Anything the worker can
find by name works; functions defined inside another function do not.
Arguments are pickled too: multiprocessing can send a socket (it duplicates
the file descriptor), but not a threading.Lock.
"""

import functools
import socket
import threading
from concurrent.futures import ProcessPoolExecutor


def power(base, exponent):
    return base**exponent


class Scaler:
    def __init__(self, factor):
        self.factor = factor

    def scale(self, x):
        return self.factor * x

    def __call__(self, x):
        return self.factor * x


def address_of(sock):
    with sock:  # the worker's own copy of the socket: close it when done
        return sock.getsockname()


def main():
    def nested(x):
        return x + 1

    candidates = [
        ("module-level function", power, (5, 2)),
        ("bound method", Scaler(2).scale, (5,)),
        ("functools.partial", functools.partial(power, 2), (5,)),
        ("callable instance", Scaler(3), (5,)),
        ("built-in function", abs, (-5,)),
        ("lambda", lambda x: x * 10, (5,)),
        ("nested function", nested, (5,)),
    ]

    with ProcessPoolExecutor(max_workers=2) as pool:
        for label, func, args in candidates:
            future = pool.submit(func, *args)
            try:
                print(f"{label}: ok, returned {future.result(timeout=30)}")
            except Exception as exc:  # the class depends on the version
                local = "local object" in str(exc)
                print(
                    f"{label}: failed, the error says 'local object': {local}"
                )

        with socket.socket() as listener:
            listener.bind(("127.0.0.1", 0))
            listener.listen()
            future = pool.submit(address_of, listener)
            same = future.result(timeout=30) == listener.getsockname()
            print(f"socket argument: ok, same address in the worker: {same}")

        future = pool.submit(repr, threading.Lock())
        try:
            future.result(timeout=30)
        except TypeError as exc:
            print(f"threading.Lock argument: failed, {exc}")


if __name__ == "__main__":
    main()
