"""Two threads write lines through print() and through logging.

The stream here is a stand-in for a terminal or a file that makes the
worst case happen every time: after each write() call, it waits until the
other thread has written something too, as if a thread switch came at the
worst moment. After the first wait that runs out, it stops waiting. Its
patience is 5 s in the print() run, where no wait runs out, and half a
second in the logging run, where the first one does.

print() writes its text and its newline in two calls, so the other
thread's text lands in the middle of the line and no line comes out whole.
logging.StreamHandler writes each record in one call, while it holds the
handler's lock. The other thread cannot get in, the first wait runs out,
and every line is whole.
"""

import logging
import threading

# test: output=exact

LINES = 3  # per thread


class HandOffStream:
    """After each write(), waits for a write from the other thread."""

    def __init__(self, patience):
        self.pieces = []
        self._cond = threading.Condition()
        self._writers = 2  # threads that have not finished yet
        self._last = None  # the thread that wrote last
        self._patience = patience  # seconds; 0 after the first wait runs out

    def write(self, text):
        me = threading.get_ident()
        with self._cond:
            self.pieces.append(text)
            self._last = me
            self._cond.notify_all()
            other_wrote = self._cond.wait_for(
                lambda: self._last != me or self._writers < 2,
                timeout=self._patience,
            )
            if not other_wrote:
                self._patience = 0
        return len(text)

    def flush(self):
        pass

    def finished(self):
        with self._cond:
            self._writers -= 1
            self._cond.notify_all()

    def whole_lines(self):
        lines = "".join(self.pieces).splitlines()
        return sum(line in EXPECTED for line in lines)


EXPECTED = {f"{name} line {n}" for name in "AB" for n in range(LINES)}


def with_print(name, stream):
    for n in range(LINES):
        print(f"{name} line {n}", file=stream)
    stream.finished()


def with_logging(name, stream):
    logger = logging.getLogger("demo")
    for n in range(LINES):
        logger.info("%s line %d", name, n)
    stream.finished()


def run(target, stream):
    threads = [
        threading.Thread(target=target, args=(name, stream)) for name in "AB"
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)


def main():
    stream = HandOffStream(patience=5)
    run(with_print, stream)
    whole = stream.whole_lines()
    print(f"print: {whole} of {len(EXPECTED)} lines whole")

    stream = HandOffStream(patience=0.5)
    handler = logging.StreamHandler(stream)  # its format is "%(message)s"
    logger = logging.getLogger("demo")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(handler)
    run(with_logging, stream)
    whole = stream.whole_lines()
    print(f"logging: {whole} of {len(EXPECTED)} lines whole")
    print(f"logging: writes per line: {len(stream.pieces) // len(EXPECTED)}")


if __name__ == "__main__":
    main()
