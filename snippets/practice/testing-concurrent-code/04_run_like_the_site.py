"""Test a multiprocessing program the way this site tests its programs.

Each run copies the program into a fresh temporary directory and starts
it there in a new interpreter, with -W error, a random hash seed and a
given start method. It passes only if the exit code is 0, stdout equals
the expected text and stderr is empty. The program under test forgot its
`if __name__ == "__main__":` guard: it passes under fork and fails under
spawn, so a test suite that only ever used fork would never notice.
"""

import os
import random
import subprocess
import sys
import tempfile

# test: output=exact timeout=20

PROGRAM = """\
import multiprocessing, sys

def work():
    print("child ran", flush=True)

method = sys.argv[1]  # no main guard: a spawned child runs this again
process = multiprocessing.get_context(method).Process(target=work)
process.start()
process.join(timeout=10)
print(f"child exit code: {process.exitcode}")
"""
EXPECTED = "child ran\nchild exit code: 0\n"


def start(method, workdir):
    with open(os.path.join(workdir, "program.py"), "w") as program:
        program.write(PROGRAM)
    env = {  # built from scratch: nothing leaks in from this process
        "PATH": os.environ.get("PATH", os.defpath),
        "PYTHONHASHSEED": str(random.randint(1, 2**32 - 1)),
    }
    return subprocess.Popen(
        [sys.executable, "-W", "error", "program.py", method],
        cwd=workdir,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def verdict(child):
    stdout, stderr = child.communicate(timeout=15)
    if child.returncode == 0 and stdout == EXPECTED and not stderr:
        return "pass"
    error = "RuntimeError:" in stderr
    return (
        f"FAIL (expected stdout: {stdout == EXPECTED}, RuntimeError: {error})"
    )


def main():
    with tempfile.TemporaryDirectory() as root:
        runs = {}
        for method in ("fork", "spawn"):
            workdir = tempfile.mkdtemp(dir=root)  # a fresh one for each run
            runs[method] = start(method, workdir)
        for method, child in runs.items():
            print(f"{method}: {verdict(child)}")


if __name__ == "__main__":
    main()
