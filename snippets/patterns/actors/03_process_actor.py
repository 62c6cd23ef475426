"""An actor in its own process: an inbox queue in, a reply queue out.

The balance now lives in a child process. The parent sends messages on one
multiprocessing.Queue and reads the answers from a second one. A Future
cannot cross a process boundary, so the actor sends back a tuple: ("ok",
value) or ("error", exception). The exception is pickled, and the parent
raises it again; its traceback then shows only the parent's frames. None in
the inbox stops the actor. It is pickled like any message, so the sentinel
must be a value that is still itself after pickling: object() would not be.

The actor function is defined at module level. Under spawn and forkserver
it is pickled by name, and the child finds it by importing this file again;
under fork the child has a copy of it already.
"""

import multiprocessing
import traceback

# test: output=exact

STOP = None


def account_actor(inbox, replies):
    """The actor. Runs in the child process; owns the balance."""
    balance = 0
    while True:
        message = inbox.get(timeout=10)  # safety net for this demo
        if message is STOP:
            return
        operation, amount = message
        try:
            if operation == "deposit":
                balance += amount
            elif operation == "withdraw":
                if amount > balance:
                    raise ValueError(f"balance {balance} < {amount}")
                balance -= amount
            elif operation != "balance":
                raise KeyError(operation)
            replies.put(("ok", balance))
        except Exception as exc:
            replies.put(("error", exc))


class AccountClient:
    """The parent's handle on the actor: starts it, talks to it, stops it."""

    def __init__(self):
        self._inbox = multiprocessing.Queue()
        self._replies = multiprocessing.Queue()
        self._process = multiprocessing.Process(
            target=account_actor, args=(self._inbox, self._replies)
        )
        self._process.start()

    def send(self, operation, amount=0):
        self._inbox.put((operation, amount))

    def receive(self):
        kind, value = self._replies.get(timeout=10)
        if kind == "error":
            raise value
        return value

    def call(self, operation, amount=0):
        self.send(operation, amount)
        return self.receive()

    def stop(self):
        self._inbox.put(STOP)
        self._process.join(timeout=10)
        return self._process.exitcode


def main():
    account = AccountClient()

    # Send 100 messages before reading any answer: they queue up in the
    # inbox, and the answers come back in the same order.
    for _ in range(100):
        account.send("deposit", 1)
    answers = [account.receive() for _ in range(100)]
    print(f"answers in order: {answers == list(range(1, 101))}")

    try:
        account.call("withdraw", 500)
    except ValueError as exc:
        print(f"withdraw 500: {type(exc).__name__}: {exc}")
        frames = [
            frame.name for frame in traceback.extract_tb(exc.__traceback__)
        ]
        print(f"frames in its traceback: {frames}")
    print(f"withdraw 30: {account.call('withdraw', 30)}")
    print(f"balance: {account.call('balance')}")
    print(f"actor exit code: {account.stop()}")


if __name__ == "__main__":
    main()
