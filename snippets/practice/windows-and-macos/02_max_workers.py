"""ProcessPoolExecutor's limit of 61 workers, which applies on Windows only.

The concurrent.futures documentation says that on Windows max_workers must
be at most 61, and that a larger value raises ValueError. The program asks
for 62 workers and reports what this platform did, and whether that is what
the documentation says for this platform. Creating the executor starts no
worker: workers start with the first task, and none is submitted.
"""

import sys
from concurrent.futures import ProcessPoolExecutor

WINDOWS_LIMIT = 61  # from the concurrent.futures documentation


def main():
    on_windows = sys.platform == "win32"
    print("running on Windows:", on_windows)
    try:
        pool = ProcessPoolExecutor(max_workers=WINDOWS_LIMIT + 1)
    except ValueError as exc:
        print("max_workers=62: ValueError:", exc)
        refused = True
    else:
        pool.shutdown()
        print("max_workers=62: accepted")
        refused = False
    print("as documented for this platform:", refused == on_windows)


if __name__ == "__main__":
    main()
