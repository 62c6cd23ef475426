"""Dump every thread's stack when the process receives SIGUSR1 (Unix).

faulthandler.register(signal.SIGUSR1, file=...) installs a handler, in C,
that writes the Python stack of every thread when the signal arrives. It
works even when every thread is stuck, because no Python code has to run.
From a shell you would type `kill -USR1 <pid>`; here the program sends the
signal to itself, then reads the dump back and prints, for each thread,
the functions of this file it was in.
"""

import faulthandler
import os
import re
import signal
import threading
import time

# test: output=exact

HEADER = re.compile(r"^(?:Current thread|Thread) 0x[0-9a-f]+")
FRAME = re.compile(r'^  File "(.*)", line \d+ in (\S+)$')
BOTTOMS = (" in <module>", " in _bootstrap")  # a thread's outermost frame


def wait_for_go(go, started):
    started.set()
    go.wait(timeout=5)  # the main thread sets it after the dump


def signal_and_read(path, threads):
    """Send SIGUSR1 to this process, then poll until the dump is whole."""
    with open(path, "w", encoding="utf-8") as dump:
        faulthandler.register(signal.SIGUSR1, file=dump, all_threads=True)
        try:
            os.kill(os.getpid(), signal.SIGUSR1)
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                with open(path, encoding="utf-8") as reader:
                    lines = reader.read().splitlines()
                bottoms = 0  # a plain loop: a comprehension adds a frame
                for line in lines:
                    bottoms += line.endswith(BOTTOMS)
                if bottoms == threads:
                    return lines
                time.sleep(0.02)
        finally:
            faulthandler.unregister(signal.SIGUSR1)  # before the file closes
    raise TimeoutError("no complete dump within 5 s")


def our_functions(lines):
    """For each thread in the dump, this file's functions, innermost first."""
    here = os.path.basename(__file__)
    stacks = []
    for line in lines:
        if HEADER.match(line):
            stacks.append([])
        match = FRAME.match(line)
        if match and os.path.basename(match[1]) == here:
            stacks[-1].append(match[2])
    return stacks


def main():
    go, started = threading.Event(), threading.Event()
    worker = threading.Thread(target=wait_for_go, args=(go, started))
    worker.start()
    started.wait(timeout=5)
    lines = signal_and_read("stacks.txt", threads=2)
    go.set()
    worker.join(timeout=5)

    print(f"threads in the dump: {len(our_functions(lines))}")
    for stack in sorted(our_functions(lines)):
        print("a thread was in: " + " <- ".join(stack))
    print(f"the program went on after the dump: {not worker.is_alive()}")


if __name__ == "__main__":
    main()
