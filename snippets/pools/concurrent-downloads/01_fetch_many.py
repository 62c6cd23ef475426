"""Fetching many URLs at once from a local HTTP server, one of them missing.

The program starts its own HTTP server on 127.0.0.1 (a free port) in a
thread; every request takes 0.1 s. A pool of 8 threads fetches 12 pages and
one path that does not exist. The 404 becomes an HTTPError in its own
Future; the other downloads are not affected. Results are printed in the
order the URLs were submitted.
"""

import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class SlowHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(0.1)  # pretend the server is far away
        if not self.path.startswith("/page/"):
            self.send_error(404)
            return
        body = f"content of {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass  # the default writes one line per request to stderr


class Server(ThreadingHTTPServer):
    daemon_threads = False  # so that server_close() waits for the handlers
    request_queue_size = 64  # the listen() backlog; 5 by default before 3.15


def fetch(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read()


def main():
    server = Server(("127.0.0.1", 0), SlowHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,))
    thread.start()
    try:
        host, port = server.server_address
        paths = [f"/page/{n}" for n in range(12)] + ["/missing"]
        urls = [f"http://{host}:{port}{path}" for path in paths]
        with ThreadPoolExecutor(max_workers=8) as pool:
            futures = [pool.submit(fetch, url) for url in urls]
            for path, future in zip(paths, futures):
                try:
                    body = future.result(timeout=10)
                except urllib.error.HTTPError as exc:
                    print(f"{path}: HTTPError {exc.code} {exc.reason}")
                    exc.close()
                else:
                    print(f"{path}: {body.decode()!r}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


if __name__ == "__main__":
    main()
