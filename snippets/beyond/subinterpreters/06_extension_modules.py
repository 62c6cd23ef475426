"""Some extension modules refuse to load in a subinterpreter (3.14+).

An extension module written in C must declare that it supports several
interpreters. One that does not raises ImportError when a subinterpreter
imports it. faulthandler, a module built into CPython, is one of them on
the releases tested here; json loads fine.
"""

import sys

# test: output=exact requires=3.14


def main():
    if sys.version_info < (3, 14):
        sys.exit(
            "This example needs Python 3.14 or newer"
            " (concurrent.interpreters)."
        )
    from concurrent import interpreters

    interp = interpreters.create()
    try:
        for name in ["json", "faulthandler"]:
            try:
                interp.exec(f"import {name}")
            except interpreters.ExecutionFailed as exc:
                error = exc.excinfo
                print(f"import {name}: {error.type.__name__}: {error.msg}")
            else:
                print(f"import {name}: ok")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
