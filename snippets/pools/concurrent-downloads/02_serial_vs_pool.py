"""One by one versus eight at a time: the same 16 downloads, timed.

Each request to the local server takes 0.08 s, nearly all of it waiting.
Fetched one after another, 16 requests need at least 16 x 0.08 = 1.28 s.
With 8 threads, two rounds of requests are enough, about 0.16 s. The program
does not print the raw times. It checks the pool against 1.28 s, the least
the loop can take: requests sent one at a time could never beat that.
"""

import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DELAY = 0.08


class SlowHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(DELAY)
        body = self.path.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = False
    request_queue_size = 64


def fetch(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read()


def main():
    server = Server(("127.0.0.1", 0), SlowHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,))
    thread.start()
    try:
        host, port = server.server_address
        urls = [f"http://{host}:{port}/file/{n}" for n in range(16)]

        started = time.perf_counter()
        one_by_one = [fetch(url) for url in urls]
        serial = time.perf_counter() - started

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=8) as pool:
            together = list(pool.map(fetch, urls, timeout=10))
        pooled = time.perf_counter() - started
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    print(f"same 16 bodies both ways: {one_by_one == together}")
    print(f"one by one took at least 16 x {DELAY} s: {serial >= 16 * DELAY}")
    print(f"the pool took less than 16 x {DELAY} s: {pooled < 16 * DELAY}")


if __name__ == "__main__":
    main()
