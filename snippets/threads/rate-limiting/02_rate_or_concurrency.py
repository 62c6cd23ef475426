"""A semaphore caps calls in progress; a token bucket caps calls per second.

Eight threads call a slow service for half a second, three times: behind
a BoundedSemaphore(2), behind a TokenBucket(20 per second, burst 2), and
behind both. A Meter counts the calls and the most that ran at once. The
semaphore keeps at most 2 calls in progress but lets through far more
than 20 calls per second; the bucket holds the rate to 20 per second but
lets as many calls overlap as arrive; together they do both. All 24
threads wait at a start gate, and the half second begins when it opens.
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


class Meter:
    """Count the calls, and the most calls in progress at the same time."""

    def __init__(self):
        self._lock = threading.Lock()
        self.calls = 0
        self.running = 0
        self.most_running = 0

    def enter(self):
        with self._lock:
            self.calls += 1
            self.running += 1
            self.most_running = max(self.most_running, self.running)

    def leave(self):
        with self._lock:
            self.running -= 1


RATE = 20  # tokens per second
BURST = 2
LIMIT = 2  # calls in progress at once
WINDOW = 0.5  # seconds
THREADS = 8


class StartGate:
    """Hold the callers until open(), then give them all one deadline."""

    def __init__(self, seconds):
        self._seconds = seconds
        self._opened = threading.Event()
        self._deadline = None

    def open(self):
        self._deadline = time.monotonic() + self._seconds
        self._opened.set()

    def wait(self):
        """Wait until open() (at most 5 s); return the shared deadline."""
        self._opened.wait(timeout=5)
        return self._deadline  # None if the gate never opened


def caller(gate, meter, duration, semaphore, bucket):
    deadline = gate.wait()
    if deadline is None:
        return
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return
        if semaphore is not None and not semaphore.acquire(timeout=left):
            return
        try:
            left = deadline - time.monotonic()
            if bucket is not None and not (
                left > 0 and bucket.acquire(timeout=left)
            ):
                return
            if time.monotonic() > deadline:
                return  # woken late: the call would start after the window
            meter.enter()
            time.sleep(duration)  # the call to the rate-limited service
            meter.leave()
        finally:
            if semaphore is not None:
                semaphore.release()


def start(gate, duration, semaphore=None, bucket=None):
    """Start THREADS callers; return their Meter and the threads."""
    meter = Meter()
    args = (gate, meter, duration, semaphore, bucket)
    threads = [
        threading.Thread(target=caller, args=args) for _ in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    return meter, threads


def main():
    most_calls = BURST + int(RATE * WINDOW)  # what the bucket allows: 12
    # The three set-ups run side by side, each with its own limiters. Their
    # half second begins once all 24 threads are started, so that threads
    # slow to start on a busy machine do not miss part of it.
    gate = StartGate(WINDOW)
    # Short calls: the semaphore alone lets many through each second.
    sem_only, threads_1 = start(
        gate, 0.01, semaphore=threading.BoundedSemaphore(LIMIT)
    )
    # Long calls: the bucket alone lets them pile up.
    bucket_only, threads_2 = start(gate, 0.3, bucket=TokenBucket(RATE, BURST))
    # Both: the semaphore first, then a token, then the call.
    both, threads_3 = start(
        gate,
        0.05,
        semaphore=threading.BoundedSemaphore(LIMIT),
        bucket=TokenBucket(RATE, BURST),
    )
    gate.open()
    for thread in threads_1 + threads_2 + threads_3:
        thread.join(timeout=5)

    sem_ok = sem_only.most_running <= LIMIT
    print(f"semaphore: at most {LIMIT} at once: {sem_ok}")
    print(f"semaphore: over {most_calls} calls: {sem_only.calls > most_calls}")
    piled_up = bucket_only.most_running > LIMIT
    print(f"bucket: more than {LIMIT} at once: {piled_up}")
    capped = bucket_only.calls <= most_calls
    print(f"bucket: at most {most_calls} calls: {capped}")
    print(f"both: at most {LIMIT} at once: {both.most_running <= LIMIT}")
    # A bound, not a count: how many calls fit in the half second also
    # depends on how busy the machine is.
    print(f"both: at most {most_calls} calls: {both.calls <= most_calls}")


if __name__ == "__main__":
    main()
