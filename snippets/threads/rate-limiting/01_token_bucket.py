"""A thread-safe token bucket: at most `rate` calls per second, after a burst.

The bucket holds up to `burst` tokens and gains `rate` tokens per second.
Each call takes one token first, waiting if there is none. Four threads
share one bucket of 20 tokens per second with a burst of 2 and call as
fast as it lets them for half a second. The first two calls go through at
once; after that, calls are spaced 1/20 s apart, however many threads try.
Each call notes when it asked for its token and when it got it, so the
first two checks are bounds that a slow thread cannot break. The last
needs the two burst calls to get their tokens within 1/20 s of the first
request; they take them straight away.
"""

import threading
import time

# test: output=exact


class TokenBucket:
    """Allow `rate` acquisitions per second on average, `burst` at once."""

    def __init__(self, rate, burst):
        self.rate = rate
        self.burst = burst
        self._tokens = burst  # start full: a burst is allowed at once
        self._updated = time.monotonic()
        self._lock = threading.Lock()

    def _refill(self, now):
        gained = (now - self._updated) * self.rate
        self._tokens = min(self.burst, self._tokens + gained)
        self._updated = now

    def acquire(self, timeout):
        """Take one token; return False if none came within `timeout` s."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                now = time.monotonic()
                self._refill(now)
                if self._tokens >= 1:
                    self._tokens -= 1
                    return True
                # The time until the next whole token arrives.
                wait = (1 - self._tokens) / self.rate
            if now + wait > deadline:
                return False
            time.sleep(wait)  # sleep without holding the lock


RATE = 20  # tokens per second
BURST = 2
WINDOW = 0.5  # seconds


def caller(bucket, deadline, granted, lock):
    while True:
        asked = time.monotonic()
        left = deadline - asked
        if left <= 0 or not bucket.acquire(timeout=left):
            return
        got = time.monotonic()
        with lock:
            granted.append((asked, got))


def main():
    bucket = TokenBucket(RATE, BURST)
    start = time.monotonic()
    deadline = start + WINDOW
    granted, lock = [], threading.Lock()
    threads = [
        threading.Thread(target=caller, args=(bucket, deadline, granted, lock))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)

    most = BURST + int(RATE * WINDOW)  # 12: the burst plus 0.5 s of refill
    print(f"calls allowed in {WINDOW} s at most: {most}")
    # A token taken after the deadline (by a thread that was already
    # waiting) does not count: it is outside the half second.
    made = sum(1 for asked, got in granted if got <= deadline)
    print(f"calls made: at most {most}: {made <= most}")
    print(f"calls made: more than the burst of {BURST}: {made > BURST}")
    # The next token needs 1/RATE s to grow, counted from the first grant,
    # which came after the first call asked. So only the burst can have
    # its token before that time.
    first = min(asked for asked, got in granted)
    burst = sum(1 for asked, got in granted if got < first + 1 / RATE)
    print(f"calls made at once, before any refill: {burst}")


if __name__ == "__main__":
    main()
