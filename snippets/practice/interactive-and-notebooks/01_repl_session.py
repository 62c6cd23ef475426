"""A function typed at the interactive prompt, sent to a process pool.

The program plays a short interactive session three times, once per start
method. Each session is a child interpreter started as `python -q -i` that
reads its input from a file, so it behaves like the REPL: the function
`square` lives in a `__main__` module that has no file. The session submits
`square` to a ProcessPoolExecutor and prints the result or the class of the
exception it got. The program prints that line for each method, and whether
a worker reported an AttributeError on its standard error. Every wait has a
timeout, so a session cannot hang the program.
"""

# test: timeout=30

import subprocess
import sys
import tempfile
from pathlib import Path

METHODS = ("fork", "spawn", "forkserver")

# What a reader would type at the >>> prompt. The blank lines end the
# blocks, as they do in the REPL.
SESSION = """\
import concurrent.futures as cf
import multiprocessing as mp
def square(x):
    return x * x

ctx = mp.get_context({method!r})
with cf.ProcessPoolExecutor(1, mp_context=ctx) as pool:
    future = pool.submit(square, 3)
    try:
        print("result:", future.result(timeout=20))
    except Exception as exc:
        print("error:", type(exc).__name__)

"""


def start_session(tmp, method):
    """Start `python -q -i` with the session for `method` as its input."""
    path = Path(tmp, f"session_{method}.txt")
    path.write_text(SESSION.format(method=method), encoding="utf-8")
    with open(path, encoding="utf-8") as stdin:
        return subprocess.Popen(
            [sys.executable, "-q", "-i"],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp,
        )


def main():
    with tempfile.TemporaryDirectory() as tmp:
        # The three sessions run at the same time.
        sessions = {method: start_session(tmp, method) for method in METHODS}
        for method, proc in sessions.items():
            out, err = proc.communicate(timeout=25)
            print(f"{method}: {out.strip()}")
            # The worker's traceback goes to the session's stderr.
            attribute_error = any(
                line.startswith("AttributeError") and "square" in line
                for line in err.splitlines()
            )
            print(
                f"{method}: a worker raised AttributeError: {attribute_error}"
            )


if __name__ == "__main__":
    main()
