"""Signal handlers belong to the main thread.

Only the main thread may install a handler: signal.signal() called from
another thread raises ValueError. Whichever thread the operating system
interrupts, Python runs the handler in the main thread. And which thread
that is matters for a main thread blocked in a wait:

- os.kill(os.getpid(), SIGINT) signals the process; on Linux the main
  thread takes it, its wait is interrupted and KeyboardInterrupt is
  raised at once;
- signal.raise_signal(SIGINT) signals the thread that calls it. From a
  worker thread, the main thread's wait runs to its end first.
"""

import os
import signal
import threading
import time

# test: output=exact


def install_from_thread():
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError as exc:
        print(f"worker thread: ValueError: {exc}")


def interrupt_wait(send):
    ran_in = []

    def handler(signum, frame):
        ran_in.append(threading.current_thread().name)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, handler)
    timer = threading.Timer(0.1, send)
    start = time.monotonic()
    timer.start()
    try:
        threading.Event().wait(timeout=1.5)  # the main thread blocks here
    except KeyboardInterrupt:
        pass
    elapsed = time.monotonic() - start
    timer.join(timeout=5)
    signal.signal(signal.SIGINT, previous)
    return ran_in, elapsed < 1.0  # well before the 1.5 s timeout


def main():
    thread = threading.Thread(target=install_from_thread)
    thread.start()
    thread.join(timeout=5)

    def kill():
        os.kill(os.getpid(), signal.SIGINT)

    def raise_here():
        signal.raise_signal(signal.SIGINT)

    for name, send in [("os.kill", kill), ("raise_signal", raise_here)]:
        ran_in, prompt = interrupt_wait(send)
        print(f"{name} from a timer thread:")
        print(f"  handler ran in: {', '.join(ran_in)}")
        print(f"  wait interrupted at once: {prompt}")


if __name__ == "__main__":
    main()
