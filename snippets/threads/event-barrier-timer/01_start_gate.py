"""A start gate: several workers wait on one Event and set() releases them all.

Four workers get ready, then block in gate.wait(). Nothing starts until the
main thread calls gate.set(); then all of them start at once. The Event stays
set, so a worker that arrives later does not wait at all.
"""

import threading
import time

# test: output=exact

WORKERS = 4


def worker(name, gate, ready, started):
    ready.set()
    if gate.wait(timeout=5):  # True: the gate was opened
        started[name] = time.perf_counter()


def main():
    gate = threading.Event()
    started = {}
    threads, readies = [], []
    for i in range(WORKERS):
        ready = threading.Event()
        name = f"worker-{i}"
        threads.append(
            threading.Thread(target=worker, args=(name, gate, ready, started))
        )
        readies.append(ready)
    for thread in threads:
        thread.start()
    for ready in readies:
        ready.wait(timeout=5)

    time.sleep(0.1)  # a gate that leaked would let workers through now
    print(f"started before the gate opened: {len(started)}")
    opened = time.perf_counter()
    gate.set()  # wakes every waiting thread
    for thread in threads:
        thread.join(timeout=5)

    print(f"started after set(): {sorted(started)}")
    prompt = all(t - opened < 2 for t in started.values())
    print(f"all within 2 s of set(): {prompt}")

    late = threading.Event()
    latecomer = threading.Thread(
        target=worker, args=("late", gate, late, started)
    )
    latecomer.start()
    latecomer.join(timeout=5)
    print(f"a latecomer passes straight through: {'late' in started}")


if __name__ == "__main__":
    main()
