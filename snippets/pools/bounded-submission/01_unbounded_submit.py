"""Executor.submit() never waits: a fast producer queues all its work.

The pool has two workers. Each task waits on a gate (an Event) that the
main thread opens only at the end, so the tasks are slow on purpose.
submit() still returns at once, every time: after the loop all 10_000
tasks exist, at most two of them running and the rest in the pool's
internal queue, which has no size limit. Each queued task keeps a Future, its
function and its arguments in memory. shutdown(cancel_futures=True)
then cancels the tasks that never started.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

# test: timeout=20

TASKS = 10_000
WORKERS = 2


def slow_task(gate, n):
    gate.wait(timeout=10)  # a slow job: it ends when the gate opens
    return n


def main():
    gate = threading.Event()
    pool = ThreadPoolExecutor(max_workers=WORKERS)
    try:
        futures = [pool.submit(slow_task, gate, n) for n in range(TASKS)]
        pending = sum(not f.done() for f in futures)
        queued = sum(not f.running() and not f.done() for f in futures)
        print(f"submit() calls that returned: {len(futures)}")
        print(f"pending right after the loop: {pending}")
        print(f"queued, not started: {queued >= TASKS - WORKERS}")
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        gate.set()
        pool.shutdown(wait=True)
    cancelled = sum(f.cancelled() for f in futures)
    print(f"cancelled by shutdown: {cancelled >= TASKS - WORKERS}")
    print(f"cancelled or finished: {sum(f.done() for f in futures)}")


if __name__ == "__main__":
    main()
