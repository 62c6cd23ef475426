"""Run code in a second interpreter with exec() and call() (Python 3.14+).

A new interpreter has its own modules and its own __main__ namespace.
exec() runs source code in that namespace; call() runs a function there
and brings its result back. describe() reads a global of this script, so
call() sends it by name, and the new interpreter finds it by running the
script again under the name "<fake __main__>": a global that main()
changes here is not seen there.
The program prints only what it gets back; nothing prints inside.
"""

import string
import sys

# test: output=exact requires=3.14

setting = "as written in the file"


def describe():
    """Runs in the other interpreter: report what it sees there."""
    import string

    return __name__, setting, hasattr(string, "marker")


def main():
    if sys.version_info < (3, 14):
        sys.exit(
            "This example needs Python 3.14 or newer"
            " (concurrent.interpreters)."
        )
    from concurrent import interpreters

    global setting
    setting = "changed by main()"
    string.marker = "set in the main interpreter"

    interp = interpreters.create()
    try:
        main_id = interpreters.get_current().id
        print(f"a new interpreter, not this one: {interp.id != main_id}")

        interp.exec("answer = 6 * 7")
        print(f"exec() set answer there: {interp.call(eval, 'answer')}")
        print(f"answer exists here: {'answer' in globals()}")

        name, seen, marked = interp.call(describe)
        print(f"describe() ran as module: {name!r}")
        print(f"it saw setting = {seen!r}")
        print(f"it saw string.marker: {marked}")

        try:
            interp.exec("1 / 0")
        except interpreters.ExecutionFailed as exc:
            print(f"exec() raised {type(exc).__name__}")
            print(f"  error inside: {exc.excinfo.type.__name__}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
