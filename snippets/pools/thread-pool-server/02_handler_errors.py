"""Reporting an exception raised by a connection handler on a thread pool.

ThreadPoolExecutor catches whatever a task raises and stores it in the task's
Future. If nobody looks at that Future, the error is never seen. Here the
accept loop attaches a done-callback to every Future, and the callback logs
the exception. The handler upper-cases UTF-8 text; the second client sends
bytes that are not UTF-8, its handler raises, and the log says why.
"""

import logging
import socket
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

# test: output=interleaved

log = logging.getLogger("server")


def handle(conn):
    """Send back the upper-cased text; raise on bytes that are not UTF-8."""
    with conn:
        conn.settimeout(5)
        while True:
            data = conn.recv(65536)
            if not data:
                return
            conn.sendall(data.decode("utf-8").upper().encode("utf-8"))


def report_failure(future):
    """Done-callback: runs when the handler has returned or raised."""
    if future.cancelled():
        return
    exc = future.exception()  # the future is done, so this does not block
    if exc is not None:
        log.error("handler failed: %s: %s", type(exc).__name__, exc)


def accept_loop(listener, pool, stop_requested):
    while not stop_requested.is_set():
        try:
            conn, _ = listener.accept()
        except socket.timeout:
            continue
        future = pool.submit(handle, conn)
        future.add_done_callback(report_failure)


def talk(address, n, message):
    with socket.create_connection(address, timeout=5) as client:
        client.sendall(message)
        reply = client.recv(100)
    if reply:
        print(f"client {n}: sent {message!r}, got {reply!r}")
    else:
        print(f"client {n}: sent {message!r}, the server hung up")


def main():
    logging.basicConfig(
        stream=sys.stdout, format="%(name)s: %(levelname)s %(message)s"
    )
    stop_requested = threading.Event()
    with socket.create_server(("127.0.0.1", 0)) as listener:
        listener.settimeout(0.1)
        with ThreadPoolExecutor(max_workers=2) as pool:
            acceptor = threading.Thread(
                target=accept_loop, args=(listener, pool, stop_requested)
            )
            acceptor.start()
            address = listener.getsockname()
            talk(address, 1, b"hello")
            talk(address, 2, b"caf\xe9")  # Latin-1, not UTF-8
            talk(address, 3, b"still up?")
            stop_requested.set()
            acceptor.join(timeout=5)


if __name__ == "__main__":
    main()
