"""What subprocess.run() raises: TimeoutExpired and CalledProcessError.

The first child prints one line, then sleeps for a minute. run() waits at
most 1.5 s: then it kills the child, waits for it to exit and raises
TimeoutExpired. The exception keeps what the child had written so far, as
bytes even though text=True was given.

The second part does the same by hand with Popen. communicate(timeout=...)
raises TimeoutExpired but leaves the child running, so the caller kills it
and then collects it. The exit code tells how it ended: -9 means killed by
signal 9, SIGKILL (on POSIX).

The last child exits with code 3. run() returns normally even then, with
returncode 3; check=True turns a non-zero exit code into CalledProcessError.
"""

import subprocess
import sys
import time

SLOW = "import time; print('working', flush=True); time.sleep(60)"
FAILS = "import sys; sys.exit(3)"


def hide_path(message):
    # The messages show the command; hide this machine's Python path.
    return message.replace(repr(sys.executable), "'python'")


def main():
    started = time.monotonic()
    try:
        subprocess.run(
            [sys.executable, "-c", SLOW],
            capture_output=True,
            text=True,
            timeout=1.5,
        )
    except subprocess.TimeoutExpired as e:
        elapsed = time.monotonic() - started
        print(f"{type(e).__name__}: {hide_path(str(e))}")
        print(f"e.timeout: {e.timeout}, e.stdout: {e.stdout!r}")
        print(f"run() returned long before the child's 60 s: {elapsed < 5}")

    with subprocess.Popen(
        [sys.executable, "-c", SLOW], stdout=subprocess.PIPE, text=True
    ) as child:
        try:
            child.communicate(timeout=0.3)
        except subprocess.TimeoutExpired:
            print(f"Popen: after TimeoutExpired, poll() is {child.poll()}")
            child.kill()
            child.communicate(timeout=5)  # wait for it, read what is left
        print(f"Popen: after kill(), exit code {child.returncode}")

    done = subprocess.run([sys.executable, "-c", FAILS], timeout=5)
    print(f"without check: returncode {done.returncode}")
    try:
        subprocess.run([sys.executable, "-c", FAILS], timeout=5, check=True)
    except subprocess.CalledProcessError as e:
        print(f"{type(e).__name__}: {hide_path(str(e))}")


if __name__ == "__main__":
    main()
