"""Run documentation snippets the way a reader runs them, and judge the result.

Every snippet is executed in a fresh interpreter (``python snippet.py``) with
an environment the harness builds itself. A run passes only when:

* the exit code is 0, or the code the snippet declares with ``exit=N``;
* stdout matches the committed output file under the snippet's comparison rule;
* stderr is empty (or, for a declared failure, ends with the committed line);
* no warning was raised: ``-W error`` is in force, ResourceWarning included,
  and the fork-with-threads DeprecationWarning is made visible on stderr;
* it finished within its time limit; a hang is killed together with every
  process it started and reported as a hang, with the stack faulthandler dumps;
* no process it started is still running once it has exited, and it left
  no named semaphore or shared-memory segment behind in /dev/shm.

Snippets declare what the harness needs in ``# test:`` comment lines::

    # test: output=interleaved timeout=20 requires=3.13 start-method=spawn exit=1

``output``        exact (default), unordered or interleaved (see compare()).
``timeout``       seconds before the run counts as a hang (default 10).
``requires``      oldest Python the snippet supports; older ones skip it.
``start-method``  the snippet chooses this method itself; it runs only in the
                  matching start-method environment, once per Python.
``exit``          the exit code the snippet is expected to end with; its
                  stderr must then end with the last line of ``NAME.err``.

Command line (run from the repository root)::

    python tests/harness.py run snippets/threads/daemon-threads/01_non_daemon.py
    python tests/harness.py run --start-method spawn snippets/threads
    python tests/harness.py regen snippets/threads/daemon-threads
"""

from __future__ import annotations

import argparse
import ast
import difflib
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
SITECUSTOMIZE_DIR = Path(__file__).resolve().parent / "startmethod"
START_METHODS = ("fork", "spawn", "forkserver")
OUTPUT_RULES = ("exact", "unordered", "interleaved")
DEFAULT_TIMEOUT = 10.0
# How long processes a snippet started may take to exit after it has exited
# (the resource tracker and the forkserver notice their parent is gone).
LINGER_GRACE = 3.0

_TEST_LINE = re.compile(r"^#\s*test:(.*)$")


class MetadataError(ValueError):
    """A ``# test:`` line the harness cannot understand."""


@dataclass
class Metadata:
    output: str = "exact"
    timeout: float = DEFAULT_TIMEOUT
    requires: tuple[int, int] = (3, 9)
    start_method: str | None = None
    exit: int = 0


def read_metadata(path: Path) -> Metadata:
    meta = Metadata()
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _TEST_LINE.match(line.strip())
        if not match:
            continue
        for item in shlex.split(match.group(1)):
            key, sep, value = item.partition("=")
            if not sep:
                raise MetadataError(f"{path}: '# test:' item {item!r} is not key=value")
            if key == "output":
                if value not in OUTPUT_RULES:
                    raise MetadataError(
                        f"{path}: output={value!r}; use one of {OUTPUT_RULES}"
                    )
                meta.output = value
            elif key == "timeout":
                meta.timeout = float(value)
            elif key == "requires":
                major, minor = value.split(".")
                meta.requires = (int(major), int(minor))
            elif key == "start-method":
                if value not in START_METHODS:
                    raise MetadataError(
                        f"{path}: start-method={value!r}; use one of {START_METHODS}"
                    )
                meta.start_method = value
            elif key == "exit":
                meta.exit = int(value)
            else:
                raise MetadataError(f"{path}: unknown '# test:' key {key!r}")
    return meta


def discover(root: Path = SNIPPETS) -> list[Path]:
    """Every snippet below *root*, in a stable order."""
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def expected_output_path(snippet: Path, version: tuple[int, int] | None = None) -> Path:
    """``NAME.pyXY.out`` when a version needs its own output, else ``NAME.out``."""
    major, minor = version or sys.version_info[:2]
    specific = snippet.with_name(f"{snippet.stem}.py{major}{minor}.out")
    return specific if specific.exists() else snippet.with_suffix(".out")


