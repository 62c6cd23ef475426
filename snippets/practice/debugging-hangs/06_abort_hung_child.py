"""Get the stacks of a hung program from outside: -X faulthandler + SIGABRT.

The parent writes a small program that deadlocks and runs it with
`python -X faulthandler`, which installs faulthandler's handler for fatal
signals. Once the child says it is ready, the parent sends it SIGABRT, as
this site's test harness does to a run that exceeds its time limit. The
handler writes the stack of every thread to the child's stderr before
the child dies. The parent prints how the child ended, the first line of
its stderr and, for each thread, the functions it was in.
"""

import re
import select
import signal
import subprocess
import sys

# test: output=exact

HUNG = """\
import threading

def update(lock, started):
    started.set()
    lock.acquire(timeout=10)  # main holds it and never lets go

def wait_for_worker(worker, started):
    started.wait(timeout=10)
    print("ready", flush=True)
    worker.join(timeout=10)

def main():
    lock, started = threading.Lock(), threading.Event()
    lock.acquire()
    worker = threading.Thread(target=update, args=(lock, started))
    worker.start()
    wait_for_worker(worker, started)

main()
"""
HEADER = re.compile(r"^(?:Current thread|Thread) 0x[0-9a-f]+")
FRAME = re.compile(r'^  File ".*hung\.py", line \d+ in (\S+)$')


def main():
    with open("hung.py", "w", encoding="utf-8") as program:
        program.write(HUNG)
    with subprocess.Popen(
        [sys.executable, "-X", "faulthandler", "hung.py"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        ready, _, _ = select.select([child.stdout], [], [], 10)
        print(f"child ready: {bool(ready) and child.stdout.readline()!r}")
        child.send_signal(signal.SIGABRT)
        _, stderr = child.communicate(timeout=10)

    print(f"killed by SIGABRT: {child.returncode == -signal.SIGABRT}")
    lines = stderr.splitlines()
    print(f"first line of stderr: {lines[0]}")
    stacks = []
    for line in lines:
        if HEADER.match(line):
            stacks.append([])
        match = FRAME.match(line)
        if match:
            stacks[-1].append(match[1])
    for stack in sorted(stacks):
        print("a thread was in: " + " <- ".join(stack))


if __name__ == "__main__":
    main()
