"""Records logged after QueueListener.stop() are lost, without a message.

A worker process logs "before", then waits until the parent says go on,
then logs two more records. The parent waits until the listener has
handled "before", stops the listener and only then lets the worker go on,
which is what happens by accident when a program calls stop() before it
joins its workers.

stop() puts a sentinel on the queue and ends the listener's thread. The
two later records still arrive on the queue, but nothing takes them off:
the file has one line, and the parent finds the other two in the queue
when it drains it at the end. Nothing is printed anywhere about them.
The fix is the order used on the rest of the page: join the workers, then
stop the listener.
"""

import logging
import logging.handlers
import multiprocessing
import queue
import threading

# test: output=exact timeout=20

LOG_FILE = "app.log"


class Seen(logging.Handler):
    """Sets an event when it has handled a record."""

    def __init__(self):
        super().__init__()
        self.event = threading.Event()

    def emit(self, record):
        self.event.set()


def work(log_queue, go_on):
    root = logging.getLogger()
    for handler in root.handlers[:]:
        root.removeHandler(handler)
    root.addHandler(logging.handlers.QueueHandler(log_queue))
    root.setLevel(logging.INFO)
    logging.info("before")
    if go_on.wait(timeout=10):
        logging.info("after 1")
        logging.info("after 2")


def main():
    log_queue = multiprocessing.Queue()
    go_on = multiprocessing.Event()
    to_file = logging.FileHandler(LOG_FILE, mode="w", encoding="utf-8")
    seen = Seen()
    listener = logging.handlers.QueueListener(log_queue, to_file, seen)

    worker = multiprocessing.Process(target=work, args=(log_queue, go_on))
    worker.start()
    listener.start()
    print(f"listener handled 'before': {seen.event.wait(timeout=10)}")
    listener.stop()  # too early: the worker has more to log
    go_on.set()
    worker.join(timeout=10)
    to_file.close()

    with open(LOG_FILE, encoding="utf-8") as log:
        print(f"lines in the file: {log.read().splitlines()}")
    left = []
    while True:
        try:
            left.append(log_queue.get(timeout=0.2).getMessage())
        except queue.Empty:
            break
    print(f"records left in the queue: {left}")


if __name__ == "__main__":
    main()
