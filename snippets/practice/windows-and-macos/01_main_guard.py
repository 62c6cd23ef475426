"""The main-guard rule under spawn, the default on Windows and macOS.

The program writes two versions of the same script and runs each in a child
interpreter with a timeout. Both ask for spawn explicitly, so Linux behaves
as Windows and macOS do by default. The first has its pool at the top level
of the module. Each spawn worker imports the script again, reaches the pool
again and refuses to start a process of its own, so the pool breaks. The
second keeps that code under `if __name__ == "__main__":`, with the
freeze_support() call the multiprocessing documentation shows there, and
works.
"""

# test: timeout=30

import subprocess
import sys
import tempfile
from pathlib import Path

BODY = """\
with cf.ProcessPoolExecutor(1, mp_context=mp.get_context("spawn")) as pool:
    future = pool.submit(square, 3)
    try:
        print("result:", future.result(timeout=20))
    except Exception as exc:
        print("error:", type(exc).__name__)
"""

HEADER = """\
import concurrent.futures as cf
import multiprocessing as mp


def square(x):
    return x * x


"""

SCRIPTS = {
    "no guard": HEADER + BODY,
    "guard": HEADER
    + 'if __name__ == "__main__":\n'
    + "    mp.freeze_support()\n"
    + "".join("    " + line + "\n" for line in BODY.splitlines()),
}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        runs = {}
        for number, (name, text) in enumerate(SCRIPTS.items()):
            script = Path(tmp, f"script{number}.py")
            script.write_text(text, encoding="utf-8")
            runs[name] = subprocess.Popen(
                [sys.executable, str(script)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        for name, proc in runs.items():
            out, err = proc.communicate(timeout=25)
            print(f"{name}: {out.strip()}")
            print(
                f"{name}: a worker raised RuntimeError: "
                f"{'RuntimeError' in err}"
            )
            print(
                f"{name}: about the bootstrapping phase: "
                f"{'bootstrapping phase' in err}"
            )


if __name__ == "__main__":
    main()
