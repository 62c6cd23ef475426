"""A small unittest suite for threaded code that cannot hang and never sleeps.

Each test starts threads and waits for them only through calls that take a
timeout, and checks what those calls return: a False from Event.wait() is
a failure with a message, not a hang. A Barrier releases all workers at
once instead of a sleep that hopes they have started. setUp() arms a
faulthandler watchdog that would print every thread's stack and end the
process if a test still hung, and one test shrinks the switch interval so
threads are interrupted more often. The suite runs with unittest.main(
exit=False) and a runner that writes to a StringIO; the program prints
the result.
"""

import faulthandler
import io
import queue
import sys
import threading
import unittest

# test: output=exact

WAIT = 5  # seconds: far longer than any wait takes when the code works


class Counter:
    def __init__(self):
        self._lock = threading.Lock()
        self.value = 0

    def add(self, n):
        with self._lock:
            self.value += n


class ThreadTests(unittest.TestCase):
    def setUp(self):
        # If a test hangs, dump every thread's stack and exit the process.
        faulthandler.dump_traceback_later(10 * WAIT, exit=True)
        self.addCleanup(faulthandler.cancel_dump_traceback_later)

    def start(self, target, *args):
        thread = threading.Thread(target=target, args=args)
        thread.start()
        self.addCleanup(thread.join, WAIT)
        return thread

    def test_worker_reports_ready(self):
        ready = threading.Event()
        self.start(ready.set)
        self.assertTrue(ready.wait(WAIT), "worker never became ready")

    def test_barrier_releases_all_workers_together(self):
        barrier = threading.Barrier(4)
        passed = queue.Queue()

        def worker(n):
            barrier.wait(WAIT)
            passed.put(n)

        for n in range(3):
            self.start(worker, n)
        barrier.wait(WAIT)  # the test is the fourth party
        got = sorted(passed.get(timeout=WAIT) for _ in range(3))
        self.assertEqual(got, [0, 1, 2])

    def test_counter_with_frequent_switches(self):
        old = sys.getswitchinterval()
        sys.setswitchinterval(1e-6)
        self.addCleanup(sys.setswitchinterval, old)
        counter, go = Counter(), threading.Event()

        def worker():
            go.wait(WAIT)
            for _ in range(2000):
                counter.add(1)

        threads = [self.start(worker) for _ in range(4)]
        go.set()
        for thread in threads:
            thread.join(WAIT)
            self.assertFalse(thread.is_alive(), "worker did not finish")
        self.assertEqual(counter.value, 8000)

    def test_failure_is_reported_not_hung(self):
        never = threading.Event()
        with self.assertRaises(AssertionError):
            self.assertTrue(never.wait(0.05), "nobody set the event")


def main():
    stream = io.StringIO()
    program = unittest.main(
        argv=["01_unittest_suite"],
        exit=False,
        testRunner=unittest.TextTestRunner(stream=stream, verbosity=0),
    )
    result = program.result
    print(f"ran {result.testsRun} tests")
    print(f"failures: {len(result.failures)}, errors: {len(result.errors)}")
    print(f"successful: {result.wasSuccessful()}")
    print(f"last line the runner wrote: {stream.getvalue().split()[-1]}")


if __name__ == "__main__":
    main()
