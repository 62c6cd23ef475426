"""The harness's own tests: feed it broken snippets and check each fault is caught.

Every fixture in tests/fixtures/snippets is broken in exactly one way (or, for
the last few, not at all). Each test asserts that the harness reports the
fault with a message naming the snippet and the fault.
"""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import harness
import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SNIPPETS = FIXTURES / "snippets"
DOCS = FIXTURES / "docs"


def faults_of(name, start_method="spawn"):
    reason, faults = harness.check_snippet(SNIPPETS / name, start_method)
    assert reason is None, reason
    return "\n".join(faults)


def newer_python(minimum):
    """An interpreter at least *minimum* (this one if it is new enough)."""
    if sys.version_info[:2] >= minimum:
        return sys.executable
    for minor in range(15, minimum[1] - 1, -1):
        found = shutil.which(f"python3.{minor}")
        if found:
            return found
    return None


def pid_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not stat.exists() or stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"


def test_hang_is_killed_with_its_children():
    result = harness.run_snippet(SNIPPETS / "hangs.py", "spawn", timeout=2)
    faults = harness.judge(
        result, harness.read_metadata(SNIPPETS / "hangs.py"), "0\n", None
    )
    text = "\n".join(faults)
    assert "hangs.py" in text and "hang: still running after its 2 s limit" in text
    # faulthandler's dump shows where it hung
    assert "threading.py" in text
    child = int(result.stdout.split()[0])
    time.sleep(0.2)
    assert not pid_alive(child), "the hung snippet's child process survived"


def test_wrong_line():
    text = faults_of("wrong_line.py")
    assert "wrong_line.py" in text and "stdout differs" in text
    assert "-2 + 3 = 5" in text and "+2 + 3 = 6" in text


def test_stderr_output():
    text = faults_of("writes_stderr.py")
    assert "writes_stderr.py" in text and "wrote to stderr" in text


def test_leftover_child_process():
    text = faults_of("leaves_child.py")
    assert "leaves_child.py" in text and "left 1 child process(es) running" in text
    assert "time.sleep(60)" in text


def test_deprecation_warning_is_an_error():
    text = faults_of("deprecated.py")
    assert "deprecated.py" in text
    assert "DeprecationWarning: old_api() is deprecated" in text
    assert "exit code 1" in text


def test_resource_warning():
    text = faults_of("unclosed_file.py")
    assert "unclosed_file.py" in text and "ResourceWarning" in text


def test_fork_with_threads_warning():
    python = newer_python((3, 12))
    if python is None:
        pytest.skip(
            "needs Python 3.12+ on PATH: the warning does not exist before 3.12"
        )
    meta = harness.read_metadata(SNIPPETS / "fork_with_threads.py")
    result = harness.run_snippet(
        SNIPPETS / "fork_with_threads.py", "fork", meta.timeout, python=python
    )
    text = "\n".join(harness.judge(result, meta, "0\n", None))
    assert "fork_with_threads.py" in text
    assert (
        "DeprecationWarning: This process" in text
        and "use of fork() may lead to deadlocks" in text
    )


def test_static_checks_name_each_fault():
    faults = harness.static_faults(SNIPPETS, DOCS)
    text = "\n".join(faults)
    assert 'no_guard.py: no `if __name__ == "__main__":` guard' in text
    assert "unused.py: no page includes this snippet" in text
    assert "environment.py: no committed output environment.out" in text
    # snippets that are fine statically are not mentioned
    assert "wrong_line.py" not in text


def test_static_check_flags_missing_include(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "page.md").write_text("```{snippet} does_not_exist.py\n```\n")
    text = "\n".join(harness.static_faults(SNIPPETS, docs))
    assert "does_not_exist.py: included by" in text and "does not exist" in text


def test_static_check_flags_foreign_import_and_wide_bind(tmp_path):
    snippets = tmp_path / "snippets"
    snippets.mkdir()
    (snippets / "bad.py").write_text(
        "import requests\nimport socket\n\nif __name__ == '__main__':\n"
        "    socket.create_server(('', 8000))\n"
    )
    (snippets / "bad.out").write_text("")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "page.md").write_text("```{snippet} bad.py\n```\n")
    text = "\n".join(harness.static_faults(snippets, docs))
    if sys.version_info >= (3, 10):
        assert "bad.py: imports requests, which is not in the standard library" in text
    assert "bad.py: binds to every interface" in text


