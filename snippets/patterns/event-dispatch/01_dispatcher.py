"""One dispatcher thread delivers each message to the handlers for its type.

Messages are small frozen dataclasses. The dispatcher keeps a table, a dict
from message type to a list of handlers, and one thread that takes messages
off a queue.Queue in order and calls every handler registered for the
message's type. A handler that raises is reported and skipped; the other
handlers and the later messages still run. A message type with no handler
is reported too.

All handlers run in the dispatcher's thread, one after another, so the
totals they keep need no lock. The shop thread that publishes messages only
puts them on the queue. stop() puts a sentinel behind everything already
published and waits for the thread to reach it.
"""

import queue
import threading
from dataclasses import dataclass

# test: output=exact


@dataclass(frozen=True)
class OrderPlaced:
    order_id: int
    amount: int


@dataclass(frozen=True)
class OrderCancelled:
    order_id: int


@dataclass(frozen=True)
class StockCounted:
    item: str


STOP = object()


class Dispatcher:
    def __init__(self):
        self._handlers = {}  # message type -> list of callables
        self._queue = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="dispatcher")

    def subscribe(self, message_type, handler):
        """Register before start(): then only one thread reads the table."""
        self._handlers.setdefault(message_type, []).append(handler)

    def start(self):
        self._thread.start()

    def publish(self, message):
        """Safe from any thread: it only puts the message on the queue."""
        self._queue.put(message)

    def stop(self):
        self._queue.put(STOP)
        self._thread.join(timeout=5)
        return not self._thread.is_alive()

    def _run(self):
        while True:
            message = self._queue.get(timeout=10)  # safety net for the demo
            if message is STOP:
                return
            handlers = self._handlers.get(type(message))
            if not handlers:
                print(f"dispatcher: no handler for {message}")
            for handler in handlers or ():
                try:
                    handler(message)
                except Exception as exc:
                    print(f"dispatcher: {handler.__name__} failed: {exc!r}")


class Ledger:
    """Handlers with state. Only the dispatcher's thread calls them."""

    def __init__(self):
        self.open = {}

    def on_placed(self, message):
        if message.amount <= 0:
            raise ValueError(f"amount {message.amount}")
        self.open[message.order_id] = message.amount

    def on_cancelled(self, message):
        del self.open[message.order_id]


def announce(message):
    print(f"announce: {message}")


def shop(dispatcher):
    dispatcher.publish(OrderPlaced(1, 30))
    dispatcher.publish(OrderPlaced(2, 0))
    dispatcher.publish(OrderPlaced(3, 12))
    dispatcher.publish(OrderCancelled(1))
    dispatcher.publish(OrderCancelled(7))
    dispatcher.publish(StockCounted("tea"))


def main():
    ledger = Ledger()
    dispatcher = Dispatcher()
    dispatcher.subscribe(OrderPlaced, ledger.on_placed)
    dispatcher.subscribe(OrderPlaced, announce)
    dispatcher.subscribe(OrderCancelled, ledger.on_cancelled)
    dispatcher.subscribe(OrderCancelled, announce)
    dispatcher.start()

    publisher = threading.Thread(target=shop, args=(dispatcher,))
    publisher.start()
    publisher.join(timeout=5)

    print(f"main: dispatcher stopped: {dispatcher.stop()}")
    print(f"main: open orders: {ledger.open}")


if __name__ == "__main__":
    main()
