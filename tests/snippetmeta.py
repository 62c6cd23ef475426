"""What every snippet is tested on, and how its ``# test:`` line is read.

This module is the one place that defines:

* ``PYTHONS`` and ``START_METHODS``: the test matrix. tox.ini, the GitHub
  workflow, ``.ci/run``, the README and the pages are checked against it
  (tests/test_static.py), and conf.py imports it.
* ``parse_test_line()``: the parser for the ``# test:`` line, used by the
  harness (tests/harness.py) and by the ``{snippet}`` directive
  (docs/_ext/snippets.py), so both read a line the same way and reject a bad
  one with the same message.
* ``starts_processes()``: whether a program can start a process, decided from
  its code. A program that cannot is run once per Python, since the start
  method cannot change what it does; the harness checks at run time that it
  really started none.

It must import on every Python from 3.9 on: the harness runs on all of them.
"""

from __future__ import annotations

import ast
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

PYTHONS = ("3.9", "3.10", "3.11", "3.12", "3.13", "3.14", "3.15")
START_METHODS = ("fork", "spawn", "forkserver")
# A snippet that starts no process runs only in this start method's environment.
NO_PROCESS_METHOD = "fork"
OUTPUT_RULES = ("exact", "unordered", "interleaved")
DEFAULT_TIMEOUT = 10.0

TEST_LINE = re.compile(r"^\s*#\s*test:(.*)$")


class MetadataError(ValueError):
    """A ``# test:`` line that cannot be understood. The message names the file and the field."""


@dataclass
class Metadata:
    output: str = "exact"
    timeout: float = DEFAULT_TIMEOUT
    requires: tuple = (3, 9)
    start_method: str | None = None
    exit: int = 0


def _version(text: str) -> tuple:
    parts = text.split(".")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    return (int(parts[0]), int(parts[1]))


def parse_test_line(source: str, name: str = "<snippet>") -> Metadata:
    """Read every ``# test:`` line of *source*; *name* is used in error messages."""
    meta = Metadata()
    for line in source.splitlines():
        match = TEST_LINE.match(line)
        if not match:
            continue
        try:
            items = shlex.split(match.group(1))
        except ValueError as exc:
            raise MetadataError(f"{name}: '# test:' line: {exc}") from None
        for item in items:
            key, sep, value = item.partition("=")
            if not sep or not value:
                raise MetadataError(f"{name}: '# test:' item {item!r} is not key=value")

            def bad(expected: str, key=key, value=value) -> MetadataError:
                return MetadataError(
                    f"{name}: '# test:' field {key}={value!r}: expected {expected}"
                )

            if key == "output":
                if value not in OUTPUT_RULES:
                    raise bad("one of " + ", ".join(OUTPUT_RULES))
                meta.output = value
            elif key == "timeout":
                try:
                    meta.timeout = float(value)
                except ValueError:
                    raise bad("a number of seconds, such as 20") from None
                if not meta.timeout > 0:
                    raise bad("a positive number of seconds")
            elif key == "requires":
                try:
                    meta.requires = _version(value)
                except ValueError:
                    raise bad("a Python version such as 3.13") from None
                if meta.requires <= _version(PYTHONS[0]):
                    raise bad(
                        f"a version newer than {PYTHONS[0]}, the oldest tested Python"
                    )
            elif key == "start-method":
                if value not in START_METHODS:
                    raise bad("one of " + ", ".join(START_METHODS))
                meta.start_method = value
            elif key == "exit":
                try:
                    meta.exit = int(value)
                except ValueError:
                    raise bad("an integer exit code, such as 1") from None
            else:
                raise MetadataError(
                    f"{name}: unknown '# test:' field {key!r}; the fields are "
                    "output, timeout, requires, start-method and exit"
                )
    return meta


def read_metadata(path: Path) -> Metadata:
    return parse_test_line(path.read_text(encoding="utf-8"), str(path))


# --------------------------------------------------------------------------
# Does a program start processes?

# Modules whose import means the program may start a process.
PROCESS_MODULES = {"multiprocessing", "subprocess", "pty"}
# Names that start a process whichever module they come from.
PROCESS_NAMES = {
    "ProcessPoolExecutor",
    "fork",
    "forkpty",
    "system",
    "popen",
    "posix_spawn",
    "posix_spawnp",
    "create_subprocess_exec",
    "create_subprocess_shell",
}
_PROCESS_PREFIXES = ("spawn", "exec")


def process_reasons(tree: ast.AST) -> list:
    """Why the program may start a process (empty when it cannot)."""
    reasons = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                if top in PROCESS_MODULES or alias.name == "concurrent.futures.process":
                    reasons.append(f"imports {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module:
            top = node.module.split(".")[0]
            if top in PROCESS_MODULES or node.module == "concurrent.futures.process":
                reasons.append(f"imports from {node.module}")
            for alias in node.names:
                if alias.name == "ProcessPoolExecutor":
                    reasons.append("uses ProcessPoolExecutor")
                elif node.module == "os" and (
                    alias.name in PROCESS_NAMES
                    or alias.name.startswith(_PROCESS_PREFIXES)
                ):
                    reasons.append(f"imports os.{alias.name}")
        elif isinstance(node, ast.Attribute):
            attr = node.attr
            base = node.value.id if isinstance(node.value, ast.Name) else None
            if attr == "ProcessPoolExecutor":
                reasons.append("uses ProcessPoolExecutor")
            elif base == "os" and (
                attr in PROCESS_NAMES or attr.startswith(_PROCESS_PREFIXES)
            ):
                reasons.append(f"calls os.{attr}")
            elif attr.startswith("create_subprocess_"):
                reasons.append(f"calls {attr}")
    return sorted(set(reasons))


def starts_processes(source: str) -> bool:
    return bool(process_reasons(ast.parse(source)))
