"""multiprocessing.SimpleQueue has no feeder thread; Queue starts one.

SimpleQueue.put() writes into the pipe itself, so after a child that put a
few small items has exited, those items are waiting in the pipe. Queue.put()
instead hands the item to a background thread, which the parent can see with
threading.active_count().
"""

import multiprocessing
import threading


def producer(q):
    for word in ("alpha", "beta", "gamma"):
        q.put(word)


def main():
    simple = multiprocessing.SimpleQueue()
    child = multiprocessing.Process(target=producer, args=(simple,))
    child.start()
    child.join(timeout=10)  # safe here: small items, written by put() itself
    received = []
    while not simple.empty():  # get() has no timeout: check before calling
        received.append(simple.get())
    simple.close()
    print(f"from the SimpleQueue: {received}")

    # The parent's own puts. Every process has been started already: under
    # fork, no process may be started once the feeder thread is running.
    print(f"threads before any put(): {threading.active_count()}")
    simple = multiprocessing.SimpleQueue()
    simple.put("x")
    print(f"threads after SimpleQueue.put(): {threading.active_count()}")
    queue = multiprocessing.Queue()
    queue.put("x")
    print(f"threads after Queue.put(): {threading.active_count()}")
    print(f"round trips: {simple.get()!r} {queue.get(timeout=10)!r}")
    simple.close()
    queue.close()
    queue.join_thread()  # wait for the feeder thread to finish
    print(f"threads after join_thread(): {threading.active_count()}")


if __name__ == "__main__":
    main()
