"""The same downloads twice: with a thread pool, then with asyncio.

The program starts a small HTTP server on 127.0.0.1 (a free port) in a
thread; every request takes 0.1 s. It fetches 12 pages and one missing
path twice: with urllib in a pool of 8 threads, and with asyncio streams in
one thread, at most 8 requests at a time (an asyncio.Semaphore). The
asyncio client writes a minimal HTTP/1.0 GET by hand and reads the reply
until the server closes the connection. Both ways get the same results,
and both overlap the waits: the server counts how many requests it is
serving at once, and sees more than one both times.
"""

import asyncio
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# test: output=exact

DELAY = 0.1


class SlowHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        with self.server.count_lock:
            self.server.serving += 1
            self.server.peak = max(self.server.peak, self.server.serving)
        try:
            self.reply()
        finally:
            with self.server.count_lock:
                self.server.serving -= 1

    def reply(self):
        time.sleep(DELAY)  # pretend the server is far away
        if not self.path.startswith("/page/"):
            self.send_error(404)
            return
        body = f"content of {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass  # the default writes one line per request to stderr


class Server(ThreadingHTTPServer):
    daemon_threads = False  # so that server_close() waits for the handlers
    request_queue_size = 64  # the listen() backlog; 5 by default before 3.15
    count_lock = threading.Lock()
    serving = peak = 0  # requests being served now, and the most at once


# --- threads: blocking calls, one thread per request in flight -----------


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, b""


def with_threads(host, port, paths):
    urls = [f"http://{host}:{port}{path}" for path in paths]
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(fetch, urls, timeout=10))


# --- asyncio: coroutines in one thread, awaiting instead of blocking ------


async def fetch_async(host, port, path, limit):
    async with limit:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            request = f"GET {path} HTTP/1.0\r\nHost: {host}\r\n\r\n"
            writer.write(request.encode("ascii"))
            await writer.drain()
            reply = await reader.read()  # HTTP/1.0: read until EOF
        finally:
            writer.close()
            await writer.wait_closed()
    head, _, body = reply.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, body if status == 200 else b""


async def with_asyncio(host, port, paths):
    limit = asyncio.Semaphore(8)
    jobs = [fetch_async(host, port, path, limit) for path in paths]
    return await asyncio.wait_for(asyncio.gather(*jobs), timeout=10)


def main():
    server = Server(("127.0.0.1", 0), SlowHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,))
    thread.start()
    try:
        host, port = server.server_address
        paths = [f"/page/{n}" for n in range(12)] + ["/missing"]

        threaded = with_threads(host, port, paths)
        thread_peak, server.peak = server.peak, 0
        awaited = asyncio.run(with_asyncio(host, port, paths))
        asyncio_peak = server.peak
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    for path, (status, body) in zip(paths, awaited):
        print(f"{path}: {status} {body.decode()!r}")
    print(f"threads and asyncio got the same results: {threaded == awaited}")
    print(f"threads: the server served several at once: {thread_peak > 1}")
    print(f"asyncio: the server served several at once: {asyncio_peak > 1}")


if __name__ == "__main__":
    main()