# --------------------------------------------------------------------------
# Running


def child_environment(start_method: str | None) -> dict[str, str]:
    """The whole environment of a snippet run: nothing leaks in from the caller."""
    env = {
        "PATH": os.environ.get("PATH", os.defpath),
        "HOME": os.environ.get("HOME", "/tmp"),
        "TMPDIR": os.environ.get("TMPDIR", "/tmp"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONHASHSEED": "0",
        "PYTHONWARNINGS": "error",
        "PYTHONFAULTHANDLER": "1",
        "PYTHONPATH": str(SITECUSTOMIZE_DIR),
    }
    if start_method:
        env["SNIPPET_START_METHOD"] = start_method
    return env


def _session_members(sid: int) -> list[tuple[int, str]]:
    """Live (non-zombie) processes whose session id is *sid*, with their command."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        # The command name may contain spaces and parentheses: split after it.
        fields = stat[stat.rindex(")") + 2 :].split()
        state, session = fields[0], int(fields[3])
        if session == sid and state != "Z":
            command = cmdline.replace(b"\0", b" ").decode(errors="replace").strip()
            members.append((int(entry.name), command))
    return members


SHM = Path("/dev/shm")
# /dev/shm is shared by every program on the machine, so a name cannot be
# traced to the program that made it. The check is reliable when snippets run
# one at a time, as tox and CI run them; it is off when tox runs environments
# in parallel (tox p sets TOX_PARALLEL_ENV) or when SNIPPET_SHM_CHECK=0.
SHM_CHECK = (
    not os.environ.get("TOX_PARALLEL_ENV")
    and os.environ.get("SNIPPET_SHM_CHECK") != "0"
)


def _shm_names() -> set[str]:
    """Named semaphores and shared-memory segments that exist right now."""
    try:
        return {entry.name for entry in SHM.iterdir()}
    except OSError:
        return set()


def _kill_session(sid: int) -> None:
    for pid, _ in _session_members(sid):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


@dataclass
class RunResult:
    snippet: Path
    start_method: str | None
    returncode: int | None
    stdout: str
    stderr: str
    elapsed: float
    hung: bool = False
    leftovers: list[tuple[int, str]] = field(default_factory=list)
    leaked_shm: list[str] = field(default_factory=list)
    python_version: str = f"{sys.version_info[0]}.{sys.version_info[1]}"


def run_snippet(
    snippet: Path,
    start_method: str | None,
    timeout: float,
    python: str = sys.executable,
) -> RunResult:
    """Run one snippet as ``python snippet.py`` in its own session and clean up after it."""
    snippet = snippet.resolve()
    shm_before = _shm_names()
    # Files, not pipes: a child process that outlives the snippet keeps a pipe
    # open, and the run must end when the snippet's own process ends.
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen(
            [python, "-W", "error", snippet.name],
            cwd=snippet.parent,
            env=child_environment(start_method),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,
        )
        hung = False
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            hung = True
            # Ask faulthandler (PYTHONFAULTHANDLER=1) for every thread's stack, then kill.
            try:
                os.kill(proc.pid, signal.SIGABRT)
                proc.wait(timeout=2)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                pass
            _kill_session(proc.pid)
            proc.kill()
            proc.wait()
        elapsed = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()

    leftovers: list[tuple[int, str]] = []
    if not hung:
        deadline = time.monotonic() + LINGER_GRACE
        while True:
            leftovers = _session_members(proc.pid)
            if not leftovers or time.monotonic() > deadline:
                break
            time.sleep(0.05)
    _kill_session(proc.pid)
    # Anything new in /dev/shm that is still there a moment after the program
    # ended outlives it: a semaphore or shared-memory segment nobody unlinked.
    # (Names another program running at the same time creates and removes
    # within the moment are not counted.)
    leaked_shm = sorted(_shm_names() - shm_before) if SHM_CHECK else []
    deadline = time.monotonic() + 1.0
    while leaked_shm and time.monotonic() < deadline:
        time.sleep(0.1)
        leaked_shm = sorted(set(leaked_shm) & _shm_names())
    if python == sys.executable:
        version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    else:
        version = subprocess.run(
            [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout.strip()
    return RunResult(
        snippet=snippet,
        start_method=start_method,
        returncode=None if hung else proc.returncode,
        stdout=stdout.decode("utf-8", errors="replace"),
        stderr=stderr.decode("utf-8", errors="replace"),
        elapsed=elapsed,
        hung=hung,
        leftovers=leftovers,
        leaked_shm=leaked_shm,
        python_version=version,
    )


# --------------------------------------------------------------------------
# Judging


def _streams(lines: list[str]) -> dict[str, list[str]]:
    streams: dict[str, list[str]] = {}
    for line in lines:
        key = line.split(":", 1)[0] if ":" in line else ""
        streams.setdefault(key, []).append(line)
    return streams


def compare(rule: str, expected: str, actual: str) -> str | None:
    """None when *actual* matches *expected* under *rule*, else an explanation.

    exact        the same text, line for line.
    unordered    the same lines, each as many times, in any order.
    interleaved  lines are grouped into streams by the text before the first
                 colon ("worker: ...", "main: ..."); every stream must match
                 exactly and in order, while streams may interleave freely.
    """
    exp_lines, act_lines = expected.splitlines(), actual.splitlines()
    if rule == "exact":
        if exp_lines == act_lines:
            return None
        diff = difflib.unified_diff(
            exp_lines, act_lines, "expected", "actual", lineterm=""
        )
        return "stdout differs from the committed output:\n" + "\n".join(diff)
    if rule == "unordered":
        if sorted(exp_lines) == sorted(act_lines):
            return None
        missing = _multiset_minus(exp_lines, act_lines)
        extra = _multiset_minus(act_lines, exp_lines)
        return (
            "stdout has different lines from the committed output (order ignored):\n"
            + "".join(f"  missing: {line}\n" for line in missing)
            + "".join(f"  extra:   {line}\n" for line in extra)
        ).rstrip()
    if rule == "interleaved":
        exp_streams, act_streams = _streams(exp_lines), _streams(act_lines)
        problems = []
        for key in sorted(set(exp_streams) | set(act_streams)):
            want, got = exp_streams.get(key, []), act_streams.get(key, [])
            if want != got:
                diff = difflib.unified_diff(
                    want, got, "expected", "actual", lineterm=""
                )
                label = f"'{key}:'" if key else "(lines without a colon)"
                problems.append(f"stream {label} differs:\n" + "\n".join(diff))
        if not problems:
            return None
        return (
            "stdout differs from the committed output (streams compared in order):\n"
            + "\n".join(problems)
        )
    raise ValueError(f"unknown output rule {rule!r}")


def _multiset_minus(a: list[str], b: list[str]) -> list[str]:
    rest = list(b)
    out = []
    for line in a:
        if line in rest:
            rest.remove(line)
        else:
            out.append(line)
    return out


def _last_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def judge(
    result: RunResult,
    meta: Metadata,
    expected_stdout: str | None,
    expected_err: str | None,
) -> list[str]:
    """Every fault of one run, each a sentence that starts with the snippet's name."""
    name = _display(result.snippet)
    method = result.start_method or "default"
    where = f"{name} [Python {result.python_version}, {method}]"
    faults = []
    if result.hung:
        faults.append(
            f"{where}: hang: still running after its {meta.timeout:g} s limit; "
            f"killed with every process it started.\n--- stderr (faulthandler) ---\n{result.stderr.rstrip()}"
        )
        return faults
    if result.returncode != meta.exit:
        expected = (
            "0" if meta.exit == 0 else f"{meta.exit} (declared with exit={meta.exit})"
        )
        faults.append(f"{where}: exit code {result.returncode}, expected {expected}.")
    if meta.exit == 0:
        if result.stderr:
            kind = (
                "a warning was raised"
                if "Warning" in result.stderr
                else "wrote to stderr"
            )
            faults.append(
                f"{where}: {kind}; stderr must be empty:\n{result.stderr.rstrip()}"
            )
    else:
        want = _last_line(expected_err or "")
        got = _last_line(result.stderr)
        if want != got:
            faults.append(
                f"{where}: declared failure printed the wrong last stderr line:\n"
                f"  expected: {want}\n  actual:   {got}"
            )
    if expected_stdout is None:
        faults.append(
            f"{where}: no committed output file; run: python tests/harness.py regen {name}"
        )
    else:
        problem = compare(meta.output, expected_stdout, result.stdout)
        if problem:
            faults.append(f"{where}: {problem}")
    if result.leftovers:
        listing = "; ".join(f"pid {pid}: {cmd}" for pid, cmd in result.leftovers)
        faults.append(
            f"{where}: left {len(result.leftovers)} child process(es) running "
            f"{LINGER_GRACE:g} s after it exited (killed now): {listing}"
        )
    if result.leaked_shm:
        faults.append(
            f"{where}: left {len(result.leaked_shm)} semaphore or shared-memory "
            f"name(s) in /dev/shm: {', '.join(result.leaked_shm)}; unlink() them"
        )
    return faults


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def skip_reason(meta: Metadata, start_method: str | None) -> str | None:
    """Why this snippet does not run in this environment, or None."""
    if sys.version_info[:2] < meta.requires:
        return f"needs Python {meta.requires[0]}.{meta.requires[1]}+ (this is {sys.version_info[0]}.{sys.version_info[1]})"
    if meta.start_method and start_method and meta.start_method != start_method:
        return f"chooses its own start method ({meta.start_method}); it runs once per Python, in the {meta.start_method} environment"
    return None


def check_snippet(
    snippet: Path, start_method: str | None
) -> tuple[str | None, list[str]]:
    """Run and judge one snippet: (skip reason, faults)."""
    meta = read_metadata(snippet)
    reason = skip_reason(meta, start_method)
    if reason:
        return reason, []
    result = run_snippet(snippet, start_method, meta.timeout)
    out_path = expected_output_path(snippet)
    err_path = snippet.with_suffix(".err")
    expected_stdout = (
        out_path.read_text(encoding="utf-8") if out_path.exists() else None
    )
    expected_err = err_path.read_text(encoding="utf-8") if err_path.exists() else None
    return None, judge(result, meta, expected_stdout, expected_err)


# --------------------------------------------------------------------------
# Static checks (no snippet is run)

_INCLUDE = re.compile(
    r"^\s*(?:```+|:::+)\s*\{(snippet|literalinclude)\}\s+(\S+)", re.MULTILINE
)


def included_paths(
    docs: Path = DOCS, snippets: Path = SNIPPETS
) -> dict[Path, list[Path]]:
    """Map each file a page includes to the pages that include it."""
    found: dict[Path, list[Path]] = {}
    for page in sorted(docs.rglob("*.md")):
        if "_build" in page.parts:
            continue
        for kind, target in _INCLUDE.findall(page.read_text(encoding="utf-8")):
            if kind == "snippet":
                path = (snippets / target).resolve()
            elif target.startswith("/"):
                path = (docs / target.lstrip("/")).resolve()
            else:
                path = (page.parent / target).resolve()
            found.setdefault(path, []).append(page)
    return found


def has_main_guard(tree: ast.Module) -> bool:
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Compare):
            test = node.test
            names = [test.left, *test.comparators]
            if any(
                isinstance(n, ast.Name) and n.id == "__name__" for n in names
            ) and any(
                isinstance(n, ast.Constant) and n.value == "__main__" for n in names
            ):
                return True
    return False


