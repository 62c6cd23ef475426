"""Workers on a JoinableQueue: task_done(), join() and one sentinel per worker.

Two worker processes take numbers from a JoinableQueue and put their squares
on a result queue. Each worker calls task_done() for every item it takes,
sentinels included, so the parent's tasks.join() returns once everything has
been handled. One None per worker tells each of them to stop.
"""

import multiprocessing

# test: timeout=30

WORKERS = 2


def worker(tasks, results):
    while True:
        item = tasks.get(timeout=10)
        try:
            if item is None:  # the sentinel: stop
                return
            results.put(item * item)
        finally:
            tasks.task_done()


def main():
    tasks = multiprocessing.JoinableQueue()
    results = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=worker, args=(tasks, results))
        for _ in range(WORKERS)
    ]
    # Start every process before the parent puts anything: the first put()
    # starts the queue's feeder thread in the parent.
    for w in workers:
        w.start()

    numbers = range(1, 9)
    for n in numbers:
        tasks.put(n)
    for _ in workers:
        tasks.put(None)  # one sentinel per worker

    squares = sorted(results.get(timeout=10) for _ in numbers)
    tasks.join()  # every item, sentinels too, has been marked done
    for w in workers:
        w.join(timeout=10)

    print(f"squares: {squares}")
    print(f"workers still alive: {sum(w.is_alive() for w in workers)}")
    tasks.close()
    tasks.join_thread()
    results.close()
    results.join_thread()


if __name__ == "__main__":
    main()
