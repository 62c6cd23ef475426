"""Loaded at start-up by every interpreter the snippet harness launches.

The harness puts this directory on PYTHONPATH, so Python's ``site`` module
imports this file before the snippet runs, in the snippet's own process and in
every child process it starts (spawn and forkserver children inherit the
environment). It does two things and nothing else:

1. It makes SNIPPET_START_METHOD the *default* start method, the way a
   different platform or Python version would. It does not call
   ``set_start_method()``, so a snippet that chooses its own method with
   ``set_start_method()`` or ``get_context()`` still works, exactly as it would
   for a reader.
2. It makes the fork-with-threads DeprecationWarning (3.12+) visible. With
   ``-W error`` Python 3.12 to 3.14 swallow that warning silently, so it is
   switched to "always": it is then printed on stderr, which fails the run.

The start method is applied lazily, when ``multiprocessing.context`` is first
imported, so snippets that never use multiprocessing are not affected at all.
"""

import os
import sys
import warnings

warnings.filterwarnings(
    "always",
    message=r".*use of fork\(\) may lead to deadlocks",
    category=DeprecationWarning,
)


def _apply_start_method(context_module, method):
    # DefaultContext keeps the platform default in ``_default_context`` and the
    # method actually chosen (by set_start_method or first use) in
    # ``_actual_context``. Changing the first is what another platform does.
    default = context_module._default_context
    default._default_context = context_module._concrete_contexts[method]


class _StartMethodFinder:
    """Meta path finder that patches multiprocessing.context once it loads."""

    def __init__(self, method):
        self.method = method

    def find_spec(self, name, path=None, target=None):
        if name != "multiprocessing.context":
            return None
        sys.meta_path.remove(self)
        import importlib.util

        spec = importlib.util.find_spec(name)
        loader = spec.loader
        exec_module = loader.exec_module
        method = self.method

        def exec_and_patch(module):
            exec_module(module)
            _apply_start_method(module, method)

        loader.exec_module = exec_and_patch
        return spec


_method = os.environ.get("SNIPPET_START_METHOD")
if _method:
    if "multiprocessing.context" in sys.modules:
        _apply_start_method(sys.modules["multiprocessing.context"], _method)
    else:
        sys.meta_path.insert(0, _StartMethodFinder(_method))
