"""Logging set up in main() reaches a fork child only.

The parent calls logging.basicConfig() in main(), so its root logger writes
INFO and above to app.log. Then it starts one child with each start method.
Each child logs an INFO and a WARNING record twice: first through a named
logger, logging.getLogger("app"), then through the module-level functions
logging.info() and logging.warning(). It reports the handlers its root
logger has at the end, and what it wrote to stderr (the child catches its
stderr in a StringIO, so that it can report it).

A fork child is a copy of the parent: it has the FileHandler, and all four
records reach the file. A spawn or forkserver child imports the module
afresh and main() never runs there. Its root logger has no handler and the
default level, WARNING, so both INFO records are dropped. The named
logger's WARNING goes to logging.lastResort, which writes the bare message
to stderr. logging.info() finds no handler on the root logger and calls
basicConfig() itself, which adds a StreamHandler on stderr with the default
format; logging.warning() then writes through it.
"""

# test: start-method=spawn timeout=30

import contextlib
import io
import logging
import multiprocessing

LOG_FILE = "app.log"


def child(method, replies):
    stderr = io.StringIO()
    app = logging.getLogger("app")
    with contextlib.redirect_stderr(stderr):
        app.info("%s child: app info", method)
        app.warning("%s child: app warning", method)
        logging.info("%s child: root info", method)
        logging.warning("%s child: root warning", method)
    handlers = [type(h).__name__ for h in logging.getLogger().handlers]
    replies.put((handlers, stderr.getvalue().splitlines()))


def main():
    logging.basicConfig(
        filename=LOG_FILE,
        filemode="w",
        level=logging.INFO,
        format="%(levelname)s %(message)s",
    )
    logging.info("parent: configured")
    for method in ("fork", "spawn", "forkserver"):
        ctx = multiprocessing.get_context(method)
        replies = ctx.Queue()
        process = ctx.Process(target=child, args=(method, replies))
        process.start()
        handlers, stderr = replies.get(timeout=20)
        process.join(timeout=10)
        print(f"{method}: root handlers in the child: {handlers}")
        print(f"{method}: lines on the child's stderr: {len(stderr)}")
        for line in stderr:
            print(f"{method}:   {line!r}")

    logging.shutdown()  # flush and close the file
    with open(LOG_FILE, encoding="utf-8") as log:
        print("app.log:")
        for line in log:
            print(f"  {line.rstrip()}")


if __name__ == "__main__":
    main()