def imported_modules(tree: ast.Module) -> set[str]:
    mods = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            mods.add(node.module.split(".")[0])
    return mods


_WIDE_BIND = re.compile(
    r"""["']0\.0\.0\.0["']|["']::["']|bind\(\(\s*["']{2}|create_server\(\(\s*["']{2}"""
)


def static_faults(snippets: Path = SNIPPETS, docs: Path = DOCS) -> list[str]:
    """Faults in the snippet tree that need no run, each naming its file."""
    faults = []
    included = included_paths(docs, snippets)
    for target, pages in sorted(included.items()):
        if not target.exists():
            names = ", ".join(_display(p) for p in pages)
            faults.append(
                f"{_display(target)}: included by {names} but does not exist."
            )
    stdlib = getattr(sys, "stdlib_module_names", None)
    for snippet in discover(snippets):
        name = _display(snippet)
        source = snippet.read_text(encoding="utf-8")
        try:
            tree = ast.parse(source, filename=name)
        except SyntaxError as exc:
            faults.append(f"{name}: does not parse: {exc.msg} (line {exc.lineno}).")
            continue
        try:
            meta = read_metadata(snippet)
        except (MetadataError, ValueError) as exc:
            faults.append(f"{name}: bad '# test:' line: {exc}")
            continue
        if snippet.resolve() not in included:
            faults.append(
                f"{name}: no page includes this snippet; add it to a page or delete it."
            )
        if not has_main_guard(tree):
            faults.append(
                f'{name}: no `if __name__ == "__main__":` guard at module level.'
            )
        if stdlib is not None:
            foreign = sorted(m for m in imported_modules(tree) if m not in stdlib)
            if foreign:
                faults.append(
                    f"{name}: imports {', '.join(foreign)}, which is not in the standard library."
                )
        if _WIDE_BIND.search(source):
            faults.append(f"{name}: binds to every interface; use 127.0.0.1.")
        if not snippet.with_suffix(".out").exists():
            faults.append(
                f"{name}: no committed output {snippet.stem}.out; run: python tests/harness.py regen {name}"
            )
        if meta.exit and not snippet.with_suffix(".err").exists():
            faults.append(
                f"{name}: declares exit={meta.exit} but has no {snippet.stem}.err."
            )
    return faults


