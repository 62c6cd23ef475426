"""One release() wakes exactly one waiting worker; release(n) wakes n.

Ten workers block on a semaphore that starts at 0. The main thread releases
it once: exactly one worker gets through, and the other nine keep waiting.
Then release(9) lets the rest through. Every wait has a timeout: the
workers' acquire(), the main thread's wait for them, and every join().
"""

import threading
import time


def worker(n, sema, done, changed):
    if not sema.acquire(timeout=5):  # wait to be signalled, but not for ever
        return
    with changed:
        done.append(n)
        changed.notify_all()


def wait_for_count(done, changed, count):
    with changed:
        return changed.wait_for(lambda: len(done) >= count, timeout=5)


def main():
    sema = threading.Semaphore(0)
    done = []
    changed = threading.Condition()
    threads = [
        threading.Thread(target=worker, args=(n, sema, done, changed))
        for n in range(10)
    ]
    for thread in threads:
        thread.start()

    sema.release()
    wait_for_count(done, changed, 1)
    time.sleep(0.2)  # give any wrongly woken worker time to show up
    print(f"after release(): {len(done)} worker finished")

    sema.release(9)
    wait_for_count(done, changed, 10)
    for thread in threads:
        thread.join(timeout=5)
    print(f"after release(9): {len(done)} workers finished")
    print(f"each worker exactly once: {sorted(done) == list(range(10))}")
    print(f"threads still alive: {sum(t.is_alive() for t in threads)}")


if __name__ == "__main__":
    main()
