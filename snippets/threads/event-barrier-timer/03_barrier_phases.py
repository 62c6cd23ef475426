"""A Barrier splits work into phases: phase 2 waits until phase 1 is done.

Three workers each square a part of the input (phase 1), then each needs
every part to compute its share of the total (phase 2). barrier.wait() holds
each worker until all three have arrived. The barrier's action runs once,
in one of the threads, just before they are released.
"""

import threading

# test: output=exact

WORKERS = 3


def worker(i, data, parts, shares, barrier, indexes):
    parts[i] = [x * x for x in data[i::WORKERS]]  # phase 1
    indexes.append(barrier.wait(timeout=5))  # 0, 1 or 2: one per thread
    total = sum(sum(part) for part in parts)  # phase 2 needs every part
    shares[i] = round(sum(parts[i]) / total, 2)


def main():
    data = list(range(1, 13))
    parts = [None] * WORKERS
    shares = [None] * WORKERS
    indexes = []
    barrier = threading.Barrier(
        WORKERS, action=lambda: print("action: phase 1 complete")
    )
    threads = [
        threading.Thread(
            target=worker, args=(i, data, parts, shares, barrier, indexes)
        )
        for i in range(WORKERS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)

    print(f"wait() returned: {sorted(indexes)}")
    print(f"parts: {parts}")
    print(f"shares of the total: {shares}")
    reusable = barrier.n_waiting == 0 and not barrier.broken
    print(f"barrier ready for the next round: {reusable}")


if __name__ == "__main__":
    main()
