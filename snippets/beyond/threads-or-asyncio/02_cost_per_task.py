"""What one waiting thread costs compared with one waiting asyncio task.

The program starts 1000 asyncio tasks that each wait on an asyncio.Event,
then 1000 threads that each wait on a threading.Event. For each kind it
measures the CPU time that starting them took (until every one is
waiting), which a busy machine changes much less than a wall-clock time,
and how much the process's resident memory grew (read from
/proc/self/statm, so this program runs on Linux only). It then starts the
threads once more (250 of them) under tracemalloc, which counts only the
memory handed out by Python's own allocators, and compares the peak it
saw per thread with the resident growth per thread.
Only comparisons with wide margins are printed, never the raw figures,
which vary from machine to machine and run to run.
"""

import asyncio
import os
import sys
import threading
import time
import tracemalloc

# test: output=exact

N = 1000
PAGE = os.sysconf("SC_PAGE_SIZE")


def resident_bytes():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE


async def start_tasks():
    release = asyncio.Event()
    before = resident_bytes()
    started = time.process_time()
    tasks = [asyncio.create_task(release.wait()) for _ in range(N)]
    await asyncio.sleep(0)  # let every task run up to its wait()
    elapsed = time.process_time() - started
    grown = resident_bytes() - before
    release.set()
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=5)
    return elapsed, grown


def start_threads(n=N):
    release = threading.Event()
    before = resident_bytes()
    started = time.process_time()
    threads = [
        threading.Thread(target=release.wait, args=(10,)) for _ in range(n)
    ]
    for thread in threads:
        thread.start()  # returns once the new thread is running
    elapsed = time.process_time() - started
    grown = resident_bytes() - before
    release.set()
    for thread in threads:
        thread.join(timeout=5)
    return elapsed, grown


def traced_per_thread(n=N // 4):
    tracemalloc.start()
    try:
        start_threads(n)
        return tracemalloc.get_traced_memory()[1] / n  # the peak, per thread
    finally:
        tracemalloc.stop()


def main():
    task_time, task_memory = asyncio.run(start_tasks())
    thread_time, thread_memory = start_threads()
    traced = traced_per_thread()
    if "--ratios" in sys.argv:  # for checking the margins, not for the test
        print(f"time {thread_time / task_time:.1f}")
        print(f"memory {thread_memory / max(task_memory, 1):.1f}")
        print(f"traced {traced / (thread_memory / N):.2f}")
        return

    print(f"{N} tasks and {N} threads started and finished")
    print(
        "starting a thread costs at least 2x the CPU time of a task:",
        thread_time >= 2 * task_time,
    )
    print(
        "a waiting thread uses at least 3x the memory of a waiting task:",
        thread_memory >= 3 * task_memory,
    )
    print(
        "tracemalloc sees under half of what the threads use:",
        traced < thread_memory / N / 2,
    )


if __name__ == "__main__":
    main()
