"""200 concurrent clients against an echo server with 8 workers.

Each client sends 20 kB, signals the end of its data with shutdown(SHUT_WR)
and reads until the server closes the connection. The server never runs
more than 8 handlers at a time; the other connections wait in the pool's
queue. At the end every byte must have come back, and only the main thread
may be left.
"""

import socket
import threading
from concurrent.futures import ThreadPoolExecutor

# test: timeout=30

CLIENTS = 200
WORKERS = 8


class Counter:
    """How many handlers are running now, and the most there ever were."""

    def __init__(self):
        self.lock = threading.Lock()
        self.now = self.most = 0

    def add(self, delta):
        with self.lock:
            self.now += delta
            self.most = max(self.most, self.now)


def handle(conn, active):
    active.add(+1)
    try:
        with conn:
            conn.settimeout(10)
            while True:
                data = conn.recv(65536)
                if not data:
                    return
                conn.sendall(data)
    finally:
        active.add(-1)


def accept_loop(listener, pool, active, stop_requested):
    while not stop_requested.is_set():
        try:
            conn, _ = listener.accept()
        except socket.timeout:
            continue
        pool.submit(handle, conn, active)


def client(address, n):
    payload = bytes([n % 256]) * 20_000
    received = bytearray()
    with socket.create_connection(address, timeout=10) as sock:
        sock.sendall(payload)
        sock.shutdown(socket.SHUT_WR)  # "no more data from me"
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            received += chunk
    return received == payload


def main():
    active = Counter()
    stop_requested = threading.Event()
    with socket.create_server(("127.0.0.1", 0), backlog=256) as listener:
        listener.settimeout(0.1)
        address = listener.getsockname()
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            acceptor = threading.Thread(
                target=accept_loop,
                args=(listener, pool, active, stop_requested),
            )
            acceptor.start()
            with ThreadPoolExecutor(max_workers=CLIENTS) as clients:
                futures = [
                    clients.submit(client, address, n) for n in range(CLIENTS)
                ]
                results = [f.result(timeout=20) for f in futures]
            stop_requested.set()
            acceptor.join(timeout=5)
    print(f"clients: {len(results)}, echoed correctly: {sum(results)}")
    print(f"handlers at once never above {WORKERS}: {active.most <= WORKERS}")
    print(f"threads still running: {threading.active_count()}")


if __name__ == "__main__":
    main()
