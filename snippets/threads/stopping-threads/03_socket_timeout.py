"""Stopping a thread that reads from a socket, using a socket timeout.

recv() would block until data arrives, so a stop flag alone is never checked.
With settimeout(0.1) each recv() gives up after 0.1 s, the loop goes round,
and the flag is seen. Everything runs on 127.0.0.1 with a free port.
"""

import socket
import threading
import time


class Reader:
    def __init__(self):
        self._running = True

    def terminate(self):
        self._running = False

    def run(self, conn):
        conn.settimeout(0.1)
        while self._running:
            try:
                data = conn.recv(8192)
            except socket.timeout:  # the same class as TimeoutError on 3.10+
                continue
            if not data:
                print("reader: the peer closed the connection")
                return
            print(f"reader: received {data!r}")
            conn.sendall(b"ack")
        print("reader: stop flag seen, leaving the loop")


def main():
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(5)  # accept() gives up after 5 s
        client = socket.create_connection(server.getsockname(), timeout=5)
        conn, _ = server.accept()
    with client, conn:
        reader = Reader()
        thread = threading.Thread(target=reader.run, args=(conn,))
        thread.start()
        for n in (1, 2):
            client.sendall(f"ping {n}".encode())
            client.recv(3)  # wait for the ack, so the two pings stay apart

        print("main: asking the reader to stop")
        started = time.monotonic()
        reader.terminate()
        thread.join(timeout=5)
        waited = time.monotonic() - started
        print(f"main: reader stopped within 2 s: {waited < 2}")


if __name__ == "__main__":
    main()
