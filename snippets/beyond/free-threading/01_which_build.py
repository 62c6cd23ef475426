"""Which build of CPython runs this program: the usual one or free-threaded?

sysconfig.get_config_var("Py_GIL_DISABLED") is 1 on a free-threaded build
and 0 on the usual build; releases before 3.13, which had no free-threaded
build, do not define it (None). sys._is_gil_enabled(), new in 3.13, says
whether the GIL is on right now: a free-threaded build can switch it back
on. Before 3.13 the GIL is always on. Works on every Python 3.
"""

import sys
import sysconfig

# test: output=exact


def main():
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    print(f"free-threaded build: {free_threaded}")

    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)
    gil_enabled = True if is_gil_enabled is None else is_gil_enabled()
    print(f"GIL enabled right now: {gil_enabled}")


if __name__ == "__main__":
    main()
