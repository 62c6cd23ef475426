"""os._exit() throws away output that is still in Python's buffer.

Each child program prints a line and then exits. When stdout is a pipe (as
here, or when output goes to a file or another program), Python buffers it
and writes it out when the program ends normally. os._exit() ends the
process at once, so the buffered line is lost.
"""

import os
import subprocess
import sys

CHILD = "import os, sys\nprint('main thread finished')\n"

ENDINGS = {
    "return normally": "",
    "sys.exit(0)": "sys.exit(0)",
    "os._exit(0)": "os._exit(0)",
    "flush, then os._exit(0)": "sys.stdout.flush()\nos._exit(0)",
}


def main():
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)  # keep the usual buffering of a pipe
    for name, ending in ENDINGS.items():
        child = subprocess.run(
            [sys.executable, "-c", CHILD + ending],
            stdout=subprocess.PIPE,
            env=env,
            timeout=10,
        )
        print(f"{name}: exit code {child.returncode}, output {child.stdout!r}")


if __name__ == "__main__":
    main()
