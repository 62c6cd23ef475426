"""Dump the stacks of a process pool's workers while their tasks hang.

The pool's initializer runs once in each worker process. It registers a
faulthandler dump on SIGUSR1, written to a file named after the worker's
pid. Each task then stalls until the parent creates a file named
"release". The parent sends SIGUSR1 to the workers running a task, reads
their dumps and prints the functions of this file each worker was in, and
only then lets the tasks finish. Works under fork, spawn and forkserver.
"""

import faulthandler
import os
import re
import signal
import time
from concurrent.futures import ProcessPoolExecutor

# test: output=exact

FRAME = re.compile(r'^  File "(.*)", line \d+ in (\S+)$')


def register_dump():
    # A file descriptor, not a file object: nothing to close at exit.
    fd = os.open(f"stacks-{os.getpid()}.txt", os.O_WRONLY | os.O_CREAT)
    faulthandler.register(signal.SIGUSR1, file=fd, all_threads=True)


def wait_for_release(deadline):
    # Tell the parent this worker is here, then wait for "release".
    with open(f"started-{os.getpid()}", "w", encoding="utf-8"):
        pass
    while not os.path.exists("release") and time.monotonic() < deadline:
        time.sleep(0.01)


def stuck_task(n):
    wait_for_release(time.monotonic() + 10)
    return n * n


def poll(condition, timeout=10):
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    return condition()


def started_pids():
    return [int(name[8:]) for name in os.listdir() if name[:8] == "started-"]


def task_frames_written(pid):
    # The dump lists the innermost frame first: once the pool's own
    # function that called the task is written, the task's frames are too.
    with open(f"stacks-{pid}.txt", encoding="utf-8") as dump:
        return " in _process_worker\n" in dump.read()


def task_functions(pid):
    """This file's functions on top of the worker's stack, innermost first.

    Under fork the stack goes on below the pool's code with the frames the
    parent was in when it forked; those are left out.
    """
    here = os.path.basename(__file__)
    names = []
    with open(f"stacks-{pid}.txt", encoding="utf-8") as dump:
        for line in dump:
            match = FRAME.match(line)
            if match and os.path.basename(match[1]) == here:
                names.append(match[2])
            elif match and names:
                break  # the first frame below the task
    return names


def main():
    with ProcessPoolExecutor(max_workers=2, initializer=register_dump) as ex:
        futures = [ex.submit(stuck_task, n) for n in (3, 4)]
        print(f"both tasks running: {poll(lambda: len(started_pids()) == 2)}")
        pids = started_pids()
        for pid in pids:
            os.kill(pid, signal.SIGUSR1)
        written = poll(lambda: all(task_frames_written(p) for p in pids))
        print(f"a dump from each worker: {written}")
        for pid in pids:
            print("a worker was in: " + " <- ".join(task_functions(pid)))
        with open("release", "w", encoding="utf-8"):
            pass
        print(f"results: {[f.result(timeout=10) for f in futures]}")


if __name__ == "__main__":
    main()
