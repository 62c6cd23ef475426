"""Waking a thread blocked in recv() by shutting the socket down.

The reader blocks in recv() with no short timeout. Another thread calls
shutdown(SHUT_RDWR) on the same socket: recv() returns b"" at once, exactly
as if the peer had closed the connection, and the reader leaves its loop.
"""

import socket
import threading
import time


def read_until_closed(conn, about_to_block):
    while True:
        about_to_block.set()
        data = conn.recv(8192)
        if not data:
            print("reader: recv() returned b'', leaving the loop")
            return
        print(f"reader: received {data!r}")


def main():
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(5)  # accept() gives up after 5 s
        client = socket.create_connection(server.getsockname(), timeout=5)
        conn, _ = server.accept()
    with client, conn:
        conn.settimeout(30)  # a safety net only; shutdown() wakes it first
        about_to_block = threading.Event()
        thread = threading.Thread(
            target=read_until_closed, args=(conn, about_to_block)
        )
        thread.start()
        about_to_block.wait(timeout=5)
        time.sleep(0.1)  # give the reader time to enter recv()

        print("main: shutting the socket down")
        started = time.monotonic()
        conn.shutdown(socket.SHUT_RDWR)
        thread.join(timeout=5)
        waited = time.monotonic() - started
        print(f"main: reader stopped within 2 s: {waited < 2}")


if __name__ == "__main__":
    main()
