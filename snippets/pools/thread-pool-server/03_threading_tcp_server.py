"""The same echo service with socketserver.ThreadingTCPServer.

The standard library already has the accept loop, the shutdown logic and
the error reporting. serve_forever() runs in a thread; shutdown() stops it;
server_close() closes the listening socket and, because the handler threads
are not daemon threads, waits for them. There is no worker limit: every
connection gets a thread of its own, so all four clients are served at once.
"""

import socket
import socketserver
import threading


class EchoHandler(socketserver.BaseRequestHandler):
    def handle(self):
        self.server.count_active(+1)
        try:
            self.request.settimeout(5)
            while True:
                data = self.request.recv(65536)
                if not data:
                    return
                self.request.sendall(data)
        finally:
            self.server.count_active(-1)


class EchoServer(socketserver.ThreadingTCPServer):
    daemon_threads = False  # the default: handler threads are joined ...
    block_on_close = True  # ... by server_close() (also the default)
    request_queue_size = 256  # the listen() backlog; 5 by default before 3.15

    def __init__(self, address):
        super().__init__(address, EchoHandler)
        self.lock = threading.Lock()
        self.active = self.most_active = 0

    def count_active(self, delta):
        with self.lock:
            self.active += delta
            self.most_active = max(self.most_active, self.active)


def main():
    server = EchoServer(("127.0.0.1", 0))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,))
    thread.start()
    try:
        clients = [
            socket.create_connection(server.server_address, timeout=5)
            for _ in range(4)
        ]
        for n, client in enumerate(clients):
            client.sendall(f"hello {n}".encode())
        for n, client in enumerate(clients):
            print(f"client {n}: got {client.recv(100).decode()!r}")
        for client in clients:
            client.close()
    finally:
        server.shutdown()  # serve_forever() returns within one poll interval
        server.server_close()  # closes the listener, joins the handler threads
        thread.join(timeout=5)
    print(f"main: most handlers running at once: {server.most_active}")
    print(f"main: threads still running: {threading.active_count()}")


if __name__ == "__main__":
    main()
