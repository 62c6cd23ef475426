"""A child that fills one pipe while the parent reads the other: a hang.

The child writes 1 MiB to stderr and then one line to stdout. A pipe holds
only a limited amount (64 KiB on Linux); once stderr's pipe is full, the
child's write blocks until someone reads it. The parent reads only stdout,
which stays empty, so each waits for the other forever. Here the parent's
read runs in a helper thread, so the hang can be seen and ended: after
0.5 s the read has not returned and the child has not exited. Killing the
child closes its end of stdout, and the read returns.

Two ways that cannot deadlock: communicate(), which reads both pipes at
once until both are closed, and one reader thread per pipe.
"""

import subprocess
import sys
import threading

CHILD = "import sys; sys.stderr.write('x' * 2**20); print('done')"


def start_child():
    return subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_into(pipe, results, name):
    results[name] = pipe.read()


def main():
    # The deadlock: read stdout only.
    with start_child() as child:
        results = {}
        reader = threading.Thread(
            target=read_into, args=(child.stdout, results, "stdout")
        )
        reader.start()
        reader.join(timeout=0.5)
        print(f"deadlock: stdout read still blocked: {reader.is_alive()}")
        print(f"deadlock: child still running: {child.poll() is None}")
        child.kill()
        reader.join(timeout=5)
        child.wait(timeout=5)
        print(f"deadlock: after kill(), read returned {results['stdout']!r}")

    # Fix 1: communicate() reads stdout and stderr together.
    with start_child() as child:
        out, err = child.communicate(timeout=5)
    print(f"communicate(): exit code {child.returncode}", end="")
    print(f", stdout {out!r}, stderr {len(err)} characters")

    # Fix 2: one thread per pipe.
    with start_child() as child:
        results = {}
        readers = [
            threading.Thread(target=read_into, args=(pipe, results, name))
            for pipe, name in (
                (child.stdout, "stdout"),
                (child.stderr, "stderr"),
            )
        ]
        for reader in readers:
            reader.start()
        for reader in readers:
            reader.join(timeout=5)
        child.wait(timeout=5)
    out, err = results["stdout"], results["stderr"]
    print(f"threads: exit code {child.returncode}", end="")
    print(f", stdout {out!r}, stderr {len(err)} characters")


if __name__ == "__main__":
    main()
