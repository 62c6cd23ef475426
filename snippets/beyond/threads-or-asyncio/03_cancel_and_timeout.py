"""Giving up on a slow request: asyncio can cancel it, a thread cannot.

A small asyncio server on 127.0.0.1 (a free port) reads each request and
never answers. The client coroutine sends a GET and waits for the reply.
asyncio.wait_for() gives up after 0.1 s, and Task.cancel() stops a second
request at once. In both cases CancelledError is raised inside the
coroutine, at the await where it waits, so its finally block runs and
closes the connection.

Then a blocking call in a thread. It runs until the main thread releases
it, which the main thread does only after it has given up waiting. A call
that is already running in a thread pool cannot be cancelled:
Future.cancel() returns False, and result(timeout=...) stops waiting but
the call goes on. The same happens to a call wrapped in asyncio.to_thread()
when wait_for() times out.
"""

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeoutError

# test: output=exact


async def silent(reader, writer):
    await reader.read()  # never answer; return when the client hangs up
    writer.close()


async def fetch(port, log, waiting):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    log.append("opened")
    try:
        writer.write(b"GET / HTTP/1.0\r\n\r\n")
        await writer.drain()
        waiting.set()
        return await reader.read()  # waits here: the server never answers
    finally:
        writer.close()  # runs on a timeout or a cancel as well
        log.append("closed")


async def cancel_coroutines():
    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    log = []
    try:
        try:
            waiting = asyncio.Event()
            await asyncio.wait_for(fetch(port, log, waiting), timeout=0.1)
        except asyncio.TimeoutError as exc:
            print(f"wait_for: gave up with {type(exc).__name__}")
        left_open = log.count("opened") - log.count("closed")
        print(f"wait_for: connections left open: {left_open}")

        log.clear()
        waiting = asyncio.Event()
        task = asyncio.create_task(fetch(port, log, waiting))
        await asyncio.wait_for(waiting.wait(), timeout=5)  # request sent
        task.cancel()
        await asyncio.wait({task}, timeout=5)
        print(f"task.cancel(): the task ended cancelled: {task.cancelled()}")
        print(f"task.cancel(): what the coroutine did: {log}")
    finally:
        server.close()
        await asyncio.wait_for(server.wait_closed(), timeout=5)


def slow_call(started, release, finished):
    started.set()
    release.wait(timeout=5)  # blocks; no cancel can interrupt it
    finished.set()


def cancel_thread():
    started, release, finished = (threading.Event() for _ in range(3))
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(slow_call, started, release, finished)
        started.wait(timeout=5)  # the call is running
        print(f"thread pool: future.cancel() returned {future.cancel()}")
        try:
            future.result(timeout=0.05)
        except FutureTimeoutError as exc:
            print(f"thread pool: result() gave up with {type(exc).__name__}")
        release.set()  # let the call end
        print(f"thread pool: the call ran on to its end: {finished.wait(5)}")


async def cancel_to_thread():
    started, release, finished = (threading.Event() for _ in range(3))
    call = asyncio.create_task(
        asyncio.to_thread(slow_call, started, release, finished)
    )
    await asyncio.to_thread(started.wait, 5)  # the call is running
    try:
        await asyncio.wait_for(call, 0.05)
    except asyncio.TimeoutError as exc:
        print(f"to_thread: wait_for gave up with {type(exc).__name__}")
    release.set()  # let the call end
    ran_on = await asyncio.to_thread(finished.wait, 5)
    print(f"to_thread: the call ran on to its end: {ran_on}")


def main():
    asyncio.run(cancel_coroutines())
    cancel_thread()
    asyncio.run(cancel_to_thread())


if __name__ == "__main__":
    main()
