"""Make a rare race show up: a tiny switch interval and many repetitions.

_deposit() reads the balance, calls a method, then writes the balance back.
Another thread that runs between the read and the write makes one of the
two deposits vanish. With the default switch interval (5 ms) the threads
seldom change hands at that point, so a test can pass for months. Setting
sys.setswitchinterval(1e-6) asks the running thread to hand over the GIL
almost constantly, and repeating the run makes a failure all but certain.
The same loop then shows that the locked version never loses an update.
"""

import sys
import threading

# test: output=exact

THREADS, DEPOSITS = 4, 5000


class Account:
    def __init__(self, lock=None):
        self.balance = 0
        self.lock = lock

    def deposit(self, amount):
        if self.lock is None:
            self._deposit(amount)
        else:
            with self.lock:
                self._deposit(amount)

    def _deposit(self, amount):
        balance = self.balance
        self.audit(amount)  # a call: a point where the thread can switch
        self.balance = balance + amount

    def audit(self, amount):
        pass


def lost_updates(lock=None):
    """Run THREADS depositors at once; return how many deposits vanished."""
    account = Account(lock)
    start = threading.Barrier(THREADS)

    def depositor():
        start.wait(timeout=5)
        for _ in range(DEPOSITS):
            account.deposit(1)

    threads = [threading.Thread(target=depositor) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    return THREADS * DEPOSITS - account.balance


def first_failure(test, tries):
    """Repeat a test; return the number of the first failing try, or None."""
    for attempt in range(1, tries + 1):
        if test():
            return attempt
    return None


def main():
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        failed_at = first_failure(lost_updates, tries=50)
        print(
            f"unlocked: lost updates within 50 tries: {failed_at is not None}"
        )
        clean = first_failure(lambda: lost_updates(threading.Lock()), 10)
        print(f"locked: lost updates within 10 tries: {clean is not None}")
    finally:
        sys.setswitchinterval(old)
    print(f"switch interval restored: {sys.getswitchinterval() == old}")


if __name__ == "__main__":
    main()
