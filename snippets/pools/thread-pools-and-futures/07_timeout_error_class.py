"""Which TimeoutError does Future.result(timeout=...) raise?

From Python 3.11, concurrent.futures.TimeoutError is the built-in
TimeoutError. On 3.9 and 3.10 it is a separate class, so an
"except TimeoutError:" clause does not catch it there.
"""

import sys
import threading
from concurrent import futures

# test: output=exact


def main():
    gate = threading.Event()
    with futures.ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(gate.wait, 5)
        try:
            future.result(timeout=0.05)
        except futures.TimeoutError as exc:
            name = type(exc).__name__
            print(f"caught by 'except futures.TimeoutError': {name}")
            builtin = isinstance(exc, TimeoutError)
            print(f"is the built-in TimeoutError: {builtin}")
        gate.set()
    print(f"Python 3.11 or newer: {sys.version_info >= (3, 11)}")
    same = futures.TimeoutError is TimeoutError
    print(f"futures.TimeoutError is TimeoutError: {same}")


if __name__ == "__main__":
    main()
