"""An actor: one thread owns a bank balance and reads messages from a queue.

Only the actor's own thread ever touches the balance. Other threads never
call into it; they send it messages through its inbox, a queue.Queue, and
get each answer back through a concurrent.futures.Future. The actor handles
one message at a time, so the balance needs no lock.

Four client threads deposit 1, 250 times each: the balance ends at exactly
1000, and each client sees its own deposits answered in the order it sent
them. A withdrawal that is too large raises ValueError inside the actor;
the actor stores the exception in the Future, result() raises it in the
caller, and the actor goes on serving. A sentinel in the inbox stops the
actor after every message sent before it.
"""

import queue
import threading
from concurrent.futures import Future

# test: output=exact

STOP = object()  # the sentinel: compared with "is", never sent as data


class AccountActor:
    def __init__(self):
        self._balance = 0  # read and written by the actor's thread only
        self._inbox = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="account")
        self._thread.start()

    # Called from any thread.

    def send(self, operation, *args):
        """Put a message in the inbox; return a Future for the answer."""
        reply = Future()
        self._inbox.put((operation, args, reply))
        return reply

    def stop(self):
        """Let the actor finish every earlier message, then end it."""
        self._inbox.put(STOP)
        self._thread.join(timeout=5)
        return not self._thread.is_alive()

    # Run in the actor's thread only.

    def _run(self):
        while True:
            # The timeout is a safety net for this demo: if nobody sends
            # STOP, the thread fails after 10 s instead of waiting forever.
            message = self._inbox.get(timeout=10)
            if message is STOP:
                return
            operation, args, reply = message
            try:
                handler = getattr(self, "_on_" + operation)
                reply.set_result(handler(*args))
            except Exception as exc:  # the caller gets it from result()
                reply.set_exception(exc)

    def _on_deposit(self, amount):
        self._balance += amount
        return self._balance

    def _on_withdraw(self, amount):
        if amount > self._balance:
            raise ValueError(f"balance {self._balance} < {amount}")
        self._balance -= amount
        return self._balance

    def _on_balance(self):
        return self._balance


def client(account, answers):
    replies = [account.send("deposit", 1) for _ in range(250)]
    answers.extend(reply.result(timeout=5) for reply in replies)


def main():
    account = AccountActor()

    answers = [[] for _ in range(4)]
    clients = [
        threading.Thread(target=client, args=(account, seen))
        for seen in answers
    ]
    for thread in clients:
        thread.start()
    for thread in clients:
        thread.join(timeout=5)

    print(f"balance: {account.send('balance').result(timeout=5)}")
    in_order = all(
        seen == sorted(seen) and len(seen) == 250 for seen in answers
    )
    print(f"each client's deposits answered in order: {in_order}")

    try:
        account.send("withdraw", 5000).result(timeout=5)
    except ValueError as exc:
        print(f"withdraw 5000: {type(exc).__name__}: {exc}")
    print(f"withdraw 300: {account.send('withdraw', 300).result(timeout=5)}")

    try:
        account.send("close").result(timeout=5)
    except AttributeError:
        print("close: AttributeError (no such message)")

    print(f"threads while the actor runs: {threading.active_count()}")
    print(f"actor stopped: {account.stop()}")
    print(f"threads after stop: {threading.active_count()}")


if __name__ == "__main__":
    main()
