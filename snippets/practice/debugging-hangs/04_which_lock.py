"""Find out which thread waits for which lock, and who holds it.

Two threads take two RLocks in opposite orders and deadlock. The main
thread then reads the situation from the outside, as a debugger would:
the repr() of an RLock names its owner's thread identifier, and the local
variables of the frame a thread is blocked in say which lock it asked for.
Following "waits for a lock held by" from thread to thread comes back to
the start: a cycle, which is what a deadlock is. A plain Lock would not
do: it records no owner. Each wait has a timeout, and a flag ends it.
"""

import re
import sys
import threading
import time

# test: output=exact

OWNER = re.compile(r"owner=(\d+)")


def wait_for(lock, give_up):
    """Acquire `lock`, retrying in short slices until give_up is set."""
    while not give_up.is_set():
        if lock.acquire(timeout=0.05):
            return True
    return False


def transfer(first, second, both_hold_first, give_up):
    with first:
        both_hold_first.wait(timeout=5)
        if wait_for(second, give_up):
            second.release()


def owner_of(lock):
    """The thread identifier in an RLock's repr; 0 when it is free."""
    return int(OWNER.search(repr(lock))[1])


def lock_waited_for(thread):
    """The lock a thread asked for, read from its wait_for() frame."""
    frame = sys._current_frames().get(thread.ident)
    while frame is not None:
        # Compare code objects, not names: threading has a wait_for() too.
        if frame.f_code is wait_for.__code__:
            return frame.f_locals["lock"]
        frame = frame.f_back
    return None  # not in this wait_for() yet: the caller looks again


def report(threads, locks):
    names = {thread.ident: thread.name for thread in threads}
    lock_names = {id(lock): name for name, lock in locks.items()}
    waits_for = {}  # thread name -> the thread holding the lock it wants
    deadline = time.monotonic() + 5
    for thread in threads:
        lock = lock_waited_for(thread)
        while lock is None and time.monotonic() < deadline:
            time.sleep(0.01)
            lock = lock_waited_for(thread)
        holder = names.get(owner_of(lock))
        waits_for[thread.name] = holder
        print(
            f"{thread.name} waits for lock {lock_names[id(lock)]},"
            f" held by {holder}"
        )

    path = [threads[0].name]
    while waits_for.get(path[-1]) not in (None, *path):
        path.append(waits_for[path[-1]])
    back_to_start = waits_for.get(path[-1]) == path[0]
    print(f"cycle: {' -> '.join(path + [path[0]])}: {back_to_start}")


def main():
    locks = {"A": threading.RLock(), "B": threading.RLock()}
    barrier, give_up = threading.Barrier(3), threading.Event()
    threads = [
        threading.Thread(
            target=transfer,
            args=(locks[one], locks[two], barrier, give_up),
            name=f"{one}-then-{two}",
        )
        for one, two in [("A", "B"), ("B", "A")]
    ]
    for thread in threads:
        thread.start()
    try:
        barrier.wait(timeout=5)  # both threads now hold their first lock
        report(threads, locks)
    finally:
        give_up.set()  # end the deadlock, even if the report failed
        for thread in threads:
            thread.join(timeout=5)
    free = re.sub(" at 0x[0-9a-f]+", "", repr(locks["A"]))
    print(f"a free RLock: {free}")


if __name__ == "__main__":
    main()
