"""Ask a running program where each of its threads is, from Python.

sys._current_frames() maps each thread's identifier to the frame it is
running now; threading.enumerate() gives the Thread objects with the same
identifiers and their names. Walking each frame's f_back chain gives the
whole stack. Three workers block in three different ways, and the report
names, for each thread, the innermost function of this file and the
function at the very top of its stack.
"""

import os
import queue
import sys
import threading
import time

# test: output=exact


def take_job(jobs, ready):
    ready.set()
    jobs.get(timeout=5)  # blocks until the main thread puts a job


def wait_for_go(go, ready):
    ready.set()
    go.wait(timeout=5)


def update_totals(lock, ready):
    ready.set()
    if lock.acquire(timeout=5):  # the main thread holds it
        lock.release()


def where(frame):
    """(innermost function of this file, function at the top of the stack)."""
    top = frame.f_code.co_name
    here = os.path.basename(__file__)
    while os.path.basename(frame.f_code.co_filename) != here:
        frame = frame.f_back
    return frame.f_code.co_name, top


def snapshot():
    frames = sys._current_frames()
    return {
        thread.name: where(frames[thread.ident])
        for thread in threading.enumerate()
        if thread.ident in frames
    }


def main():
    jobs, go, lock = queue.Queue(), threading.Event(), threading.Lock()
    lock.acquire()
    workers = []
    for name, target, arg in [
        ("taker", take_job, jobs),
        ("waiter", wait_for_go, go),
        ("updater", update_totals, lock),
    ]:
        ready = threading.Event()
        worker = threading.Thread(target=target, args=(arg, ready), name=name)
        worker.start()
        ready.wait(timeout=5)
        workers.append(worker)

    # A worker that has just set `ready` may still be inside set(): look
    # again until the two that wait in Python code are in a wait() and the
    # updater is back in its own function, where it calls acquire().
    deadline = time.monotonic() + 5
    stacks = snapshot()
    while time.monotonic() < deadline:
        if (
            stacks["taker"][1] == stacks["waiter"][1] == "wait"
            and stacks["updater"][1] == "update_totals"
        ):
            break
        time.sleep(0.01)
        stacks = snapshot()

    for name in sorted(stacks):
        ours, top = stacks[name]
        print(f"{name}: in {ours}(), top of stack: {top}()")

    jobs.put("job")
    go.set()
    lock.release()
    for worker in workers:
        worker.join(timeout=5)


if __name__ == "__main__":
    main()
