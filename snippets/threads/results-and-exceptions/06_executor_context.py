"""Which context a task sees in a thread pool and in asyncio.

ThreadPoolExecutor.submit() does not copy the caller's context: the task
runs in the context of the worker thread, where request_id was never
set. Submitting copy_context().run with the function fixes that. A
worker's context also outlives a task, so a variable one plain task sets
is seen by the next task on that worker. In asyncio,
loop.run_in_executor() behaves like submit(), while asyncio.to_thread()
copies the caller's context for you.
"""

import asyncio
import contextvars
from concurrent.futures import ThreadPoolExecutor

# test: output=exact

request_id = contextvars.ContextVar("request_id", default="<unset>")


def current():
    return request_id.get()


def set_to(value):
    request_id.set(value)


async def from_asyncio():
    request_id.set("r-async")
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1) as pool:
        seen = await loop.run_in_executor(pool, current)
    print(f"run_in_executor(): {seen}")
    print(f"to_thread(): {await asyncio.to_thread(current)}")


def main():
    request_id.set("r-main")
    with ThreadPoolExecutor(max_workers=1) as pool:
        print(f"submit(): {pool.submit(current).result(timeout=5)}")
        copied = pool.submit(contextvars.copy_context().run, current)
        print(f"submit(copy_context().run, ...): {copied.result(timeout=5)}")

        pool.submit(set_to, "left by task 1").result(timeout=5)
        print(f"next task on the worker: {pool.submit(current).result(5)}")

    asyncio.run(from_asyncio())


if __name__ == "__main__":
    main()
