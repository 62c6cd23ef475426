"""Why os.getppid() in a child is not always the process that started it.

A forkserver child is forked by the fork server, so its operating-system
parent is the server. multiprocessing.parent_process() always names the
process that called start(). The program checks both under each method.
"""

# test: start-method=spawn timeout=30

import multiprocessing
import os


def report(conn, starter_pid):
    parent = multiprocessing.parent_process()
    conn.send(
        (__name__, os.getppid() == starter_pid, parent.pid == starter_pid)
    )
    conn.close()


def main():
    for method in ("fork", "spawn", "forkserver"):
        ctx = multiprocessing.get_context(method)
        receiver, sender = ctx.Pipe(duplex=False)
        p = ctx.Process(target=report, args=(sender, os.getpid()))
        p.start()
        sender.close()  # the child holds its own copy
        if receiver.poll(20):
            module, getppid_ok, parent_ok = receiver.recv()
            print(
                f"{method}: module {module!r}, "
                f"getppid() is the starter: {getppid_ok}, "
                f"parent_process() is the starter: {parent_ok}"
            )
        receiver.close()
        p.join(timeout=20)


if __name__ == "__main__":
    main()
