"""Three mistakes with asyncio, and what each looks like.

1. time.sleep() in a coroutine blocks the whole event loop: a heartbeat
   task that should tick every 0.01 s does not tick once during a 0.1 s
   time.sleep(), while it ticks during asyncio.sleep(0.1). Nothing is
   printed about it; the program just stalls.
2. Calling a coroutine function without await only creates a coroutine
   object. The body never runs, and when the object is freed Python
   emits "RuntimeWarning: coroutine '...' was never awaited".
3. asyncio.run() inside a running event loop raises RuntimeError.
"""

import asyncio
import time
import warnings

# test: output=exact


async def heartbeat(ticks):
    while True:
        await asyncio.sleep(0.01)
        ticks.append(1)


async def save(results):
    results.append("saved")


async def main():
    ticks = []
    beat = asyncio.create_task(heartbeat(ticks))
    await asyncio.sleep(0.03)
    try:
        before = len(ticks)
        time.sleep(0.1)  # blocks the loop: no other task can run
        print(f"ticks during time.sleep(0.1): {len(ticks) - before}")
        before = len(ticks)
        await asyncio.sleep(0.1)  # gives the loop back to other tasks
        print(f"ticked during asyncio.sleep(0.1): {len(ticks) > before}")
    finally:
        beat.cancel()
        await asyncio.wait({beat}, timeout=5)

    results = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        save(results)  # missing await: creates a coroutine and drops it
    print(f"save() without await ran: {results != []}")
    for warning in caught:
        print(f"{warning.category.__name__}: {warning.message}")

    coroutine = save(results)
    try:
        asyncio.run(coroutine)
    except RuntimeError as exc:
        print(f"RuntimeError: {exc}")
        coroutine.close()  # it never ran; close it to avoid the warning


if __name__ == "__main__":
    asyncio.run(main())
