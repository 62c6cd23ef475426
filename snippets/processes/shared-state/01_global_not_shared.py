"""A global variable changed in a child process is not changed in the parent.

Each process has its own memory. The child gets a copy of the module (by
fork, or by importing it again under spawn and forkserver), so its changes
stay in the child. The parent learns the child's value only because the child
sends it back, here through its exit code.
"""

import multiprocessing

counter = 0


def bump():
    global counter
    for _ in range(5):
        counter += 1
    raise SystemExit(counter)  # report the child's own value as its exit code


def main():
    child = multiprocessing.Process(target=bump)
    child.start()
    child.join(timeout=10)
    print(f"counter in the child: {child.exitcode}")
    print(f"counter in the parent: {counter}")


if __name__ == "__main__":
    main()
