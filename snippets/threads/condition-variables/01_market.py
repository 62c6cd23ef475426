"""The article's market, bounded: two producers, five consumers, one Condition.

Producers add 100 items while the stock is at most 1000; consumers take 5
while it is at least 100. Each producer makes 10 deliveries and each
consumer makes 80 purchases, so the program ends, and the final stock is
500 + 2 * 10 * 100 - 5 * 80 * 5 = 500. The counts cannot deadlock: see the
page for why.
"""

import threading


class Market:
    def __init__(self, stock):
        self.cond = threading.Condition()
        self.stock = stock
        self.lowest = self.highest = stock


def producer(market, rounds, log):
    for _ in range(rounds):
        with market.cond:
            market.cond.wait_for(lambda: market.stock <= 1000, timeout=5)
            market.stock += 100
            market.highest = max(market.highest, market.stock)
            market.cond.notify_all()
    log.append(rounds * 100)


def consumer(market, rounds, log):
    for _ in range(rounds):
        with market.cond:
            while market.stock < 100:  # re-check after every wake-up
                if not market.cond.wait(timeout=5):
                    return
            market.stock -= 5
            market.lowest = min(market.lowest, market.stock)
            market.cond.notify_all()
    log.append(rounds * 5)


def main():
    market = Market(500)
    produced, consumed = [], []
    threads = [
        threading.Thread(target=producer, args=(market, 10, produced))
        for _ in range(2)
    ] + [
        threading.Thread(target=consumer, args=(market, 80, consumed))
        for _ in range(5)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)

    print(f"producers finished: {len(produced)}, produced: {sum(produced)}")
    print(f"consumers finished: {len(consumed)}, consumed: {sum(consumed)}")
    print(f"final stock: {market.stock}")
    within = 95 <= market.lowest <= market.highest <= 1100
    print(f"stock stayed within 95..1100: {within}")
    print(f"threads still alive: {sum(t.is_alive() for t in threads)}")


if __name__ == "__main__":
    main()
