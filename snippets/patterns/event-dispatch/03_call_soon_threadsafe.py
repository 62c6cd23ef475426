"""A worker thread hands messages to an asyncio event loop.

The event loop is a dispatcher too: one thread runs callbacks from its
queue of ready callbacks, one at a time. Another thread must not touch the
loop's objects directly, but it may call loop.call_soon_threadsafe(), which
queues a callback and wakes the loop. Here a "sensor" thread reads three
values and hands each one over that way; the callback, deliver(), runs in
the loop's thread and puts the value on an asyncio.Queue, where a coroutine
picks it up. None at the end tells the coroutine to stop.
"""

import asyncio
import threading

# test: output=exact


def deliver(inbox, value):
    """Runs in the event loop's thread, called by the loop."""
    inbox.put_nowait((value, threading.current_thread().name))


def sensor(loop, inbox):
    """Runs in its own thread: never touches inbox, only the loop."""
    for value in (21, 22, 24):
        loop.call_soon_threadsafe(deliver, inbox, value)
    loop.call_soon_threadsafe(deliver, inbox, None)


async def consume():
    loop = asyncio.get_running_loop()
    inbox = asyncio.Queue()
    thread = threading.Thread(target=sensor, args=(loop, inbox), name="sensor")
    thread.start()
    while True:
        value, ran_in = await asyncio.wait_for(inbox.get(), timeout=5)
        print(f"received {value} (deliver() ran in {ran_in})")
        if value is None:
            break
    return thread


def main():
    thread = asyncio.run(consume())
    thread.join(timeout=5)
    print(f"sensor thread finished: {not thread.is_alive()}")


if __name__ == "__main__":
    main()