# --------------------------------------------------------------------------
# Command line


def _regen(snippet: Path, start_method: str | None) -> int:
    meta = read_metadata(snippet)
    reason = skip_reason(meta, start_method)
    if reason:
        print(f"skip  {_display(snippet)}: {reason}")
        return 0
    result = run_snippet(snippet, meta.start_method or start_method, meta.timeout)
    # Judge everything but stdout against itself: a broken run is never committed.
    faults = judge(result, meta, result.stdout, result.stderr if meta.exit else None)
    if faults:
        print("FAIL  " + "\n".join(faults))
        return 1
    out = snippet.with_suffix(".out")
    out.write_text(result.stdout, encoding="utf-8")
    if meta.exit:
        snippet.with_suffix(".err").write_text(result.stderr, encoding="utf-8")
    print(f"wrote {_display(out)} ({result.elapsed:.2f} s)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("run", "regen", "static"))
    parser.add_argument("paths", nargs="*", type=Path, default=[SNIPPETS])
    parser.add_argument(
        "--start-method",
        choices=START_METHODS,
        default=os.environ.get("SNIPPET_START_METHOD") or None,
        help="default start method for the run (default: $SNIPPET_START_METHOD, else the platform's)",
    )
    args = parser.parse_intermixed_args(argv)
    if args.command == "static":
        faults = static_faults()
        print("\n".join(faults) or "static checks: no faults")
        return 1 if faults else 0
    snippets = [s for p in args.paths for s in discover(p.resolve())]
    status = 0
    for snippet in snippets:
        if args.command == "regen":
            status |= _regen(snippet, args.start_method)
            continue
        reason, faults = check_snippet(snippet, args.start_method)
        if reason:
            print(f"skip  {_display(snippet)}: {reason}")
        elif faults:
            status = 1
            print("FAIL  " + "\n".join(faults))
        else:
            print(f"ok    {_display(snippet)}")
    return status


if __name__ == "__main__":
    sys.exit(main())
