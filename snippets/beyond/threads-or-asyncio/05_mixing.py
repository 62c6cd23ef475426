"""Calling blocking code from asyncio, and asyncio from a thread.

Three blocking calls run in threads while the event loop stays free:
asyncio.to_thread() uses the loop's default thread pool,
loop.run_in_executor() uses a pool you choose, and asyncio.wrap_future()
turns a concurrent.futures.Future from pool.submit() into something a
coroutine can await. Each call blocks on a threading.Event that only a
coroutine sets, so they can finish only because the loop kept running.
Last, a plain thread hands a coroutine to the loop with
asyncio.run_coroutine_threadsafe() and waits for its result.
"""

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

# test: output=exact


def blocking_job(name, go):
    """Stands for any blocking call: a library with no async API."""
    released = go.wait(timeout=5)
    where = threading.current_thread() is threading.main_thread()
    return f"{name}: released {released}, in the main thread {where}"


async def release(go):
    await asyncio.sleep(0.05)  # a moment later
    go.set()  # runs only if the event loop is free
    return "coroutine: set the event"


async def double(n):
    await asyncio.sleep(0.01)
    return 2 * n


def thread_side(loop, answers):
    future = asyncio.run_coroutine_threadsafe(double(21), loop)
    answers.append(future.result(timeout=5))  # blocks this thread only


async def main():
    loop = asyncio.get_running_loop()
    go = threading.Event()
    with ThreadPoolExecutor(max_workers=2) as pool:  # exit: jobs are done
        jobs = [
            asyncio.to_thread(blocking_job, "to_thread", go),
            loop.run_in_executor(pool, blocking_job, "run_in_executor", go),
            asyncio.wrap_future(pool.submit(blocking_job, "wrap_future", go)),
            release(go),
        ]
        for line in await asyncio.wait_for(asyncio.gather(*jobs), 10):
            print(line)

    answers = []
    thread = threading.Thread(target=thread_side, args=(loop, answers))
    thread.start()
    await asyncio.to_thread(thread.join, 5)  # join without blocking the loop
    print(f"run_coroutine_threadsafe: the thread got {answers}")


if __name__ == "__main__":
    asyncio.run(main())
