"""Ask the running interpreter whether its GIL is enabled (Python 3.13+).

sys._is_gil_enabled() is True on the usual build. On a free-threaded build
(python3.13t, python3.14t) it is False, unless the GIL was switched back on
with PYTHON_GIL=1 or -X gil=1, or by importing an extension module that is
not marked as safe without it.
"""

import sys
import sysconfig

# test: output=exact requires=3.13


def main():
    if sys.version_info < (3, 13):
        sys.exit(
            "This example needs Python 3.13 or newer (sys._is_gil_enabled)."
        )
    free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    print(f"free-threaded build: {free_threaded_build}")
    print(f"GIL enabled right now: {sys._is_gil_enabled()}")


if __name__ == "__main__":
    main()
