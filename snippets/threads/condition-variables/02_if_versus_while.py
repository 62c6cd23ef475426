"""Why wait() belongs in a while loop.

Two consumers wait for an item; one item arrives and notify_all() wakes
both. Only one can have it. A consumer that checked with `if` carries on
after waking and finds the list empty; a consumer that checks with `while`
goes back to waiting and takes the next item.
"""

import threading


class Shelf:
    def __init__(self):
        self.lock = threading.Lock()
        self.has_items = threading.Condition(self.lock)
        self.progress = threading.Condition(self.lock)  # same lock
        self.items = []
        self.waiting = 0
        self.taken = []
        self.errors = []


def consumer_with_if(shelf):
    with shelf.has_items:
        if not shelf.items:
            shelf.waiting += 1
            shelf.progress.notify()
            shelf.has_items.wait(timeout=5)
        try:
            shelf.taken.append(shelf.items.pop())
        except IndexError as exc:
            shelf.errors.append(f"{type(exc).__name__}: {exc}")
        shelf.progress.notify()


def consumer_with_while(shelf):
    with shelf.has_items:
        while not shelf.items:
            shelf.waiting += 1
            shelf.progress.notify()
            if not shelf.has_items.wait(timeout=5):
                return
        shelf.taken.append(shelf.items.pop())
        shelf.progress.notify()


def run(consumer):
    shelf = Shelf()
    threads = [
        threading.Thread(target=consumer, args=(shelf,)) for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    with shelf.lock:
        # Both consumers are inside wait() once both have counted themselves:
        # they held the lock from the count until wait() released it.
        if not shelf.progress.wait_for(lambda: shelf.waiting >= 2, timeout=5):
            raise RuntimeError("the consumers did not start waiting")
        shelf.items.append("item 1")
        shelf.has_items.notify_all()
        # Wait until both consumers have reacted to that one item: both have
        # finished (if), or one took it and the other is waiting again (while).
        reacted = shelf.progress.wait_for(
            lambda: (
                len(shelf.taken) + len(shelf.errors) == 2 or shelf.waiting >= 3
            ),
            timeout=5,
        )
        if not reacted:
            raise RuntimeError("the consumers did not react to item 1")
        shelf.items.append("item 2")
        shelf.has_items.notify_all()
    for thread in threads:
        thread.join(timeout=5)
    return shelf


def main():
    for consumer in (consumer_with_if, consumer_with_while):
        shelf = run(consumer)
        print(f"{consumer.__name__}:")
        print(f"  items taken: {sorted(shelf.taken)}")
        print(f"  errors: {shelf.errors}")
        print(f"  left on the shelf: {shelf.items}")


if __name__ == "__main__":
    main()
