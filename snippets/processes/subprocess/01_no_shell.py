"""subprocess starts a program directly; a shell runs only if you ask.

The child is a tiny Python program that prints the arguments it received.
Given a list, subprocess hands each item to the program as one argument,
untouched: spaces, quotes and semicolons mean nothing. Given a string with
shell=True, /bin/sh parses the string first, so a value pasted into it can
end the command and start another one. shlex.quote() makes a value safe for
a POSIX shell; using no shell at all is simpler. Given a string without
shell=True, the whole string is taken as the name of the program.
"""

import shlex
import subprocess
import sys

SHOW_ARGS = "import sys; print(sys.argv[1:])"
NAME = "notes.txt; echo INJECTED"  # a file name typed by a user


def run(args, shell=False):
    done = subprocess.run(
        args, shell=shell, capture_output=True, text=True, timeout=10
    )
    for line in done.stdout.splitlines():
        print(f"  {line}")


def main():
    python = shlex.quote(sys.executable)

    print("a list, no shell:")
    run([sys.executable, "-c", SHOW_ARGS, NAME])

    print("a string pasted together, shell=True:")
    run(f"{python} -c {shlex.quote(SHOW_ARGS)} {NAME}", shell=True)

    print("the value quoted with shlex.quote(), shell=True:")
    run(
        f"{python} -c {shlex.quote(SHOW_ARGS)} {shlex.quote(NAME)}", shell=True
    )

    print("a string without shell=True:")
    try:
        run("ls -l")
    except FileNotFoundError as e:
        print(f"  {type(e).__name__}: {e}")


if __name__ == "__main__":
    main()
