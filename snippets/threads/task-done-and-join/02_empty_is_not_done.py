"""An empty queue is not a finished queue.

The worker takes the only item with get() and is still busy with it.
empty() is already True, yet Queue.join() keeps waiting, because join()
waits for task_done(), not for the queue to be empty.
"""

import queue
import threading


def worker(q, got_it, may_finish):
    item = q.get(timeout=5)
    got_it.set()
    may_finish.wait(timeout=5)  # "processing" the item
    print(f"worker: finished {item}")
    q.task_done()


def main():
    q = queue.Queue()
    got_it = threading.Event()
    may_finish = threading.Event()
    q.put("job")
    thread = threading.Thread(target=worker, args=(q, got_it, may_finish))
    thread.start()
    got_it.wait(timeout=5)

    waiter = threading.Thread(target=q.join, daemon=True)
    waiter.start()
    waiter.join(timeout=0.3)
    print(f"main: empty() while the item is processed: {q.empty()}")
    print(f"main: join() still waiting: {waiter.is_alive()}")

    may_finish.set()
    waiter.join(timeout=5)
    thread.join(timeout=5)
    print(f"main: join() returned after task_done(): {not waiter.is_alive()}")


if __name__ == "__main__":
    main()
