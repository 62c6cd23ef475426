"""Collect every result and every error; lose none.

An exception raised in a pool task is stored in its future. Nothing is
printed and nothing is raised until someone calls result() or
exception(): the unread failure at the end of this program leaves no
trace at all. So visit every future, and keep errors apart from results.
"""

from concurrent.futures import ThreadPoolExecutor, as_completed

# test: output=exact


def parse(text):
    return int(text)


def main():
    inputs = ["1", "2", "three", "4", "", "6"]
    results, errors = {}, {}
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {pool.submit(parse, text): text for text in inputs}
        for future in as_completed(futures, timeout=5):
            text = futures[future]
            exc = future.exception()
            if exc is None:
                results[text] = future.result()
            else:
                errors[text] = exc

    print(f"results: {sorted(results.values())}")
    for text, exc in sorted(errors.items()):
        print(f"error for {text!r}: {type(exc).__name__}: {exc}")
    print(f"every input accounted for: {len(results) + len(errors) == 6}")

    with ThreadPoolExecutor(max_workers=1) as pool:
        unread = pool.submit(parse, "oops")
    print(f"an unread failure, done: {unread.done()}, nothing was printed")


if __name__ == "__main__":
    main()
