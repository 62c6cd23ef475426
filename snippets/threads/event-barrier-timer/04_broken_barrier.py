"""A Barrier that cannot fill up breaks: every waiter gets BrokenBarrierError.

The barrier expects three threads but only two arrive. When the timeout runs
out, the barrier breaks: both waiting threads get BrokenBarrierError instead
of hanging. abort() breaks a barrier on purpose; reset() makes it usable again.
"""

import threading

# test: output=exact


def arrive(name, barrier, outcome, timeout):
    try:
        barrier.wait(timeout)  # None: the barrier's default timeout
        outcome[name] = "passed"
    except threading.BrokenBarrierError as exc:
        outcome[name] = type(exc).__name__


def run(barrier, count, abort=False, timeout=None):
    outcome = {}
    threads = [
        threading.Thread(
            target=arrive, args=(f"worker-{i}", barrier, outcome, timeout)
        )
        for i in range(count)
    ]
    for thread in threads:
        thread.start()
    if abort:
        for _ in range(500):  # let them reach wait() first (at most 5 s)
            if barrier.n_waiting == count:
                break
            threading.Event().wait(0.01)
        barrier.abort()
    for thread in threads:
        thread.join(timeout=5)
    return dict(sorted(outcome.items()))


def main():
    barrier = threading.Barrier(3, timeout=0.2)
    print(f"two of three arrive: {run(barrier, 2)}")
    print(f"broken: {barrier.broken}")
    print(f"a third thread arriving now: {run(barrier, 1)}")

    barrier.reset()
    print(f"after reset(), broken: {barrier.broken}")
    # This round must pass: a 5 s timeout for this wait() instead of the
    # barrier's 0.2 s lets a thread that starts late still arrive in time.
    print(f"three of three arrive: {run(barrier, 3, timeout=5)}")

    patient = threading.Barrier(3, timeout=5)
    print(f"two wait, then abort(): {run(patient, 2, abort=True)}")


if __name__ == "__main__":
    main()
