"""The two ways to get the task_done() count wrong.

Too few calls: Queue.join() waits forever. It is shown here with a time
limit, by running join() in a helper thread. Too many calls: task_done()
raises ValueError.
"""

import queue
import threading


def main():
    q = queue.Queue()
    for item in range(3):
        q.put(item)
    for _ in range(3):
        q.get(timeout=1)  # taken, but never marked done

    waiter = threading.Thread(target=q.join, daemon=True)
    waiter.start()
    waiter.join(timeout=0.5)
    print(f"queue empty: {q.empty()}, unfinished tasks: {q.unfinished_tasks}")
    print(f"join() still blocked after 0.5 s: {waiter.is_alive()}")

    for _ in range(3):
        q.task_done()
    waiter.join(timeout=5)
    print(
        f"join() returned after 3 task_done() calls: {not waiter.is_alive()}"
    )

    try:
        q.task_done()
    except ValueError as exc:
        print(f"a fourth task_done(): {type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
