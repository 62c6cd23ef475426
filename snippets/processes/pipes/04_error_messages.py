"""The errors a Connection raises, each caught and printed.

One process is enough: both ends of a pipe live in it. The texts are the
same on every Python from 3.9 to 3.15.
"""

import multiprocessing


def attempt(label, action):
    try:
        action()
    except Exception as e:
        message = f": {e}" if str(e) else " (no message)"
        print(f"{label}: {type(e).__name__}{message}")
    else:
        print(f"{label}: no error")


def main():
    a, b = multiprocessing.Pipe()
    a.close()
    attempt("recv() on a closed connection", a.recv)
    attempt("recv() after the peer closed", b.recv)
    attempt("send() after the peer closed", lambda: b.send("hello"))
    b.close()

    reader, writer = multiprocessing.Pipe(duplex=False)
    attempt("send() on the reading end", lambda: reader.send("hello"))
    attempt("recv() on the writing end", writer.recv)
    reader.close()
    writer.close()


if __name__ == "__main__":
    main()
