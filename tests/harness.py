"""Run documentation snippets the way a reader runs them, and judge the result.

Linux only: the harness reads /proc and /dev/shm.

Every snippet is copied into a fresh temporary directory and executed there
(``python NAME.py``) in a new interpreter, with an environment the harness
builds itself. A run passes only when:

* the exit code is 0, or the code the snippet declares with ``exit=N``;
* stdout matches the committed output file under the snippet's comparison rule;
* stderr is empty (or, for a declared failure, ends with the committed line),
  including what its child processes, the resource tracker and the forkserver
  write after the main process has exited;
* no warning was raised: ``-W error`` is in force, ResourceWarning included;
  the fork-with-threads DeprecationWarning and the resource tracker's
  "leaked ... objects" warning are made visible on stderr;
* it finished within its time limit; a hang is reported with the
  faulthandler stacks of every process it started, all of which are killed;
* no process it started is still running once it has exited, and no named
  semaphore or shared-memory segment that its processes created is left in
  /dev/shm;
* a snippet that starts no process (decided from its code) really started none.

Each run gets a random hash seed, shown in a failure report; set
SNIPPET_HASHSEED=N to repeat a run with seed N. SNIPPET_TIMEOUT_FACTOR=F
multiplies every time limit, for slow machines.

Snippets declare what the harness needs in a ``# test:`` comment line (see
snippetmeta.py for the parser)::

    # test: output=interleaved timeout=20 requires=3.13 start-method=spawn exit=1

``output``        exact (default), unordered or interleaved (see compare()).
``timeout``       seconds before the run counts as a hang (default 10).
``requires``      oldest Python the snippet supports; older ones skip it.
``start-method``  the snippet chooses this method itself; it runs only in the
                  matching start-method environment, once per Python.
``exit``          the exit code the snippet is expected to end with; its
                  stderr must then end with the last line of ``NAME.err``.

Expected output is ``NAME.out``; a Python that prints something else reads
``NAME.pyXY.out`` (one version) or ``NAME.pyXY-pyXY.out`` (a range, both ends
included) instead.

Command line (run from the repository root)::

    python3.13 tests/harness.py run snippets/threads/daemon-threads/01_non_daemon.py
    python3.13 tests/harness.py run --start-method spawn snippets/threads
    python3.13 tests/harness.py regen snippets/threads/daemon-threads
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import difflib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from snippetmeta import (  # noqa: E402
    DEFAULT_TIMEOUT,
    NO_PROCESS_METHOD,
    OUTPUT_RULES,
    PYTHONS,
    START_METHODS,
    Metadata,
    MetadataError,
    process_reasons,
    read_metadata,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "OUTPUT_RULES",
    "START_METHODS",
    "Metadata",
    "MetadataError",
    "read_metadata",
]

ROOT = HERE.parent
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
SITECUSTOMIZE_DIR = HERE / "startmethod"


def timeout_factor() -> float:
    """SNIPPET_TIMEOUT_FACTOR: multiply every time limit (default 1)."""
    text = os.environ.get("SNIPPET_TIMEOUT_FACTOR", "1")
    try:
        factor = float(text)
    except ValueError:
        raise SystemExit(f"SNIPPET_TIMEOUT_FACTOR={text!r} is not a number") from None
    if factor <= 0:
        raise SystemExit(f"SNIPPET_TIMEOUT_FACTOR={text!r} must be positive")
    return factor


# How long processes a snippet started may take to exit after it has exited
# (the resource tracker and the forkserver notice their parent is gone).
LINGER_GRACE = 3.0


class SelectionError(Exception):
    """A path on the command line that selects no snippet."""


def discover(root: Path = SNIPPETS) -> list[Path]:
    """Every snippet below *root*, in a stable order."""
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def select(paths: list[Path]) -> list[Path]:
    """The snippets the command-line *paths* name; an error if a path names none."""
    chosen = []
    for path in paths:
        if not path.exists():
            raise SelectionError(f"{path}: no such file or directory")
        if path.is_file() and path.suffix != ".py":
            raise SelectionError(f"{path}: not a snippet (a .py file)")
        found = discover(path.resolve())
        if not found:
            raise SelectionError(f"{path}: no snippet (.py file) in it")
        chosen.extend(found)
    return chosen


_VARIANT = re.compile(r"^\.py(\d)(\d+)(?:-py(\d)(\d+))?\.out$")


def output_variants(
    snippet: Path,
) -> dict[Path, tuple[tuple[int, int], tuple[int, int]]]:
    """``NAME.pyXY.out`` and ``NAME.pyXY-pyXY.out`` files: the versions each covers."""
    found = {}
    for path in snippet.parent.glob(snippet.stem + ".py*.out"):
        match = _VARIANT.match(path.name[len(snippet.stem) :])
        if match:
            low = (int(match[1]), int(match[2]))
            high = (int(match[3]), int(match[4])) if match[3] else low
            found[path] = (low, high)
    return found


def expected_output_path(snippet: Path, version: tuple[int, int] | None = None) -> Path:
    """The output file a Python reads: its own ``.pyXY.out``, a range that covers it, or ``NAME.out``."""
    version = tuple(version or sys.version_info[:2])
    covering = [
        (high[0] * 100 + high[1] - low[0] * 100 - low[1], path)
        for path, (low, high) in output_variants(snippet).items()
        if low <= version <= high
    ]
    if covering:
        return min(covering)[1]  # the narrowest range wins
    return snippet.with_suffix(".out")


# --------------------------------------------------------------------------
# Running


def child_environment(
    start_method: str | None,
    hash_seed: int,
    shm_log: Path | None = None,
    no_process: bool = False,
) -> dict[str, str]:
    """The whole environment of a snippet run: nothing leaks in from the caller."""
    env = {
        "PATH": os.environ.get("PATH", os.defpath),
        "HOME": os.environ.get("HOME", "/tmp"),
        "TMPDIR": os.environ.get("TMPDIR", "/tmp"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONHASHSEED": str(hash_seed),
        "PYTHONWARNINGS": "error",
        "PYTHONFAULTHANDLER": "1",
        "PYTHONPATH": str(SITECUSTOMIZE_DIR),
    }
    if start_method:
        env["SNIPPET_START_METHOD"] = start_method
    if shm_log:
        env["SNIPPET_SHM_LOG"] = str(shm_log)
    if no_process:
        env["SNIPPET_STARTS_NO_PROCESS"] = "1"
    return env


def hash_seed() -> int:
    """SNIPPET_HASHSEED if set (to repeat a run), else a random seed."""
    text = os.environ.get("SNIPPET_HASHSEED")
    if text:
        if not text.isdigit() or int(text) > 4294967295:
            raise SystemExit(f"SNIPPET_HASHSEED={text!r}: use 0 to 4294967295")
        return int(text)
    return random.randint(1, 4294967295)


def _session_members(sid: int, with_command: bool = False) -> list[tuple[int, str]]:
    """Live (non-zombie) processes whose session id is *sid* (and their command)."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name may contain spaces and parentheses: split after it.
        fields = stat[stat.rindex(")") + 2 :].split()
        state, session = fields[0], int(fields[3])
        if session != sid or state in "ZX":
            continue
        command = ""
        if with_command:
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            command = cmdline.replace(b"\0", b" ").decode(errors="replace").strip()
        members.append((int(entry.name), command))
    return members


