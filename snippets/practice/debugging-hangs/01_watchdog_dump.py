"""A watchdog timer that writes the stack of every thread to a file.

faulthandler.dump_traceback_later(0.2, file=...) arms a timer in a C
thread. If the program has not cancelled it 0.2 s later, it writes the
Python stack of every thread to the file. Here a worker waits for a reply
that never comes, so the timer fires. The program then reads the dump back
and prints, for each thread, the functions of this file it was in: the
line a hung program is stuck on, without a debugger.
"""

import faulthandler
import os
import queue
import re
import threading
import time

# test: output=exact

HEADER = re.compile(r"^(?:Current thread|Thread) 0x[0-9a-f]+")
FRAME = re.compile(r'^  File "(.*)", line \d+ in (\S+)$')
BOTTOMS = (" in <module>", " in _bootstrap")  # a thread's outermost frame


def wait_for_reply(replies, started):
    started.set()
    return replies.get(timeout=5)  # nobody answers within 0.2 s


def dump_stacks_later(path, threads):
    """Arm the watchdog, then poll until the dump holds every stack."""
    with open(path, "w", encoding="utf-8") as dump:
        faulthandler.dump_traceback_later(0.2, file=dump)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            with open(path, encoding="utf-8") as reader:
                lines = reader.read().splitlines()
            bottoms = 0  # a plain loop: a comprehension adds a frame
            for line in lines:
                bottoms += line.endswith(BOTTOMS)
            if bottoms == threads:
                faulthandler.cancel_dump_traceback_later()
                return lines
            time.sleep(0.02)
    faulthandler.cancel_dump_traceback_later()
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
    replies, started = queue.Queue(), threading.Event()
    worker = threading.Thread(target=wait_for_reply, args=(replies, started))
    worker.start()
    started.wait(timeout=5)
    lines = dump_stacks_later("stacks.txt", threads=2)
    replies.put("late reply")
    worker.join(timeout=5)

    print(f"first line: {lines[0]}")
    for stack in sorted(our_functions(lines)):
        print("a thread was in: " + " <- ".join(stack))


if __name__ == "__main__":
    main()
