"""Timeouts: as_completed() raises, wait() reports, result() raises.

Two tasks wait on a gate that stays closed while the main thread tries
each way of waiting with a short timeout. The last part shows when the
clock of as_completed() starts: at the first next(), not at the call,
because as_completed() is a generator. Then the gate opens and every task
finishes, so nothing is left running.
"""

import threading
import time
from concurrent import futures

# test: output=exact


def main():
    gate = threading.Event()
    with futures.ThreadPoolExecutor(max_workers=2) as pool:
        fs = [pool.submit(gate.wait, 5) for _ in range(2)]

        try:
            for _ in futures.as_completed(fs, timeout=0.1):
                print("never reached")
        except futures.TimeoutError as exc:
            print(f"as_completed: {type(exc).__name__}: {exc}")

        done, not_done = futures.wait(fs, timeout=0.1)
        print(f"wait: no exception; {len(done)} done, {len(not_done)} pending")

        try:
            fs[0].result(timeout=0.1)
        except futures.TimeoutError as exc:
            print(f"result: {type(exc).__name__}, message {str(exc)!r}")

        print(f"still running after the timeouts: {fs[0].running()}")

        # Call as_completed(), pause longer than its timeout, then iterate.
        # Counted from the call, the 0.2 s would be over before next().
        iterator = futures.as_completed(fs, timeout=0.2)
        time.sleep(0.3)
        started = time.monotonic()
        try:
            next(iterator)
        except futures.TimeoutError:
            pass
        waited = time.monotonic() - started
        full_wait = waited >= 0.15
        print(
            "first next() after a 0.3 s pause still waited 0.2 s:", full_wait
        )

        gate.set()
        done, not_done = futures.wait(fs, timeout=5)
        print(f"after opening the gate: {len(done)} done")


if __name__ == "__main__":
    main()
