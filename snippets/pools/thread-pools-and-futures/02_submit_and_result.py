"""Submit two downloads to a pool and collect their results.

This is the article's fetch_url example without the network: fetch()
sleeps for 0.5 s instead of downloading a page. Both calls run at the
same time, so collecting both results takes about 0.5 s; one after the
other, they could not take less than 1.0 s. A failing fetch does not stop
the other one; its exception comes out of result() in the thread that
asks for it.
"""

import time
from concurrent.futures import ThreadPoolExecutor

# test: output=exact

PAGES = {
    "python.org": b"<html>Python</html>",
    "pypy.org": b"<html>PyPy</html>",
}


def fetch(host):
    """Pretend to download a page: wait, then return its bytes."""
    time.sleep(0.5)
    if host not in PAGES:
        raise LookupError(f"no such host: {host}")
    return PAGES[host]


def main():
    with ThreadPoolExecutor(max_workers=10) as pool:
        started = time.monotonic()
        a = pool.submit(fetch, "python.org")
        b = pool.submit(fetch, "pypy.org")
        print(f"a is a {type(a).__name__}, done yet: {a.done()}")

        x = a.result(timeout=5)  # blocks this thread only
        y = b.result(timeout=5)
        elapsed = time.monotonic() - started
        print(f"x = {x!r}")
        print(f"y = {y!r}")
        print(f"both in under 1.0 s (ran together): {elapsed < 1.0}")

        c = pool.submit(fetch, "example.invalid")
        try:
            c.result(timeout=5)
        except LookupError as exc:
            print(f"c.result() raised {type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
