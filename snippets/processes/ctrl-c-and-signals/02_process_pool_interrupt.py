"""Who gets SIGINT when a ProcessPoolExecutor is running.

Ctrl-C in a terminal sends SIGINT to every process in the foreground
process group: the parent and its pool workers. A program that signals
its own pid reaches only the parent. This program does both, each time
once two tasks are running on the two workers, and counts the tasks
whose worker saw KeyboardInterrupt. The first two tasks keep working
until the parent has caught its own KeyboardInterrupt, so a signal to
the group always finds both workers inside a task:

- parent only: the workers never notice, and every task completes;
- the whole group: each busy worker gets KeyboardInterrupt in the middle
  of its task, and the future holds that exception;
- the whole group, while the tasks ignore SIGINT: only the parent is
  interrupted, and every task completes.
"""

import multiprocessing
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor

# test: output=exact timeout=20

# Set in each worker by init_worker().
started = both_busy = parent_caught = None


def init_worker(semaphore, barrier, caught):
    global started, both_busy, parent_caught
    started, both_busy, parent_caught = semaphore, barrier, caught


def task(n, ignore_sigint):
    # Usually an initializer does this once per worker; here each round
    # decides, so that one pool serves all three rounds.
    handler = signal.SIG_IGN if ignore_sigint else signal.default_int_handler
    signal.signal(signal.SIGINT, handler)
    if n < 2:  # the first two tasks run on different workers
        both_busy.wait(timeout=10)
        started.release()  # tell the parent this task is running
        # Work in small steps until the parent has caught KeyboardInterrupt.
        deadline = time.monotonic() + 10
        while not parent_caught.value and time.monotonic() < deadline:
            time.sleep(0.01)
    time.sleep(0.2)
    return n


def run(pool, semaphore, caught, label, whole_group, ignore_sigint):
    caught.value = 0
    futures = [pool.submit(task, n, ignore_sigint) for n in range(4)]
    for _ in range(2):  # wait until both workers are busy
        semaphore.acquire(timeout=10)
    try:
        if whole_group:
            os.killpg(os.getpgrp(), signal.SIGINT)  # like Ctrl-C
        else:
            os.kill(os.getpid(), signal.SIGINT)  # this process only
        time.sleep(5)  # not reached: the signal interrupts the sleep
    except KeyboardInterrupt:
        print(f"{label}:")
        print("  main: KeyboardInterrupt")
    caught.value = 1  # the first two tasks may finish now
    interrupted = sum(
        isinstance(f.exception(timeout=5), KeyboardInterrupt) for f in futures
    )
    completed = sum(f.exception(timeout=5) is None for f in futures)
    print(f"  tasks interrupted: {interrupted}, completed: {completed}")


def main():
    if os.getpgrp() != os.getpid():
        os.setpgid(0, 0)  # own process group, so killpg reaches only us
    semaphore = multiprocessing.Semaphore(0)
    barrier = multiprocessing.Barrier(2)
    # A plain shared byte: unlike an Event, it has no lock that a
    # KeyboardInterrupt could leave held.
    caught = multiprocessing.RawValue("b", 0)
    with ProcessPoolExecutor(
        max_workers=2,
        initializer=init_worker,
        initargs=(semaphore, barrier, caught),
    ) as pool:
        shared = (pool, semaphore, caught)
        run(*shared, "SIGINT to the parent only", False, False)
        run(*shared, "SIGINT to the process group", True, False)
        run(*shared, "process group, SIGINT ignored", True, True)
    print(f"workers alive: {len(multiprocessing.active_children())}")


if __name__ == "__main__":
    main()
