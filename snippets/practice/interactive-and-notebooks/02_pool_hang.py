"""The same session with multiprocessing.Pool: no error, no result.

Like the previous program, this one plays an interactive session per start
method in a child interpreter (`python -q -i` reading a file). This time the
session hands `square` to a multiprocessing Pool with map_async() and waits
for the result with a timeout. get() returns as soon as the result is in,
so the fork session can allow 5 s. Under spawn and forkserver each worker
dies while it unpickles the task, the pool quietly starts a new worker, and
the result never comes: the session gives up after 1 s. Without the
timeout, it would wait forever.
"""

# test: timeout=30

import subprocess
import sys
import tempfile
from pathlib import Path

TIMEOUTS = {"fork": 5, "spawn": 1, "forkserver": 1}  # seconds

SESSION = """\
import multiprocessing as mp
def square(x):
    return x * x

ctx = mp.get_context({method!r})
with ctx.Pool(1) as pool:
    result = pool.map_async(square, [1, 2, 3])
    try:
        print("result:", result.get(timeout={timeout}))
    except mp.TimeoutError:
        print("no result within {timeout} s")

"""


def start_session(tmp, method):
    """Start `python -q -i` with the session for `method` as its input."""
    path = Path(tmp, f"session_{method}.txt")
    session = SESSION.format(method=method, timeout=TIMEOUTS[method])
    path.write_text(session, encoding="utf-8")
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
        sessions = {method: start_session(tmp, method) for method in TIMEOUTS}
        for method, proc in sessions.items():
            out, _ = proc.communicate(timeout=25)
            print(f"{method}: {out.strip()}")


if __name__ == "__main__":
    main()
