"""What a child process sees of the parent's module state, per start method.

CONFIG is set when the module is imported and changed again in main(). A
fork child is a copy of the parent, so it sees the change. spawn and
forkserver children import the module afresh, under the name __mp_main__,
and see only what the import set.
"""

# test: start-method=spawn timeout=30

import multiprocessing

CONFIG = "set at import"


def report(_):
    return __name__, CONFIG


def main():
    global CONFIG
    CONFIG = "changed in main()"
    for method in ("fork", "spawn", "forkserver"):
        ctx = multiprocessing.get_context(method)
        with ctx.Pool(1) as pool:
            module, config = pool.map(report, [0])[0]
            pool.close()
            pool.join()
        print(f"{method}: module {module!r}, CONFIG {config!r}")


if __name__ == "__main__":
    main()