@pytest.mark.parametrize("method", harness.START_METHODS)
def test_start_method_is_injected(method):
    result = harness.run_snippet(SNIPPETS / "start_method.py", method, timeout=20)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [method, "[9]"]


def test_snippet_may_choose_its_own_method():
    # The harness injects fork as the default; the snippet's own
    # set_start_method("spawn") must still work.
    path = SNIPPETS / "sets_own_method.py"
    result = harness.run_snippet(path, "fork", timeout=20)
    expected = path.with_suffix(".out").read_text()
    assert harness.judge(result, harness.read_metadata(path), expected, None) == []


def test_pinned_snippet_runs_once_per_python():
    meta = harness.read_metadata(SNIPPETS / "sets_own_method.py")
    assert harness.skip_reason(meta, "spawn") is None
    reason = harness.skip_reason(meta, "fork")
    assert reason and "chooses its own start method (spawn)" in reason


def test_newer_python_is_skipped_visibly():
    reason, faults = harness.check_snippet(SNIPPETS / "needs_future.py", "spawn")
    assert reason and "needs Python 3.99+" in reason and faults == []


def test_declared_failure_passes_and_a_different_failure_does_not(tmp_path):
    assert faults_of("declared_failure.py") == ""
    copy = tmp_path / "declared_failure.py"
    copy.write_text(
        (SNIPPETS / "declared_failure.py").read_text().replace('"boom"', '"bang"')
    )
    shutil.copy(SNIPPETS / "declared_failure.out", tmp_path)
    shutil.copy(SNIPPETS / "declared_failure.err", tmp_path)
    _, faults = harness.check_snippet(copy, "spawn")
    text = "\n".join(faults)
    assert "expected: ValueError: boom" in text and "actual:   ValueError: bang" in text


def test_environment_does_not_leak_from_the_caller(monkeypatch):
    monkeypatch.setenv("PYTHONUNBUFFERED", "1")
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("PYTHONOPTIMIZE", "2")
    result = harness.run_snippet(SNIPPETS / "environment.py", "spawn", timeout=10)
    assert result.stdout.splitlines() == [
        "['PYTHONFAULTHANDLER', 'PYTHONHASHSEED', 'PYTHONIOENCODING', 'PYTHONPATH', 'PYTHONWARNINGS']",
        "False False",
    ]


@pytest.mark.parametrize(
    ("actual", "complaint"),
    [
        ("main: a\nworker: 1\nworker: 2\n", None),  # another interleaving is fine
        ("worker: 1\nmain: a\n", "stream 'worker:' differs"),  # a line is missing
        (
            "worker: 1\nworker: 2\nworker: 2\nmain: a\n",
            "stream 'worker:' differs",
        ),  # extra line
        ("worker: 2\nworker: 1\nmain: a\n", "stream 'worker:' differs"),  # out of order
        ("worker: 1\nworker: 2\nmain: b\n", "stream 'main:' differs"),  # wrong line
    ],
)
def test_interleaved_rule(actual, complaint):
    problem = harness.compare("interleaved", "worker: 1\nmain: a\nworker: 2\n", actual)
    if complaint is None:
        assert problem is None
    else:
        assert problem and complaint in problem


@pytest.mark.parametrize(
    ("actual", "ok"),
    [
        ("b\na\nc\n", True),
        ("a\nb\n", False),
        ("a\nb\nc\nc\n", False),
        ("a\nb\nd\n", False),
    ],
)
def test_unordered_rule(actual, ok):
    assert (harness.compare("unordered", "a\nb\nc\n", actual) is None) is ok


def test_command_line_reports_the_fault():
    proc = subprocess.run(
        [
            sys.executable,
            str(Path(harness.__file__)),
            "run",
            str(SNIPPETS / "wrong_line.py"),
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert proc.returncode == 1
    assert "FAIL" in proc.stdout and "wrong_line.py" in proc.stdout


def test_leaked_shared_memory_is_caught():
    text = faults_of("leaks_shm.py")
    assert (
        "leaks_shm.py" in text
        and "left 1 semaphore or shared-memory name(s) in /dev/shm" in text
    )
    leaked = text.rsplit("/dev/shm: ", 1)[1].split(";")[0]
    assert leaked.startswith("psm_")
    (harness.SHM / leaked).unlink()
