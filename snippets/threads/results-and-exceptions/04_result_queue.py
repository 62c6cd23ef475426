"""Getting results and failures back through a queue.

Each worker puts one tuple on a queue.Queue when it is done: its input,
"ok" and the result, or "error" and the exception. The main thread takes
exactly as many tuples as it started workers, with a timeout on each
get(), so a worker that dies without reporting cannot hang it. Results
arrive in the order the workers finish, so the program sorts them.
"""

import queue
import threading

# test: output=exact


def parse(text, outcomes):
    try:
        outcomes.put((text, "ok", int(text)))
    except Exception as exc:
        outcomes.put((text, "error", exc))


def main():
    inputs = ["10", "x", "30", "4.5"]
    outcomes = queue.Queue()
    threads = [
        threading.Thread(target=parse, args=(text, outcomes))
        for text in inputs
    ]
    for thread in threads:
        thread.start()

    received = [outcomes.get(timeout=5) for _ in threads]
    for thread in threads:
        thread.join(timeout=5)

    for text, status, value in sorted(received, key=lambda r: r[0]):
        if status == "ok":
            print(f"{text!r}: ok: {value}")
        else:
            print(f"{text!r}: error: {type(value).__name__}")
    total = sum(v for _, status, v in received if status == "ok")
    print(f"sum of the good ones: {total}")


if __name__ == "__main__":
    main()
