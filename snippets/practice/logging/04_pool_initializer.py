"""A process pool whose workers log through a queue to one file.

The pool's initializer runs once in each worker process, before its first
task. It gives the worker's root logger a single
logging.handlers.QueueHandler on a multiprocessing.Queue. The queue
reaches the workers through initargs, which hands it over when each worker
starts; passing it as an argument of a task would fail.

The parent's QueueListener writes every record to app.log. It starts
after the first submit(), which under fork starts every worker, and stops
after the pool has shut down, so every record has arrived. The task lines
are printed sorted and without the worker's process id, because which
worker runs which task changes from run to run. The ids are used for one
check: every worker that ran a task also logged "worker ready".
"""

import concurrent.futures
import logging
import logging.handlers
import multiprocessing

# test: output=exact timeout=20

LOG_FILE = "app.log"


def install_queue_handler(log_queue):
    root = logging.getLogger()
    for handler in root.handlers[:]:  # under fork: copies of the parent's
        root.removeHandler(handler)
    root.addHandler(logging.handlers.QueueHandler(log_queue))
    root.setLevel(logging.INFO)
    logging.info("worker ready")


def square(n):
    logging.getLogger("tasks").info("square(%d) = %d", n, n * n)
    return n * n


def main():
    log_queue = multiprocessing.Queue()
    to_file = logging.FileHandler(LOG_FILE, mode="w", encoding="utf-8")
    line_format = "%(process)d %(name)s: %(message)s"
    to_file.setFormatter(logging.Formatter(line_format))
    listener = logging.handlers.QueueListener(log_queue, to_file)

    with concurrent.futures.ProcessPoolExecutor(
        max_workers=2,
        initializer=install_queue_handler,
        initargs=(log_queue,),
    ) as pool:
        futures = [pool.submit(square, n) for n in range(5)]
        listener.start()  # under fork, the first submit() forked them all
        results = [future.result(timeout=10) for future in futures]
    # Leaving the with block waited for the workers to exit.
    listener.stop()
    to_file.close()

    print(f"results: {results}")
    with open(LOG_FILE, encoding="utf-8") as log:
        lines = log.read().splitlines()
    ready, busy = set(), set()
    for line in sorted(lines, key=lambda line: line.split(" ", 1)[1]):
        pid, text = line.split(" ", 1)
        if text == "root: worker ready":
            ready.add(pid)
        else:
            busy.add(pid)
            print(text)
    print(f"every busy worker logged 'worker ready': {busy <= ready}")


if __name__ == "__main__":
    main()
