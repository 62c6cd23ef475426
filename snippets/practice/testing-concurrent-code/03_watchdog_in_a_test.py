"""A hung test, ended by a faulthandler watchdog that names the culprit.

The parent writes a unittest file whose second test deadlocks, and runs
it in a fresh interpreter. The file arms
faulthandler.dump_traceback_later(0.5, exit=True) in setUp() and cancels
it in a cleanup. The first test finishes in time; the second does not, so
0.5 s later the watchdog writes every thread's stack to stderr and ends
the process with exit code 1. The parent prints what a CI log would show.
"""

import re
import subprocess
import sys

# test: output=exact

TESTS = """\
import faulthandler
import threading
import unittest

class TransferTests(unittest.TestCase):
    def setUp(self):
        faulthandler.dump_traceback_later(0.5, exit=True)
        self.addCleanup(faulthandler.cancel_dump_traceback_later)

    def test_a_one_lock(self):
        lock = threading.Lock()
        with lock:
            pass

    def test_b_lock_taken_twice(self):
        lock = threading.Lock()
        with lock:
            self.assertTrue(lock.acquire(timeout=10))  # waits for itself

unittest.main()
"""
FRAME = re.compile(r'^  File ".*test_transfer\.py", line \d+ in (\S+)$')


def main():
    with open("test_transfer.py", "w", encoding="utf-8") as tests:
        tests.write(TESTS)
    child = subprocess.run(
        [sys.executable, "test_transfer.py"],
        capture_output=True,
        text=True,
        timeout=20,
    )
    lines = child.stderr.splitlines()
    print(f"exit code: {child.returncode}")
    print(f"the first test passed: {lines[0].startswith('.')}")
    timeout_lines = [line for line in lines if "Timeout (" in line]
    print(f"watchdog line: {timeout_lines[0].lstrip('.')}")
    functions = [m[1] for m in map(FRAME.match, lines) if m]
    print("stuck in: " + " <- ".join(functions))
    print(f"the runner's summary was printed: {'Ran ' in child.stderr}")


if __name__ == "__main__":
    main()
