"""A BoundedSemaphore lets at most three of eight threads in at once.

Each worker takes a slot with acquire(timeout=...), gives it back in a
finally block, and records how many workers are inside the guarded block.
To make the demonstration independent of timing, the first workers inside
wait (with a timeout) until the block has been full once; after that,
nobody waits. The semaphore guarantees the upper bound; the wait makes sure
the bound is actually reached.
"""

import threading
import time


class Room:
    def __init__(self, slots):
        self.slots = threading.BoundedSemaphore(slots)
        self.lock = threading.Condition()
        self.inside = 0
        self.most_inside = 0
        self.visits = 0


def worker(room, capacity):
    # `with room.slots:` would wait for a slot with no time limit. The
    # explicit form can give up, and then it must not use the resource.
    if not room.slots.acquire(timeout=5):
        return
    try:
        with room.lock:
            room.inside += 1
            room.most_inside = max(room.most_inside, room.inside)
            room.visits += 1
            room.lock.notify_all()
            room.lock.wait_for(lambda: room.most_inside >= capacity, timeout=2)
        time.sleep(0.01)  # use the resource
        with room.lock:
            room.inside -= 1
    finally:
        room.slots.release()  # runs however the block ends


def main():
    capacity = 3
    room = Room(capacity)
    threads = [
        threading.Thread(target=worker, args=(room, capacity))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)

    print(f"workers that used the resource: {room.visits}")
    print(f"most workers inside at once: {room.most_inside}")
    print(f"inside now: {room.inside}")


if __name__ == "__main__":
    main()
