"""What happens to a script that starts a process without the main guard.

The program writes a small script with no `if __name__ == "__main__":` line
and runs it twice in a subprocess, once with fork and once with spawn. Under
spawn the child re-imports the script, reaches the start() call again and
refuses to go on. The subprocess has a timeout, so nothing can hang.
"""

# test: start-method=spawn timeout=30

import subprocess
import sys
import tempfile
from pathlib import Path

UNGUARDED = """\
import multiprocessing
import sys

def work():
    pass

ctx = multiprocessing.get_context(sys.argv[1])
p = ctx.Process(target=work)
p.start()
p.join(timeout=20)
print("child exit code:", p.exitcode)
"""


def main():
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp, "unguarded.py")
        script.write_text(UNGUARDED, encoding="utf-8")
        for method in ("fork", "spawn"):
            run = subprocess.run(
                [sys.executable, str(script), method],
                capture_output=True,
                text=True,
                timeout=20,
            )
            print(f"{method}: {run.stdout.strip()}")
            raised = any(
                line.startswith("RuntimeError")
                for line in run.stderr.splitlines()
            )
            print(f"{method}: a child raised RuntimeError: {raised}")
            print(
                f"{method}: about the bootstrapping phase: "
                f"{'bootstrapping phase' in run.stderr}"
            )


if __name__ == "__main__":
    main()
