"""Two threads take two locks in opposite orders: a deadlock, seen by timeouts.

Thread "a-then-b" holds lock A and wants B; thread "b-then-a" holds B and
wants A. Neither can go on. With a plain acquire() both would wait forever;
here each asks with a timeout, so the program sees the deadlock and ends.
A barrier makes sure both hold their first lock before asking for the second,
so the deadlock happens on every run.
"""

import threading

# test: output=exact


def transfer(first, second, both_hold_first, results, name):
    with first:
        both_hold_first.wait(timeout=5)
        got = second.acquire(timeout=0.2)
        if got:
            second.release()
        results[name] = got
        both_hold_first.wait(timeout=5)  # keep `first` until both have tried


def main():
    lock_a, lock_b = threading.Lock(), threading.Lock()
    barrier = threading.Barrier(2)
    results = {}
    threads = [
        threading.Thread(
            target=transfer,
            args=(lock_a, lock_b, barrier, results, "a-then-b"),
        ),
        threading.Thread(
            target=transfer,
            args=(lock_b, lock_a, barrier, results, "b-then-a"),
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)

    for name in sorted(results):
        print(f"{name}: got its second lock: {results[name]}")
    print(f"deadlock detected: {not any(results.values())}")


if __name__ == "__main__":
    main()
