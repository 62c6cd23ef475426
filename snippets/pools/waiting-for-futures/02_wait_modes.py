"""wait() with FIRST_COMPLETED, FIRST_EXCEPTION and ALL_COMPLETED.

wait() returns two sets, done and not_done, as soon as its condition
holds or its timeout runs out. It never raises: a failed task lands in
the done set with its exception stored inside. Tasks marked "held" wait
on a gate that opens only after wait() has returned.
"""

import threading
import time
from concurrent.futures import (
    ALL_COMPLETED,
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ThreadPoolExecutor,
    wait,
)

# test: output=exact


def task(name, gate=None, delay=0.0, fail=False):
    if gate is not None:
        gate.wait(timeout=5)  # held until the demo opens the gate
    time.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name


def demo(pool, title, specs, **how):
    """Submit (name, held, delay, fail) tasks and wait() as told."""
    print(f"{title}:")
    gate = threading.Event()
    labels = {}
    for name, held, delay, fail in specs:
        future = pool.submit(task, name, gate if held else None, delay, fail)
        labels[future] = name
    done, not_done = wait(labels, **how)
    print(f"  done={sorted(map(labels.get, done))}")
    print(f"  not_done={sorted(map(labels.get, not_done))}")
    for future in sorted(done, key=labels.get):
        print(f"  {labels[future]}: exception()={future.exception()!r}")
    gate.set()  # let the held tasks finish before the next demo
    wait(not_done, timeout=5)


def main():
    with ThreadPoolExecutor(max_workers=3) as pool:
        demo(
            pool,
            "FIRST_COMPLETED",
            [
                ("a", True, 0, False),
                ("b", False, 0, False),
                ("c", True, 0, False),
            ],
            return_when=FIRST_COMPLETED,
            timeout=5,
        )
        demo(
            pool,
            "FIRST_EXCEPTION",
            [
                ("a", False, 0, False),
                ("b", False, 0.5, True),
                ("c", True, 0, False),
            ],
            return_when=FIRST_EXCEPTION,
            timeout=5,
        )
        demo(
            pool,
            "FIRST_EXCEPTION when nothing fails",
            [("a", False, 0, False), ("b", False, 0.05, False)],
            return_when=FIRST_EXCEPTION,
            timeout=5,
        )
        demo(
            pool,
            "ALL_COMPLETED, timeout=0.5",
            [("a", False, 0, False), ("b", True, 0, False)],
            return_when=ALL_COMPLETED,
            timeout=0.5,
        )


if __name__ == "__main__":
    main()
