"""Run several programs at once with Popen, then collect them all.

Popen() starts a child and returns without waiting for it to finish, so
the four children below start one right after the other and then run side
by side. The parent then collects each one with communicate(), which reads
its output and waits for it to exit. All the waits share one deadline, so
the waiting cannot last longer than that, however many children there
are; a child still running at the deadline is killed, then collected like
the others.

Each child sleeps 1 s, then prints a result; one of them fails instead:
sys.exit() with a message writes the message to stderr and exits with code
1. Run one after the other, the four would take at least 4 s; run
together, they are all done long before that.
"""

import subprocess
import sys
import time

JOBS = {
    "square": "import time; time.sleep(1); print(7 * 7)",
    "upper": "import time; time.sleep(1); print('abc'.upper())",
    "sum": "import time; time.sleep(1); print(sum(range(10)))",
    "fails": "import sys, time; time.sleep(1); sys.exit('no such file')",
}


def main():
    started = time.monotonic()
    children = {
        name: subprocess.Popen(
            [sys.executable, "-c", code],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, code in JOBS.items()
    }

    deadline = started + 10  # one deadline shared by all the waits
    for name, child in children.items():
        remaining = max(deadline - time.monotonic(), 0)
        try:
            out, err = child.communicate(timeout=remaining)
        except subprocess.TimeoutExpired:
            child.kill()
            out, err = child.communicate(timeout=5)  # reap it, close pipes
        print(f"{name}: exit code {child.returncode}", end="")
        print(f", stdout {out.strip()!r}, stderr {err.strip()!r}")
    elapsed = time.monotonic() - started

    print(f"all four took less than 4 x 1 s: {elapsed < 4}")


if __name__ == "__main__":
    main()
