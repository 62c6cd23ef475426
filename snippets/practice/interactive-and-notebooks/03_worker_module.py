"""The fix: keep the worker function in a module next to the session.

The program writes `mathwork.py`, a one-function module, into a temporary
directory and plays an interactive session there per start method, in a
child interpreter (`python -q -i` reading a file). The session imports
`square` from that module instead of defining it at the prompt. Pickle
sends the function as `mathwork.square`, and a fresh worker can import
`mathwork`, so every start method gives the result.
"""

# test: timeout=30

import subprocess
import sys
import tempfile
from pathlib import Path

METHODS = ("fork", "spawn", "forkserver")

MODULE = """\
def square(x):
    return x * x
"""

SESSION = """\
import concurrent.futures as cf
import multiprocessing as mp
from mathwork import square
print("square is defined in:", square.__module__)
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
            cwd=tmp,  # the session's directory, where mathwork.py is
        )


def main():
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "mathwork.py").write_text(MODULE, encoding="utf-8")
        sessions = {method: start_session(tmp, method) for method in METHODS}
        for method, proc in sessions.items():
            out, err = proc.communicate(timeout=25)
            for line in out.splitlines():
                print(f"{method}: {line}")
            print(f"{method}: an error on stderr: {'Error' in err}")


if __name__ == "__main__":
    main()
