"""A pool of consumer threads, Queue.join(), and a clean exit.

Three workers take jobs from one queue and call task_done() after each.
Queue.join() returns once every job has been marked done. Then one sentinel
per worker ends the workers, and they are joined: no os._exit() needed.
Queue.join() has no timeout, so it runs in a helper thread that we can
join with one.
"""

import queue
import threading

STOP = None


def worker(jobs, results, lock):
    while True:
        job = jobs.get(timeout=5)
        try:
            if job is STOP:
                return
            with lock:
                results.append(job * 10)
        finally:
            jobs.task_done()  # also for STOP, so a later join() still works


def join_queue(q, timeout):
    """Queue.join() with a timeout: True if every task was marked done."""
    waiter = threading.Thread(target=q.join, daemon=True)
    waiter.start()
    waiter.join(timeout)
    return not waiter.is_alive()


def main():
    jobs = queue.Queue()
    results = []
    lock = threading.Lock()
    workers = [
        threading.Thread(target=worker, args=(jobs, results, lock))
        for _ in range(3)
    ]
    for thread in workers:
        thread.start()

    for job in range(20):
        jobs.put(job)
    print(f"join() returned: {join_queue(jobs, timeout=5)}")
    print(f"results after join(): {len(results)}")
    expected = [job * 10 for job in range(20)]
    print(f"each job exactly once: {sorted(results) == expected}")

    for _ in workers:
        jobs.put(STOP)
    for thread in workers:
        thread.join(timeout=5)
    print(f"workers still alive: {sum(t.is_alive() for t in workers)}")
    print(
        f"join() returns again once the STOPs are done: {join_queue(jobs, 5)}"
    )


if __name__ == "__main__":
    main()
