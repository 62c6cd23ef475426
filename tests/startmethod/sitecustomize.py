"""Loaded at start-up by every interpreter the snippet harness launches.

The harness puts this directory on PYTHONPATH, so Python's ``site`` module
imports this file before the snippet runs, in the snippet's own process and in
every child process it starts (spawn and forkserver children inherit the
environment). It does these things and nothing else:

1. It makes SNIPPET_START_METHOD the *default* start method, the way a
   different platform or Python version would. It does not call
   ``set_start_method()``, so a snippet that chooses its own method with
   ``set_start_method()`` or ``get_context()`` still works, exactly as it would
   for a reader.
2. It makes the fork-with-threads DeprecationWarning (3.12+) visible. With
   ``-W error`` Python 3.12 to 3.14 swallow that warning silently, so it is
   switched to "always": it is then printed on stderr, which fails the run.
3. It makes the resource tracker's warnings visible. The tracker (a child
   interpreter that loads this file too) reports leaked shared memory and
   semaphores with ``warnings.warn()`` inside ``try: ... except Exception``,
   so under ``-W error`` the warning a reader sees would be swallowed.
4. It hides one DeprecationWarning that 3.15 raises from inside the standard
   library when a spawn or forkserver pool worker formats a task's exception
   ("Module globals is missing a __spec__.loader"). With -W error it would
   break the pool; with the default filters a reader never sees it.
5. With SNIPPET_SHM_LOG set, it records the name of every named semaphore
   and shared-memory segment a process of the run creates, one per line, so
   the harness checks only the run's own names in /dev/shm.
6. With SNIPPET_STARTS_NO_PROCESS set (the harness decided from the code that
   the snippet starts no process, and runs it once per Python), an audit hook
   reports any process the snippet starts anyway, on stderr.

The patches are applied lazily, when ``multiprocessing.context`` is first
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
warnings.filterwarnings("always", message="resource_tracker:", category=UserWarning)
# 3.15's linecache warns when it formats a traceback of code whose module has
# no __spec__.loader, which is the case for a spawn or forkserver worker's
# __mp_main__. A ProcessPoolExecutor worker formats the traceback of every
# exception its task raises, so under -W error the warning replaces the
# task's exception and breaks the pool. A reader never sees it: the default
# filters show a DeprecationWarning only when it is raised by __main__.
warnings.filterwarnings(
    "ignore",
    message=r"Module globals is missing a __spec__\.loader",
    category=DeprecationWarning,
    module="linecache",
)


def _apply_start_method(context_module, method):
    # DefaultContext keeps the platform default in ``_default_context`` and the
    # method actually chosen (by set_start_method or first use) in
    # ``_actual_context``. Changing the first is what another platform does.
    default = context_module._default_context
    default._default_context = context_module._concrete_contexts[method]


def _record(kind, name):
    with open(os.environ["SNIPPET_SHM_LOG"], "a", encoding="utf-8") as log:
        log.write(f"{kind} {name}\n")


def _patch_synchronize(module):
    original = module.SemLock.__init__

    def __init__(self, *args, **kwargs):
        original(self, *args, **kwargs)
        name = getattr(self._semlock, "name", None)
        if name is not None:  # None: unlinked at once (the fork context does that)
            _record("semaphore", name)

    module.SemLock.__init__ = __init__


def _patch_shared_memory(module):
    original = module.SharedMemory.__init__

    def __init__(self, name=None, create=False, *args, **kwargs):
        original(self, name, create, *args, **kwargs)
        if create:
            _record("shared_memory", self._name)

    module.SharedMemory.__init__ = __init__


class _PatchFinder:
    """Meta path finder that patches modules once they have loaded."""

    def __init__(self, patches):
        self.patches = patches

    def find_spec(self, name, path=None, target=None):
        if name not in self.patches:
            return None
        patch = self.patches.pop(name)
        if not self.patches:
            sys.meta_path.remove(self)
        import importlib.util

        # This finder no longer knows *name*, so it does not find itself.
        spec = importlib.util.find_spec(name)
        loader = spec.loader
        exec_module = loader.exec_module

        def exec_and_patch(module):
            exec_module(module)
            patch(module)

        loader.exec_module = exec_and_patch
        return spec


_PROCESS_EVENTS = {
    "os.fork",
    "os.forkpty",
    "os.exec",
    "os.spawn",
    "os.posix_spawn",
    "os.system",
    "subprocess.Popen",
    "_posixsubprocess.fork_exec",
}


def _no_process_hook(event, args):
    if event in _PROCESS_EVENTS:
        os.write(
            2,
            (
                f"harness: this snippet started a process ({event}) although its "
                "code shows no way to start one, so it was run under one start "
                "method only; make the process start visible in the code "
                "(tests/snippetmeta.py decides)\n"
            ).encode(),
        )


_patches = {}
_method = os.environ.get("SNIPPET_START_METHOD")
if _method:
    _patches["multiprocessing.context"] = lambda module: _apply_start_method(
        module, _method
    )
if os.environ.get("SNIPPET_SHM_LOG"):
    _patches["multiprocessing.synchronize"] = _patch_synchronize
    _patches["multiprocessing.shared_memory"] = _patch_shared_memory
for _name in list(_patches):
    if _name in sys.modules:
        _patches.pop(_name)(sys.modules[_name])
if _patches:
    sys.meta_path.insert(0, _PatchFinder(_patches))
if os.environ.get("SNIPPET_STARTS_NO_PROCESS"):
    sys.addaudithook(_no_process_hook)
