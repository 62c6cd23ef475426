"""A supervisor restarts an actor thread that died, a bounded number of times.

The actor adds up numbers that arrive as text. It does not guard against
bad input: int("x") raises ValueError and the actor's thread ends. Before
it ends, it fails the Future of the message that killed it, so that sender
is not left waiting, and it posts the reason to its supervisor.

The supervisor is itself a thread that waits for such notices. When the
actor crashed, it starts a fresh one on the same inbox: the messages queued
behind the bad one are not lost, but the running total is, because the new
actor starts from zero. After MAX_RESTARTS restarts it gives up and fails
every message that is still in the inbox or arrives later. The program runs
twice: with two bad messages (two restarts, then a normal stop) and with
three (the supervisor gives up).
"""

import queue
import threading
from concurrent.futures import Future

# test: output=exact

STOP = object()
MAX_RESTARTS = 2


def adder(inbox, notices):
    """The actor: keeps a running total; bad text kills it."""
    total = 0
    reply = None
    try:
        while True:
            message = inbox.get(timeout=10)  # safety net for this demo
            if message is STOP:
                notices.put(("stopped", None))
                return
            text, reply = message
            total += int(text)  # ValueError here ends the thread
            reply.set_result(total)
    except Exception as exc:
        if reply is not None and not reply.done():
            reply.set_exception(exc)  # the sender learns why
        notices.put(("crashed", exc))  # the supervisor learns why


class Supervisor:
    def __init__(self):
        self.log = []
        self._inbox = queue.Queue()  # outlives every actor
        self._thread = threading.Thread(target=self._run)
        self._thread.start()

    def send(self, text):
        reply = Future()
        self._inbox.put((text, reply))
        return reply

    def stop(self):
        self._inbox.put(STOP)
        self._thread.join(timeout=5)

    def _run(self):
        notices = queue.Queue()
        for generation in range(1, MAX_RESTARTS + 2):
            actor = threading.Thread(target=adder, args=(self._inbox, notices))
            actor.start()
            self.log.append(f"actor {generation} started")
            reason, exc = notices.get(timeout=10)
            actor.join(timeout=5)
            if reason == "stopped":
                self.log.append(f"actor {generation} stopped")
                return
            self.log.append(
                f"actor {generation} crashed: {type(exc).__name__}"
            )
        self.log.append(f"gave up after {MAX_RESTARTS} restarts")
        self._fail_the_rest()

    def _fail_the_rest(self):
        # Answer every later message with an error, until stop() is called.
        while True:
            message = self._inbox.get(timeout=10)
            if message is STOP:
                return
            _, reply = message
            reply.set_exception(RuntimeError("the actor is down"))


def run(texts):
    supervisor = Supervisor()
    replies = [supervisor.send(text) for text in texts]
    supervisor.stop()
    print(f"sent {texts}:")
    for text, reply in zip(texts, replies):
        error = reply.exception(timeout=5)
        answer = repr(error) if error else reply.result(timeout=0)
        print(f"  {text!r} -> {answer}")
    for line in supervisor.log:
        print(f"  supervisor: {line}")


def main():
    run(["1", "2", "x", "3", "y", "4"])
    run(["1", "x", "y", "2", "z", "3"])


if __name__ == "__main__":
    main()
