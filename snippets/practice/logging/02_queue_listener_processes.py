"""One log file written by one process, for records from many processes.

Each worker process sends its records, through a logging.handlers.
QueueHandler, to a multiprocessing.Queue. In the parent, a logging.handlers.
QueueListener takes them off the queue and hands them to the only
FileHandler, so a single thread in a single process writes the file. The
parent logs through the same queue.

The workers are started before the listener, because the listener is a
thread, and a fork while other threads run is unsafe. The listener is
stopped only after every worker has ended, so no record is left behind.
The program then prints the file's lines, sorted, since the workers' lines
arrive in a different order on every run.
"""

import logging
import logging.handlers
import multiprocessing
import os

# test: output=exact timeout=20

LOG_FILE = "app.log"
WORKERS = 3
STEPS = 2


class Writers(logging.Handler):
    """Remembers the processes in which the file was written."""

    def __init__(self):
        super().__init__()
        self.pids = set()

    def emit(self, record):
        self.pids.add(os.getpid())


def log_to(log_queue):
    """Send every record of this process to log_queue, and only there."""
    root = logging.getLogger()
    for handler in root.handlers[:]:  # under fork: copies of the parent's
        root.removeHandler(handler)
    root.addHandler(logging.handlers.QueueHandler(log_queue))
    root.setLevel(logging.INFO)


def work(log_queue, steps):
    log_to(log_queue)
    for step in range(steps):
        logging.info("step %d of %d", step + 1, steps)
    logging.warning("done")


def main():
    log_queue = multiprocessing.Queue()
    to_file = logging.FileHandler(LOG_FILE, mode="w", encoding="utf-8")
    to_file.setFormatter(
        logging.Formatter("%(processName)s %(levelname)s %(message)s")
    )
    writers = Writers()
    listener = logging.handlers.QueueListener(log_queue, to_file, writers)

    workers = [
        multiprocessing.Process(
            target=work, args=(log_queue, STEPS), name=f"worker-{n}"
        )
        for n in range(1, WORKERS + 1)
    ]
    for process in workers:
        process.start()
    listener.start()  # after the last start: no thread runs during a fork

    log_to(log_queue)
    logging.info("started %d workers", len(workers))
    for process in workers:
        process.join(timeout=10)
    logging.info("all workers ended")
    listener.stop()  # handles every record already queued, then returns
    to_file.close()

    with open(LOG_FILE, encoding="utf-8") as log:
        lines = log.read().splitlines()
    for line in sorted(lines):
        print(line)
    print(f"{len(lines)} lines; expected {WORKERS * (STEPS + 1) + 2}")
    print(f"processes that wrote the file: {len(writers.pids)}")
    print(f"that process is the parent: {writers.pids == {os.getpid()}}")


if __name__ == "__main__":
    main()