def _signal_all(pids, sig) -> None:
    for pid in pids:
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            pass


def _kill_session(sid: int, deadline: float = 5.0) -> None:
    """Kill the process group, then every session member, until none is left.

    The snippet is its session's and its process group's leader; a process
    forked while the sweep runs is caught by the next sweep.
    """
    try:
        os.killpg(sid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    end = time.monotonic() + deadline
    while True:
        members = _session_members(sid)
        if not members:
            return
        _signal_all((pid for pid, _ in members), signal.SIGKILL)
        if time.monotonic() > end:
            return
        time.sleep(0.02)


# Names in /dev/shm: multiprocessing's named semaphores ("sem." + name) and
# shared-memory segments. The start-up hook (startmethod/sitecustomize.py)
# writes each name a process of the run creates to SNIPPET_SHM_LOG, so a
# leak is traced to the run that made it, even with other runs in parallel.
SHM = Path("/dev/shm")


def _shm_path(record: str) -> Path:
    kind, _, name = record.partition(" ")
    name = name.lstrip("/")
    return SHM / ("sem." + name if kind == "semaphore" else name)


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
    hash_seed: int = 0
    timeout: float = DEFAULT_TIMEOUT


def python_version(python: str) -> str:
    """'3.13' for an interpreter path; an error if it does not run."""
    if python == sys.executable:
        return f"{sys.version_info[0]}.{sys.version_info[1]}"
    proc = subprocess.run(
        [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    version = proc.stdout.strip()
    if proc.returncode != 0 or not re.fullmatch(r"\d+\.\d+", version):
        raise RuntimeError(
            f"{python} does not run (exit {proc.returncode}): {proc.stderr.strip()}"
        )
    return version


@contextlib.contextmanager
def _interruptible_child():
    """Start the snippet with Ctrl-C working, as it does in a terminal.

    A command started in the background (``cmd &``, nohup, some CI runners)
    inherits SIGINT as *ignored*, an exec keeps it ignored, and Python then
    installs no KeyboardInterrupt handler: a snippet that interrupts itself
    would wait forever. A handled signal is reset to its default by exec, so
    while the child starts, this process handles SIGINT instead of ignoring it.
    """
    ignored = (
        threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    )
    if ignored:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        if ignored:
            signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_snippet(
    snippet: Path,
    start_method: str | None,
    timeout: float,
    python: str = sys.executable,
    no_process: bool = False,
) -> RunResult:
    """Run one snippet as ``python NAME.py`` in a fresh directory and session, and clean up after it."""
    snippet = snippet.resolve()
    version = python_version(python)
    factor = timeout_factor()
    timeout *= factor
    seed = hash_seed()
    with tempfile.TemporaryDirectory(prefix="snippet-") as workdir:
        work = Path(workdir)
        run_dir = work / "run"
        run_dir.mkdir()
        shutil.copy2(snippet, run_dir / snippet.name)
        shm_log = work / "shm-names"
        out_path, err_path = work / "stdout", work / "stderr"
        # Files, not pipes: a child process that outlives the snippet keeps a
        # pipe open, and the run must end when the snippet's own process ends.
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            started = time.monotonic()
            with _interruptible_child():
                proc = subprocess.Popen(
                    [python, "-W", "error", snippet.name],
                    cwd=run_dir,
                    env=child_environment(start_method, seed, shm_log, no_process),
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
                # Ask faulthandler (PYTHONFAULTHANDLER=1, inherited by every
                # child) for the stacks of every process of the run, then kill.
                members = [pid for pid, _ in _session_members(proc.pid)]
                _signal_all(members, signal.SIGABRT)
                end = time.monotonic() + 2 * factor
                while time.monotonic() < end and _session_members(proc.pid):
                    time.sleep(0.05)
            elapsed = time.monotonic() - started
            leftovers: list[tuple[int, str]] = []
            if not hung:
                deadline = time.monotonic() + LINGER_GRACE * factor
                while True:
                    leftovers = _session_members(proc.pid, with_command=True)
                    if not leftovers or time.monotonic() > deadline:
                        break
                    time.sleep(0.05)
            _kill_session(proc.pid)
            proc.wait()
        # Read last: what children, the resource tracker or the forkserver
        # wrote after the main process exited is part of the run.
        stdout = out_path.read_bytes()
        stderr = err_path.read_bytes()
        created = (
            shm_log.read_text(encoding="utf-8").splitlines() if shm_log.exists() else []
        )
    leaked_shm = sorted({_shm_path(r).name for r in created if _shm_path(r).exists()})
    for leaked in leaked_shm:  # reported; do not leave it to the next run
        (SHM / leaked).unlink(missing_ok=True)
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
        hash_seed=seed,
        timeout=timeout,
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


def regen_command(snippet: Path, version: str | None = None) -> str:
    version = version or f"{sys.version_info[0]}.{sys.version_info[1]}"
    return f"python{version} tests/harness.py regen {_display(snippet)}"


def judge(
    result: RunResult,
    meta: Metadata,
    expected_stdout: str | None,
    expected_err: str | None,
) -> list[str]:
    """Every fault of one run, each a sentence that starts with the snippet's name."""
    name = _display(result.snippet)
    method = result.start_method or "default"
    where = f"{name} [Python {result.python_version}, {method}, hash seed {result.hash_seed}]"
    faults = []
    if result.hung:
        faults.append(
            f"{where}: hang: still running after its {result.timeout:g} s limit; "
            "killed with every process it started. The stacks of every process "
            f"(faulthandler) and all else it wrote to stderr:\n{result.stderr.rstrip()}"
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
            f"{where}: no committed output file; run: {regen_command(result.snippet, result.python_version)}"
        )
    else:
        problem = compare(meta.output, expected_stdout, result.stdout)
        if problem:
            faults.append(
                f"{where}: {problem}\nIf the new output is right, rewrite the committed "
                f"file from a real run: {regen_command(result.snippet, result.python_version)}"
                f"\nTo repeat this run: SNIPPET_HASHSEED={result.hash_seed}"
            )
    if result.leftovers:
        listing = "; ".join(f"pid {pid}: {cmd}" for pid, cmd in result.leftovers)
        faults.append(
            f"{where}: left {len(result.leftovers)} child process(es) running "
            f"{LINGER_GRACE:g} s after it exited (killed now): {listing}"
        )
    if result.leaked_shm:
        faults.append(
            f"{where}: left {len(result.leaked_shm)} semaphore or shared-memory "
            f"name(s) it created in /dev/shm: {', '.join(result.leaked_shm)}; unlink() them"
        )
    return faults


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def starts_no_process(snippet: Path) -> bool:
    return not process_reasons(ast.parse(snippet.read_text(encoding="utf-8")))


def skip_reason(
    meta: Metadata, start_method: str | None, no_process: bool = False
) -> str | None:
    """Why this snippet does not run in this environment, or None."""
    if sys.version_info[:2] < meta.requires:
        return f"needs Python {meta.requires[0]}.{meta.requires[1]}+ (this is {sys.version_info[0]}.{sys.version_info[1]})"
    if meta.start_method and start_method and meta.start_method != start_method:
        return f"chooses its own start method ({meta.start_method}); it runs once per Python, in the {meta.start_method} environment"
    if no_process and start_method and start_method != NO_PROCESS_METHOD:
        return (
            "starts no process, so the start method cannot change it; it runs "
            f"once per Python, in the {NO_PROCESS_METHOD} environment"
        )
    return None


def check_snippet(
    snippet: Path, start_method: str | None
) -> tuple[str | None, list[str]]:
    """Run and judge one snippet: (skip reason, faults)."""
    meta = read_metadata(snippet)
    no_process = starts_no_process(snippet)
    reason = skip_reason(meta, start_method, no_process)
    if reason:
        return reason, []
    result = run_snippet(snippet, start_method, meta.timeout, no_process=no_process)
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
        if page.relative_to(docs).parts[0] == "locale":  # translations' files
            continue
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


LOOPBACK_HOSTS = {"localhost", "::1"}


def _is_loopback(host: str) -> bool:
    return (
        host in LOOPBACK_HOSTS or re.fullmatch(r"127(\.\d{1,3}){3}", host) is not None
    )


def _constants(tree: ast.Module) -> dict[str, list[ast.expr]]:
    """Every value assigned to each plain name anywhere in the module."""
    values: dict[str, list[ast.expr]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    values.setdefault(target.id, []).append(node.value)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            if isinstance(node.target, ast.Name):
                values.setdefault(node.target.id, []).append(node.value)
    return values


def _resolve(
    node: ast.expr | None, names: dict[str, list[ast.expr]], depth: int = 0
) -> list:
    """The constant values *node* can have: strings, ints, tuples of them; None for unknown."""
    if node is None:
        return [None]
    if isinstance(node, ast.Constant):
        return [node.value]
    if isinstance(node, ast.Tuple):
        parts = [_resolve(e, names, depth + 1) for e in node.elts]
        if any(len(p) != 1 for p in parts):
            return [None]
        return [tuple(p[0] for p in parts)]
    if isinstance(node, ast.Name) and node.id in names and depth < 5:
        found = []
        for value in names[node.id]:
            found.extend(_resolve(value, names, depth + 1))
        return found
    return [None]


_SERVER_CALL = re.compile(r"^(?:bind|create_server|[A-Za-z]*Server|Listener)$")


def address_faults(tree: ast.Module) -> list[str]:
    """Listening addresses that are not loopback with port 0, each with its line.

    Looks at ``sock.bind(addr)``, ``socket.create_server(addr)``,
    ``SomethingServer(addr, ...)`` (socketserver, http.server and
    subclasses), ``Listener(addr)`` and asyncio's ``start_server`` /
    ``loop.create_server(factory, host, port)``.
    """
    names = _constants(tree)
    faults = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        called = (
            func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        )
        keywords = {k.arg: k.value for k in node.keywords if k.arg}
        if (
            called in ("start_server", "create_server")
            and (len(node.args) >= 2 or "host" in keywords)
            and not (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "socket"
            )
        ):
            host = node.args[1] if len(node.args) > 1 else keywords.get("host")
            port = node.args[2] if len(node.args) > 2 else keywords.get("port")
            hosts, ports = _resolve(host, names), _resolve(port, names)
            addresses = [(h, p) for h in hosts for p in ports]
        elif _SERVER_CALL.match(called or ""):
            address = (
                node.args[0]
                if node.args
                else (keywords.get("address") or keywords.get("server_address"))
            )
            if address is None:
                continue  # no address passed here (a subclass's own __init__)
            addresses = _resolve(address, names)
        else:
            continue
        for address in addresses:
            if (
                isinstance(address, tuple)
                and len(address) >= 2
                and isinstance(address[0], str)
                and isinstance(address[1], int)
            ):
                host, port = address[0], address[1]
                if not _is_loopback(host):
                    where = (
                        "every interface"
                        if host in ("", "0.0.0.0", "::")
                        else repr(host)
                    )
                    faults.append(
                        f"line {node.lineno}: {called}() listens on {where}; use 127.0.0.1"
                    )
                elif port != 0:
                    faults.append(
                        f"line {node.lineno}: {called}() uses the fixed port {port}; "
                        "use port 0 (a free port the OS picks)"
                    )
            else:
                faults.append(
                    f"line {node.lineno}: {called}()'s address cannot be read from the "
                    'code; write it as a literal such as ("127.0.0.1", 0)'
                )
                break
    return faults


def static_faults(snippets: Path = SNIPPETS, docs: Path = DOCS) -> list[str]:
    """Faults in the snippet tree that need no run, each naming its file.

    The standard-library-only check needs sys.stdlib_module_names (3.10+);
    run this on 3.10 or newer (tox -e lint does).
    """
    stdlib = getattr(sys, "stdlib_module_names", None)
    if stdlib is None:
        raise RuntimeError(
            "the static checks need Python 3.10+ (sys.stdlib_module_names); "
            "tox -e lint runs them on a pinned newer Python"
        )
    faults = []
    included = included_paths(docs, snippets)
    for target, pages in sorted(included.items()):
        if not target.exists():
            names = ", ".join(_display(p) for p in pages)
            faults.append(
                f"{_display(target)}: included by {names} but does not exist."
            )
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
        except MetadataError as exc:
            faults.append(f"bad '# test:' line: {exc}")
            continue
        if snippet.resolve() not in included:
            faults.append(
                f"{name}: no page includes this snippet; add it to a page or delete it."
            )
        if not has_main_guard(tree):
            faults.append(
                f'{name}: no `if __name__ == "__main__":` guard at module level.'
            )
        foreign = sorted(m for m in imported_modules(tree) if m not in stdlib)
        if foreign:
            faults.append(
                f"{name}: imports {', '.join(foreign)}, which is not in the standard library."
            )
        faults.extend(f"{name}: {fault}" for fault in address_faults(tree))
        if not snippet.with_suffix(".out").exists() and not output_variants(snippet):
            faults.append(
                f"{name}: no committed output {snippet.stem}.out; run: {regen_command(snippet)}"
            )
        if "{}.{}".format(*meta.requires) not in PYTHONS:
            faults.append(
                f"{name}: requires=%d.%d is not a tested Python ({', '.join(PYTHONS)})."
                % meta.requires
            )
        if meta.exit and not snippet.with_suffix(".err").exists():
            faults.append(
                f"{name}: declares exit={meta.exit} but has no {snippet.stem}.err."
            )
    return faults


# --------------------------------------------------------------------------
# Command line


def _regen(snippet: Path, start_method: str | None, version_specific: bool) -> int:
    """Rewrite the output file this Python reads from a real run; 1 when it cannot."""
    name = _display(snippet)
    meta = read_metadata(snippet)
    if sys.version_info[:2] < meta.requires:
        need = "{}.{}".format(*meta.requires)
        print(
            f"FAIL  {name}: needs Python {need}+, so this Python "
            f"({sys.version_info[0]}.{sys.version_info[1]}) cannot write its output. "
            f"Run: {regen_command(snippet, need)}"
        )
        return 1
    method = meta.start_method or start_method
    if starts_no_process(snippet) and not meta.start_method:
        method = NO_PROCESS_METHOD
    result = run_snippet(
        snippet, method, meta.timeout, no_process=starts_no_process(snippet)
    )
    # Judge everything but stdout against itself: a broken run is never committed.
    faults = judge(result, meta, result.stdout, result.stderr if meta.exit else None)
    if faults:
        print("FAIL  " + "\n".join(faults))
        return 1
    version = sys.version_info[:2]
    out = expected_output_path(snippet)
    if version_specific:
        out = snippet.with_name(f"{snippet.stem}.py{version[0]}{version[1]}.out")
    old = out.read_text(encoding="utf-8") if out.exists() else None
    out.write_text(result.stdout, encoding="utf-8")
    if meta.exit:
        snippet.with_suffix(".err").write_text(result.stderr, encoding="utf-8")
    change = (
        "unchanged" if old == result.stdout else ("new" if old is None else "changed")
    )
    print(
        f"wrote {_display(out)} ({change}, Python {result.python_version}, {result.elapsed:.2f} s)"
    )
    others = [
        v
        for v in _python_minors()
        if v != version and expected_output_path(snippet, v) == out
    ]
    if change == "changed" and others:
        listed = ", ".join("{}.{}".format(*v) for v in others)
        print(
            f"      {out.name} is also the expected output on {listed}: check them "
            f"(tox p -m snippets -- -k {snippet.stem}), or keep this text for this "
            "Python only with --version-specific"
        )
    return 0


def _python_minors() -> list[tuple[int, int]]:
    return [tuple(int(x) for x in v.split(".")) for v in PYTHONS]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("run", "regen", "static"))
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument(
        "--start-method",
        choices=START_METHODS,
        default=os.environ.get("SNIPPET_START_METHOD") or None,
        help="default start method for the run (default: $SNIPPET_START_METHOD, else the platform's)",
    )
    parser.add_argument(
        "--version-specific",
        action="store_true",
        help="regen: write NAME.pyXY.out for this Python instead of the file it reads now",
    )
    args = parser.parse_intermixed_args(argv)
    if args.command == "static":
        faults = static_faults()
        print("\n".join(faults) or "static checks: no faults")
        return 1 if faults else 0
    try:
        snippets = select(args.paths or [SNIPPETS])
    except SelectionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    status = 0
    for snippet in snippets:
        if args.command == "regen":
            status |= _regen(snippet, args.start_method, args.version_specific)
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
