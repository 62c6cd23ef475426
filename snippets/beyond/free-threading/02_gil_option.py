"""Ask a fresh interpreter to run without the GIL: python -X gil=0.

On a free-threaded build, -X gil=0 (like PYTHON_GIL=0) keeps the GIL off
even when an extension module asks for it. The usual build cannot run
without the GIL: from 3.13 it stops at start-up with a fatal error, while
3.12 and older ignore the unknown -X option. The program runs the same
Python as itself with the option and reports what happened.
"""

import subprocess
import sys

# test: output=exact


def main():
    proc = subprocess.run(
        [sys.executable, "-X", "gil=0", "-c", "print('started')"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    print(f"exit code: {proc.returncode}")
    print(f"printed: {proc.stdout.strip()!r}")
    errors = proc.stderr.strip().splitlines()
    print(f"first line on stderr: {errors[0] if errors else '(none)'}")


if __name__ == "__main__":
    main()
