"""A manager server shares two queues with a worker in another process.

The main process starts a BaseManager server on 127.0.0.1, port 0, with a
secret authkey. The operating system picks a free port; manager.address
holds it once start() has returned. A worker process, standing in for a
program on another machine, connects with the same address and authkey,
takes jobs from one queue and puts results on the other. The queues live
in the server process; both sides only hold proxies to them. shutdown()
stops the server, so no process is left behind.
"""

import multiprocessing
import queue
import secrets
from multiprocessing.managers import BaseManager

# test: timeout=20

_queues = {}


def get_queue(name):
    # Runs in the server process: one real queue.Queue per name.
    return _queues.setdefault(name, queue.Queue())


class QueueManager(BaseManager):
    """The server side: knows how to create the shared objects."""


QueueManager.register("get_queue", callable=get_queue)


class WorkerManager(BaseManager):
    """The client side: knows only the names the server offers."""


WorkerManager.register("get_queue")


def worker(address, authkey):
    manager = WorkerManager(address=address, authkey=authkey)
    manager.connect()
    jobs = manager.get_queue("jobs")
    results = manager.get_queue("results")
    while True:
        n = jobs.get(timeout=10)
        if n is None:  # the sentinel: no more work
            break
        results.put((n, n * n))


def main():
    authkey = secrets.token_bytes(32)  # share it with clients out of band
    manager = QueueManager(address=("127.0.0.1", 0), authkey=authkey)
    manager.start()
    try:
        host, port = manager.address
        print(f"server host: {host}")
        print(f"port chosen by the OS: {port > 0}")

        child = multiprocessing.Process(
            target=worker, args=(manager.address, authkey)
        )
        child.start()
        jobs = manager.get_queue("jobs")
        results = manager.get_queue("results")
        for n in range(5):
            jobs.put(n)
        jobs.put(None)
        print(f"results: {[results.get(timeout=10) for _ in range(5)]}")
        child.join(timeout=10)
        print(f"worker exit code: {child.exitcode}")
    finally:
        manager.shutdown()
    print(f"processes left: {len(multiprocessing.active_children())}")


if __name__ == "__main__":
    main()
