"""Kill a child together with the processes it started (POSIX only).

The child starts a grandchild, a second program that sleeps for a minute,
and then sleeps too. Both hold the write end of the child's stdout pipe,
so the parent sees end-of-file on that pipe only when both are gone.

1. Popen.kill() signals the child alone. The child dies, but communicate()
   still times out: the grandchild is alive and holds the pipe open.
2. The child was started with start_new_session=True, so it leads a new
   session and a new process group, and the grandchild is in that group
   too. os.killpg() signals every process in the group: now the pipe
   closes and communicate() returns.
3. The direct way: start the child in its own group and kill the group
   from the start. SIGTERM asks politely; SIGKILL cannot be refused.

Whatever happens, the finally blocks kill the whole group before the
child is reaped, so no process outlives this program.
"""

import os
import signal
import subprocess
import sys

CHILD = """
import subprocess, sys, time
sleeper = [sys.executable, "-c", "import time; time.sleep(60)"]
grandchild = subprocess.Popen(sleeper)
print("grandchild started", flush=True)
time.sleep(60)
"""


def start_family():
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,  # the child leads a new process group
    )
    child.stdout.readline()  # returns once the grandchild has started
    return child


def kill_group(child, sig):
    """Signal every process in the child's group, the child included."""
    try:
        os.killpg(child.pid, sig)  # the group id is the child's pid
    except ProcessLookupError:  # no process is left in the group
        pass


def clean_up(child):
    # Only while the child is not reaped does its pid surely still name
    # its group. Every path in main() kills the group before reaping.
    if child.returncode is None:
        kill_group(child, signal.SIGKILL)
        child.communicate(timeout=5)


def main():
    child = start_family()
    try:
        child.kill()  # the child only
        try:
            child.communicate(timeout=0.5)
        except subprocess.TimeoutExpired:
            print("1. kill(): the pipe is still open, the grandchild lives")
        kill_group(child, signal.SIGKILL)
        child.communicate(timeout=5)  # reaps the child
        print("2. killpg(): the pipe is closed, the whole group is gone")
        print(f"   the child's exit code: {child.returncode}")
    finally:
        clean_up(child)

    child = start_family()
    try:
        kill_group(child, signal.SIGTERM)
        child.communicate(timeout=5)
        print(f"3. killpg(SIGTERM) at once: exit code {child.returncode}")
    finally:
        clean_up(child)


if __name__ == "__main__":
    main()
