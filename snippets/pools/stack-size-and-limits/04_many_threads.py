"""Two hundred threads at once, all waiting, then all released.

Idle threads cost little: each one mostly holds address space reserved
for its stack. The program starts 200 threads that wait on one Event,
counts them, releases them and joins every one of them.
"""

import threading

# test: output=exact

COUNT = 200


def wait_for(gate, arrived):
    arrived.release()
    gate.wait(timeout=30)  # the first thread waits while 199 more start


def main():
    gate = threading.Event()
    arrived = threading.Semaphore(0)
    threads = [
        threading.Thread(target=wait_for, args=(gate, arrived))
        for _ in range(COUNT)
    ]
    for thread in threads:
        thread.start()
    ready = all(arrived.acquire(timeout=5) for _ in range(COUNT))
    print(f"all {COUNT} threads waiting: {ready}")
    print(f"threads in the process: {threading.active_count()}")

    gate.set()
    for thread in threads:
        thread.join(timeout=5)
    print(f"any still alive: {any(t.is_alive() for t in threads)}")
    print(f"threads in the process: {threading.active_count()}")


if __name__ == "__main__":
    main()
