"""How Semaphore(1), BoundedSemaphore(1), Lock and RLock differ.

A semaphore with one permit looks like a mutex, but it has no owner and,
unless it is bounded, no upper limit. Each section prints what happens when
the same misuse is tried on each kind of object.
"""

import threading


def describe(exc):
    return f"{type(exc).__name__}: {exc}"


def extra_release(make):
    guard = make()
    try:
        guard.release()  # nobody acquired it
    except (RuntimeError, ValueError) as exc:
        return describe(exc)
    taken = [guard.acquire(blocking=False) for _ in range(3)]
    return f"no error; then acquire(blocking=False) x3 -> {taken}"


def release_from_other_thread(make):
    guard = make()
    guard.acquire(timeout=1)  # free, so it returns True at once
    outcome = []

    def release_it():
        try:
            guard.release()
            outcome.append("released")
        except RuntimeError as exc:
            outcome.append(describe(exc))

    thread = threading.Thread(target=release_it)
    thread.start()
    thread.join(timeout=5)
    return outcome[0]


def acquire_twice(make):
    guard = make()
    first = guard.acquire(blocking=False)
    second = guard.acquire(blocking=False)
    return f"{first}, {second}"


def main():
    kinds = {
        "Semaphore(1)": lambda: threading.Semaphore(1),
        "BoundedSemaphore(1)": lambda: threading.BoundedSemaphore(1),
        "Lock": threading.Lock,
        "RLock": threading.RLock,
    }
    print("release() more often than acquire():")
    for name, make in kinds.items():
        print(f"  {name}: {extra_release(make)}")
    print("release() by a thread that did not acquire:")
    for name, make in kinds.items():
        print(f"  {name}: {release_from_other_thread(make)}")
    print("acquire() twice in the same thread (second one non-blocking):")
    for name, make in kinds.items():
        print(f"  {name}: {acquire_twice(make)}")


if __name__ == "__main__":
    main()
