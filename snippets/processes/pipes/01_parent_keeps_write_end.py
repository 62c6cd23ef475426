"""Why the article's pipe loop never ends: the parent still holds a write end.

The child sends four messages and closes its connection. The parent receives
them, but it never closed its own copy of the child's end, so the pipe still
has an open writer and recv() would wait forever. poll(timeout) shows it
without hanging: no data, and no end-of-file either. Once the parent closes
its copy, poll() reports the end of the stream and recv() raises EOFError.
"""

import multiprocessing
import time


def sender(conn):
    for i in (1, 2, 3):
        conn.send([i, None, "hello"])
    time.sleep(0.1)  # the article sleeps 2 s here
    conn.send([4, None, "hello"])
    conn.close()


def main():
    parent_conn, child_conn = multiprocessing.Pipe()
    child = multiprocessing.Process(target=sender, args=(child_conn,))
    child.start()  # the mistake: child_conn stays open in the parent

    for _ in range(4):
        if parent_conn.poll(10):
            print(parent_conn.recv())
    child.join(timeout=10)
    print(f"child exit code: {child.exitcode}")

    # recv() here would block forever. poll() waits at most 0.5 s.
    print(f"poll(0.5) with child_conn open: {parent_conn.poll(0.5)}")

    child_conn.close()  # the last open write end
    print(f"poll(0.5) with child_conn closed: {parent_conn.poll(0.5)}")
    try:
        parent_conn.recv()
    except EOFError as e:
        print(f"recv() raised {type(e).__name__}{e.args}")
    parent_conn.close()


if __name__ == "__main__":
    main()
