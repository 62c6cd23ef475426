"""The cure for lock-ordering deadlocks: every thread takes locks in one order.

The same two transfers as before, but acquire_in_order() sorts the locks by
a fixed rank before taking them. Whichever thread gets lock A first also
gets B; the other waits for both. Both transfers always complete.
"""

import threading

# test: output=exact

lock_a = threading.Lock()
lock_b = threading.Lock()
RANK = {id(lock_a): 1, id(lock_b): 2}  # the one global order: A before B


def acquire_in_order(*locks, timeout):
    """Take every lock in RANK order; on a timeout, release what was taken."""
    taken = []
    for lock in sorted(locks, key=lambda lock: RANK[id(lock)]):
        if not lock.acquire(timeout=timeout):
            for held in reversed(taken):
                held.release()
            return False
        taken.append(lock)
    return True


def release_all(*locks):
    for lock in locks:
        lock.release()


def transfer(first, second, start, results, name):
    start.wait(timeout=5)
    for _ in range(100):
        if not acquire_in_order(first, second, timeout=2):
            results[name] = "timed out"
            return
        release_all(first, second)
    results[name] = "done"


def main():
    start = threading.Barrier(2)
    results = {}
    threads = [
        threading.Thread(
            target=transfer, args=(lock_a, lock_b, start, results, "a-then-b")
        ),
        threading.Thread(
            target=transfer, args=(lock_b, lock_a, start, results, "b-then-a")
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)

    for name in sorted(results):
        print(f"{name}: 100 transfers {results[name]}")


if __name__ == "__main__":
    main()
