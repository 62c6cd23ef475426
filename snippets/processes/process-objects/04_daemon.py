"""Daemon processes may not start processes of their own.

A daemon process is terminated when its parent's interpreter shuts down, so
it could leave orphans behind; multiprocessing therefore refuses to let it
start children. The daemon reports the error back through a pipe. The end
shows the two mistakes that raise AssertionError on a started process.
"""

import multiprocessing
import time


def grandchild():
    pass


def try_to_have_children(conn):
    try:
        multiprocessing.Process(target=grandchild).start()
        conn.send("started a child")
    except AssertionError as exc:
        conn.send(f"{type(exc).__name__}: {exc}")
    conn.close()


def main():
    receiver, sender = multiprocessing.Pipe(duplex=False)
    p = multiprocessing.Process(
        target=try_to_have_children, args=(sender,), daemon=True
    )
    p.start()
    sender.close()
    if receiver.poll(20):
        print(f"daemon child: {receiver.recv()}")
    receiver.close()
    p.join(timeout=20)

    late = multiprocessing.Process(target=time.sleep, args=(10,))
    late.start()
    try:
        late.daemon = True
    except AssertionError as exc:
        print(f"setting daemon after start(): AssertionError: {exc}")
    late.kill()
    late.join(timeout=5)
    try:
        late.start()
    except AssertionError as exc:
        print(f"start() a second time: AssertionError: {exc}")


if __name__ == "__main__":
    main()
