"""acquire(timeout=...) gives up after a while and says so with False.

A worker holds a lock until the main thread tells it to let go. Meanwhile
the main thread asks for the lock without waiting, then with a short
timeout, and is refused both times. Then it tells the worker to finish and
asks with a longer timeout, which succeeds as soon as the lock is free.
"""

import threading

# test: output=exact


def hold(lock, taken, finish):
    with lock:
        taken.set()
        finish.wait(timeout=5)  # stands for work done under the lock


def main():
    lock = threading.Lock()
    taken, finish = threading.Event(), threading.Event()
    worker = threading.Thread(target=hold, args=(lock, taken, finish))
    worker.start()
    taken.wait(timeout=5)

    print(f"acquire(blocking=False): {lock.acquire(blocking=False)}")
    print(f"acquire(timeout=0.05): {lock.acquire(timeout=0.05)}")

    finish.set()  # the worker leaves its `with` block and releases the lock
    got = lock.acquire(timeout=5)
    print(f"acquire(timeout=5): {got}")
    if got:
        lock.release()
    worker.join(timeout=5)


if __name__ == "__main__":
    main()
