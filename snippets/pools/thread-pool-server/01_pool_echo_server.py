"""An echo server on a two-thread pool, with more clients than workers.

The server binds 127.0.0.1 on a free port, accepts in its own thread and
hands every connection to a ThreadPoolExecutor with two workers. Four clients
connect and send a message. The first two are echoed at once. The third is
connected but gets no answer until one of the first two hangs up and frees a
worker. At the end the server stops: accept loop, pool and listening socket.
Run it with --timeline to also print, per client, how long it waited for a
worker and how long it was served (the site draws its figure from those
lines).
"""

import socket
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

CONNECTED = {}  # client number -> when it connected
SERVED = {}  # client number -> (when a worker took it, when it hung up)


def handle(conn):
    """Echo everything back until the client closes the connection."""
    began = time.perf_counter()
    client = None
    with conn:
        conn.settimeout(5)
        while True:
            data = conn.recv(65536)
            if not data:
                break
            if client is None:  # the first message is "hello N"
                client = int(data.split()[-1])
            conn.sendall(data)
    SERVED[client] = (began, time.perf_counter())


class EchoServer:
    def __init__(self, workers):
        self.listener = socket.create_server(("127.0.0.1", 0), backlog=256)
        self.listener.settimeout(0.1)  # accept() wakes up to check the event
        self.address = self.listener.getsockname()
        self.pool = ThreadPoolExecutor(max_workers=workers)
        self.stop_requested = threading.Event()
        self.thread = threading.Thread(target=self.accept_loop)

    def accept_loop(self):
        while not self.stop_requested.is_set():
            try:
                conn, _ = self.listener.accept()
            except socket.timeout:
                continue
            self.pool.submit(handle, conn)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stop_requested.set()
        self.thread.join(timeout=5)
        self.pool.shutdown(wait=True)  # lets running handlers finish
        self.listener.close()


def main():
    with EchoServer(workers=2) as server:
        clients = []
        for n in range(4):
            client = socket.create_connection(server.address, timeout=5)
            CONNECTED[n] = time.perf_counter()
            client.sendall(f"hello {n}".encode())
            clients.append(client)
        print("main: 4 clients connected and sent a message")

        for n in (0, 1):
            print(f"client {n}: got {clients[n].recv(100).decode()!r}")

        clients[2].settimeout(0.3)
        try:
            clients[2].recv(100)
        except socket.timeout:
            print("client 2: no answer within 0.3 s, both workers are busy")
        clients[2].settimeout(5)

        for waiting, leaving in ((2, 0), (3, 1)):
            clients[leaving].close()
            print(f"client {leaving}: hung up")
            reply = clients[waiting].recv(100).decode()
            print(f"client {waiting}: got {reply!r}")

        for client in clients[2:]:
            client.close()
    print(f"main: threads still running: {threading.active_count()}")
    if "--timeline" in sys.argv[1:]:  # raw times vary; tests run without it
        start = min(CONNECTED.values())
        for n, connected in sorted(CONNECTED.items()):
            connected = connected - start
            began, ended = (t - start for t in SERVED[n])
            print(f"span client-{n} {connected:.4f} {began:.4f} waiting")
            print(f"span client-{n} {began:.4f} {ended:.4f} served")


if __name__ == "__main__":
    main()
