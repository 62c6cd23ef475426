"""RLock: a lock the thread that holds it may take again.

A method that holds a lock and calls another method that takes the same
lock would wait for itself forever with a Lock. The program shows this
safely, with a timeout, then uses an RLock instead. An RLock belongs to the
thread that acquired it: another thread cannot release it.
"""

import threading

# test: output=exact


class Account:
    def __init__(self, lock):
        self._lock = lock
        self.balance = 0

    def deposit(self, amount):
        with self._lock:
            self.balance += amount

    def deposit_with_bonus(self, amount):
        with self._lock:
            self.deposit(amount)  # takes the same lock a second time
            self.deposit(1)


def release(name, lock):
    try:
        lock.release()
    except RuntimeError as exc:
        print(f"other thread releases the {name}: {type(exc).__name__}: {exc}")
    else:
        print(f"other thread releases the {name}: done")


def release_in_other_thread(name, lock):
    thread = threading.Thread(target=release, args=(name, lock))
    thread.start()
    thread.join(timeout=5)


def main():
    lock = threading.Lock()
    with lock:
        # With a plain `lock.acquire()` this line would never return.
        print(f"Lock taken again by its holder: {lock.acquire(timeout=0.1)}")

    rlock = threading.RLock()
    with rlock:
        print(f"RLock taken again by its holder: {rlock.acquire(timeout=0.1)}")
        rlock.release()  # every acquire() needs its own release()

    account = Account(threading.RLock())
    account.deposit_with_bonus(10)
    print(f"balance with an RLock: {account.balance}")

    # Ownership: a Lock has no owner, an RLock has one.
    lock.acquire(timeout=1)  # both are free here: True at once
    release_in_other_thread("Lock", lock)
    rlock.acquire(timeout=1)
    release_in_other_thread("RLock", rlock)
    rlock.release()


if __name__ == "__main__":
    main()
