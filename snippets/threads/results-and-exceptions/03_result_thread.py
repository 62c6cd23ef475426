"""A Thread subclass that keeps its function's result or exception.

ResultThread.run() stores what the target returned, or the exception it
raised, and join() hands it back to the caller: it returns the result,
or raises the worker's exception in the thread that called join(). The
exception is caught inside run(), so threading.excepthook never sees it
and nothing is printed to stderr.
"""

import threading

# test: output=exact


class ResultThread(threading.Thread):
    def __init__(self, func, *args):
        super().__init__()
        self._func = func
        self._args = args
        self.result = None
        self.error = None

    def run(self):
        try:
            self.result = self._func(*self._args)
        except BaseException as exc:  # hand every failure to join()
            self.error = exc

    def join(self, timeout=None):
        super().join(timeout)
        if self.is_alive():
            raise TimeoutError(f"{self.name} still running")
        if self.error is not None:
            raise self.error
        return self.result


def parse(text):
    return int(text)


def main():
    good = ResultThread(parse, "42")
    bad = ResultThread(parse, "forty-two")
    good.start()
    bad.start()

    print(f"good.join() returned: {good.join(timeout=5)!r}")
    try:
        bad.join(timeout=5)
    except ValueError as exc:
        print(f"bad.join() raised: {type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
