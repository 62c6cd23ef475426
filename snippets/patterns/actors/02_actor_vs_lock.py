"""The same account as an actor and as an object with a lock.

Both versions give the right balance when four threads deposit at once.
They differ in what they cost. The actor needs a thread of its own, but no
lock in user code. The locked object needs no thread, but every method must
take the lock. And the actor handles one message at a time: a slow message
holds up every message behind it. The locked object holds its lock only
while it touches the balance, so a quick call can run while a slow one is
still busy outside the lock.

The "slow" operation waits on an Event that main sets only after it has
checked whether a quick call got through. In the lock version, main makes
its quick call only after the slow one has reported that it took its
snapshot, so the quick call really overlaps the slow one, however the
threads happen to be scheduled. The result is the same on every run.
"""

import queue
import threading
from concurrent.futures import Future, wait

# test: output=exact

STOP = object()


class AccountActor:
    """The actor from 01_thread_actor.py, with an "audit" message."""

    def __init__(self):
        self._balance = 0
        self._inbox = queue.Queue()
        self._thread = threading.Thread(target=self._run)
        self._thread.start()

    def send(self, operation, *args):
        reply = Future()
        self._inbox.put((operation, args, reply))
        return reply

    def stop(self):
        self._inbox.put(STOP)
        self._thread.join(timeout=5)

    def _run(self):
        while True:
            message = self._inbox.get(timeout=10)
            if message is STOP:
                return
            operation, args, reply = message
            try:
                reply.set_result(getattr(self, "_on_" + operation)(*args))
            except Exception as exc:
                reply.set_exception(exc)

    def _on_deposit(self, amount):
        self._balance += amount

    def _on_balance(self):
        return self._balance

    def _on_audit(self, finish):
        finish.wait(timeout=5)  # a slow job, inside the actor
        return self._balance


class LockedAccount:
    def __init__(self):
        self._balance = 0
        self._lock = threading.Lock()

    def deposit(self, amount):
        with self._lock:
            self._balance += amount

    def balance(self):
        with self._lock:
            return self._balance

    def audit(self, started, finish):
        with self._lock:
            snapshot = self._balance
        started.set()  # the snapshot is taken; the slow part begins
        finish.wait(timeout=5)  # the slow job, outside the lock
        return snapshot


def deposit_250_times(deposit):
    for _ in range(250):
        deposit(1)


def deposit_from_four_threads(deposit):
    threads = [
        threading.Thread(target=deposit_250_times, args=(deposit,))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)


def main():
    before = threading.active_count()

    actor = AccountActor()
    print(f"actor: extra threads: {threading.active_count() - before}")
    deposit_from_four_threads(lambda amount: actor.send("deposit", amount))
    print(f"actor: balance: {actor.send('balance').result(timeout=5)}")
    finish = threading.Event()
    slow = actor.send("audit", finish)
    quick = actor.send("balance")
    done, _ = wait([quick], timeout=0.2)  # not answered: it is queued
    print(f"actor: quick call answered during the slow one: {quick in done}")
    finish.set()
    slow.result(timeout=5)
    quick.result(timeout=5)
    actor.stop()

    account = LockedAccount()
    print(f"lock: extra threads: {threading.active_count() - before}")
    deposit_from_four_threads(account.deposit)
    print(f"lock: balance: {account.balance()}")
    started, finish = threading.Event(), threading.Event()
    slow = threading.Thread(target=account.audit, args=(started, finish))
    slow.start()
    started.wait(timeout=5)  # the audit is now in its slow part
    account.balance()  # returns at once: audit() no longer holds the lock
    # audit() cannot end before finish is set, so it is still running.
    print(f"lock: quick call answered during the slow one: {slow.is_alive()}")
    finish.set()
    slow.join(timeout=5)


if __name__ == "__main__":
    main()
