"""The article's market, bounded: two producers, five consumers, one Condition.

Producers add 100 items while the stock is at most 1000; consumers take 5
while it is at least 100. Each producer makes 10 deliveries and each
consumer makes 80 purchases, so the program ends, and the final stock is
500 + 2 * 10 * 100 - 5 * 80 * 5 = 500. The counts cannot deadlock: see the
page for why. Every wait has a timeout, and a thread checks what the wait
returned: after a timeout the stock may still forbid the change, so the
thread stops instead of changing the stock anyway.
"""

import threading


class Market:
    def __init__(self, stock):
        self.cond = threading.Condition()
        self.stock = stock
        self.lowest = self.highest = stock

    def has_room(self):
        return self.stock <= 1000


def producer(market, rounds, delivered):
    done = 0
    for _ in range(rounds):
        with market.cond:
            # wait_for() returns the predicate's last value. False means the
            # time ran out and the stock is still above 1000: add nothing.
            if not market.cond.wait_for(market.has_room, timeout=5):
                break
            market.stock += 100
            market.highest = max(market.highest, market.stock)
            market.cond.notify_all()
        done += 1
    delivered.append(done)


def consumer(market, rounds, bought):
    done = 0
    for _ in range(rounds):
        with market.cond:
            while market.stock < 100:  # re-check after every wake-up
                if not market.cond.wait(timeout=5):
                    break  # timed out: decide from the stock, below
            if market.stock < 100:
                break  # still too little stock: take nothing
            market.stock -= 5
            market.lowest = min(market.lowest, market.stock)
            market.cond.notify_all()
        done += 1
    bought.append(done)


def main():
    market = Market(500)
    delivered, bought = [], []  # rounds completed, one entry per thread
    threads = [
        threading.Thread(target=producer, args=(market, 10, delivered))
        for _ in range(2)
    ] + [
        threading.Thread(target=consumer, args=(market, 80, bought))
        for _ in range(5)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)

    finished = sum(done == 10 for done in delivered)
    print(f"producers finished: {finished}, produced: {sum(delivered) * 100}")
    finished = sum(done == 80 for done in bought)
    print(f"consumers finished: {finished}, consumed: {sum(bought) * 5}")
    print(f"final stock: {market.stock}")
    within = 95 <= market.lowest <= market.highest <= 1100
    print(f"stock stayed within 95..1100: {within}")
    print(f"threads still alive: {sum(t.is_alive() for t in threads)}")


if __name__ == "__main__":
    main()
