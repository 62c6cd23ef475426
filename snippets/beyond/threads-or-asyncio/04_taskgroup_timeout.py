"""asyncio.timeout() and TaskGroup: cancelling a group of requests (3.11+).

A small asyncio server on 127.0.0.1 (a free port) answers /page at once,
answers /fail with status 500 once /page has been served, and never
answers /slow. The client raises ValueError for a status other than 200.

First, asyncio.timeout() bounds one request and raises the built-in
TimeoutError. Then a TaskGroup runs /page, /slow and /fail together. When
/fail raises, the group cancels /slow, waits for it, and raises an
ExceptionGroup holding the ValueError; /page had already finished. Last, a
timeout around a whole group cancels every request still running.
"""

import asyncio
import functools
import sys

# test: requires=3.11

ANSWERS = {b"/page": b"200 OK", b"/fail": b"500 Internal Server Error"}


async def handle(reader, writer, page_served):
    words = (await reader.readline()).split()
    path = words[1] if len(words) > 1 else b""  # b"" if the client gave up
    if path == b"/fail":
        try:  # answer once /page has been served (5 s at most)
            await asyncio.wait_for(page_served.wait(), timeout=5)
        except TimeoutError:
            pass
    if path in ANSWERS:
        writer.write(b"HTTP/1.0 " + ANSWERS[path] + b"\r\n\r\n" + path)
    await reader.read()  # wait until the client hangs up
    if path == b"/page":
        page_served.set()
    writer.close()


async def fetch(port, path, log):
    writer = None
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"GET {path} HTTP/1.0\r\n\r\n".encode())
        await writer.drain()
        status_line = await reader.readline()
        status = int(status_line.split()[1])
        if status != 200:
            raise ValueError(f"{path}: status {status}")
        log.append(f"{path} finished")
    except asyncio.CancelledError:
        log.append(f"{path} cancelled")
        raise  # never swallow a cancellation
    finally:
        if writer is not None:
            writer.close()


async def main():
    page_served = asyncio.Event()
    serve = functools.partial(handle, page_served=page_served)
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        log = []
        try:
            async with asyncio.timeout(0.1):
                await fetch(port, "/slow", log)
        except TimeoutError:
            print(f"timeout(): raised TimeoutError; {log}")

        log = []
        try:
            async with asyncio.TaskGroup() as group:
                for path in ("/page", "/slow", "/fail"):
                    group.create_task(fetch(port, path, log))
        # ExceptionGroup is a built-in from 3.11; except* ValueError would
        # also work, but is a SyntaxError on 3.10 and older.
        except ExceptionGroup as failures:  # noqa: F821
            errors = [repr(exc) for exc in failures.exceptions]
            print(f"TaskGroup: {type(failures).__name__} {errors}")
        print(f"TaskGroup: {sorted(log)}")

        log = []
        try:
            async with asyncio.timeout(0.1):
                async with asyncio.TaskGroup() as group:
                    for path in ("/slow", "/slow"):
                        group.create_task(fetch(port, path, log))
        except TimeoutError:
            print(f"timeout() around a TaskGroup: TimeoutError; {log}")
    finally:
        server.close()
        await asyncio.wait_for(server.wait_closed(), timeout=5)


if __name__ == "__main__":
    if sys.version_info < (3, 11):
        sys.exit("This example needs Python 3.11 or newer (asyncio.timeout).")
    asyncio.run(main())
