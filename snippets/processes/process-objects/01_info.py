"""The article's info() example, with output that is the same on every run.

The original printed raw process ids, which change on every run, and its
"parent process" line shows the fork server, not the parent, under the
forkserver start method. This version prints facts instead: the child finds
its parent with multiprocessing.parent_process(), and its module is named
__main__ (fork) or __mp_main__ (spawn, forkserver).
"""

import multiprocessing
import os


def info(title, starter_pid=None):
    print(title, flush=True)
    in_main = __name__ in ("__main__", "__mp_main__")
    print(f"  module name is __main__ or __mp_main__: {in_main}", flush=True)
    parent = multiprocessing.parent_process()
    if starter_pid is None:
        print(
            f"  started by multiprocessing: {parent is not None}", flush=True
        )
    else:
        print(
            f"  parent_process() is the starter: {parent.pid == starter_pid}",
            flush=True,
        )
        own = os.getpid() != starter_pid
        print(
            f"  own pid differs from the starter's: {own}",
            flush=True,
        )


def f(name, starter_pid):
    info("function f", starter_pid)
    print(f"hello {name}", flush=True)


def main():
    info("main line")
    p = multiprocessing.Process(target=f, args=("bob", os.getpid()))
    p.start()
    p.join(timeout=20)
    print(f"exit code: {p.exitcode}")


if __name__ == "__main__":
    main()
