"""logging's own dispatcher: QueueHandler puts records, QueueListener writes.

Two worker threads log through a logger whose only handler is a
logging.handlers.QueueHandler: logging a message just puts the record on a
queue.Queue. A logging.handlers.QueueListener runs one thread that takes
the records off the queue and passes each to its handlers, here a
StreamHandler that writes to stdout and a small handler that notes which
thread wrote.

Each line is labelled with the name of the thread that logged it, which
the record carries with it through the queue. The workers' lines may
interleave differently on every run, but each worker's own lines stay in
order. All the writing happens in the listener's single thread. stop()
handles every record already queued, then ends that thread.
"""

import logging
import logging.handlers
import queue
import sys
import threading

# test: output=interleaved


class WriterNames(logging.Handler):
    """Remembers the name of every thread that handled a record."""

    def __init__(self):
        super().__init__()
        self.names = set()

    def emit(self, record):
        self.names.add(threading.current_thread().name)


def work(logger):
    for step in range(3):
        logger.info("step %d", step)


def main():
    records = queue.Queue()
    logger = logging.getLogger("shop")
    logger.setLevel(logging.INFO)
    logger.propagate = False  # only the queue, not the root logger
    logger.addHandler(logging.handlers.QueueHandler(records))

    to_stdout = logging.StreamHandler(sys.stdout)
    to_stdout.setFormatter(logging.Formatter("%(threadName)s: %(message)s"))
    writers = WriterNames()
    listener = logging.handlers.QueueListener(records, to_stdout, writers)
    listener.start()

    workers = [
        threading.Thread(target=work, args=(logger,), name=f"worker-{n}")
        for n in (1, 2)
    ]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(timeout=5)
    listener.stop()  # writes what is queued, then ends its thread

    print(f"main: threads that wrote: {len(writers.names)}")
    others = {"MainThread", "worker-1", "worker-2"}
    print(f"main: a worker or main wrote: {bool(writers.names & others)}")
    print(f"main: records left: {records.qsize()}")


if __name__ == "__main__":
    main()
