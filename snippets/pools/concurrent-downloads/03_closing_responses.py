"""When a urlopen() response holds its connection, and what `with` adds.

A local HTTP server answers every request with a 1000-byte body. The
article's pattern, urlopen(url).read() with no close(), leaves nothing
open: http.client releases the connection as soon as the body has been
read to the end, so dropping the response emits no ResourceWarning. A
response that is not read to the end keeps its connection until it is
closed or freed. A `with` block closes it even when the code inside
raises. isclosed() reports whether the response has let its connection go.
"""

import threading
import urllib.request
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# test: output=exact


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"x" * 1000
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass  # the default writes one line per request to stderr


class Server(ThreadingHTTPServer):
    daemon_threads = False  # so that server_close() waits for the handlers


def main():
    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,))
    thread.start()
    try:
        url = "http://{}:{}/".format(*server.server_address)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")

            # The article's pattern: read everything, never call close().
            response = urllib.request.urlopen(url, timeout=5)
            body = response.read()
            released = response.isclosed()
            print(
                f"read all {len(body)} bytes: connection released: {released}"
            )
            del response  # freed here, never closed

            # Read only part of the body.
            response = urllib.request.urlopen(url, timeout=5)
            response.read(10)
            print(f"read 10 bytes: connection released: {response.isclosed()}")
            response.close()
            print(f"after close(): connection released: {response.isclosed()}")

            # A with block closes the response however the block ends.
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    response.read(10)
                    raise ValueError(
                        "a bug before the rest of the body is read"
                    )
            except ValueError:
                pass
            released = response.isclosed()
            print(
                "with block left by an exception: connection released:",
                released,
            )

        warned = [w for w in caught if issubclass(w.category, ResourceWarning)]
        print(f"ResourceWarnings: {len(warned)}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


if __name__ == "__main__":
    main()
