"""The same session with multiprocessing.Pool: no error, no result.

Like the previous program, this one plays an interactive session per start
method in a child interpreter (`python -q -i` reading a file). This time the
session hands `square` to a multiprocessing Pool with map_async() and waits
one second for the result. Under spawn and forkserver each worker dies while
it unpickles the task, the pool quietly starts a new worker, and the result
never comes: without the timeout, the session would wait forever.
"""

# test: timeout=30

import subprocess
import sys
import tempfile
from pathlib import Path

METHODS = ("fork", "spawn", "forkserver")

SESSION = """\
import multiprocessing as mp
def square(x):
    return x * x

ctx = mp.get_context({method!r})
with ctx.Pool(1) as pool:
    result = pool.map_async(square, [1, 2, 3])
    try:
        print("result:", result.get(timeout=1))
    except mp.TimeoutError:
        print("no result within 1 s")

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
        sessions = {method: start_session(tmp, method) for method in METHODS}
        for method, proc in sessions.items():
            out, _ = proc.communicate(timeout=25)
            print(f"{method}: {out.strip()}")


if __name__ == "__main__":
    main()
