"""The harness's own tests: feed it broken snippets and check each fault is caught.

Every fixture in tests/fixtures/snippets is broken in exactly one way (or, for
the last few, not at all). Each test asserts that the harness reports the
fault with a message naming the snippet and the fault.
"""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import harness
import pytest
import snippetmeta

FIXTURES = Path(__file__).parent / "fixtures"
SNIPPETS = FIXTURES / "snippets"
DOCS = FIXTURES / "docs"


def faults_of(name, start_method=None):
    reason, faults = harness.check_snippet(SNIPPETS / name, start_method)
    assert reason is None, reason
    return "\n".join(faults)


def newer_python(minimum):
    """An interpreter at least *minimum* that runs (this one if it is new enough)."""
    if sys.version_info[:2] >= minimum:
        return sys.executable
    for minor in range(15, minimum[1] - 1, -1):
        found = shutil.which(f"python3.{minor}")
        if found:
            try:
                harness.python_version(found)
            except (RuntimeError, OSError):
                continue
            return found
    return None


def pid_alive(pid):
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in "ZX"


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


def test_hang_report_has_every_process_stack():
    path = SNIPPETS / "hangs_in_child.py"
    meta = harness.read_metadata(path)
    result = harness.run_snippet(path, "spawn", meta.timeout)
    text = "\n".join(harness.judge(result, meta, "0\n", None))
    assert "hang: still running after its 3 s limit" in text
    # the parent, stuck in join(), and the child, stuck in its target
    assert "in join" in text
    assert "in stuck_in_the_child" in text
    child = int(result.stdout.split()[0])
    assert not pid_alive(child), "the hung child process survived"


def test_kill_sweeps_until_the_session_is_empty():
    # A process that keeps forking: one sweep would miss the newest child.
    code = (
        "import os, time\n"
        "while True:\n"
        "    if os.fork() == 0:\n"
        "        time.sleep(60)\n"
        "        os._exit(0)\n"
        "    time.sleep(0.001)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], start_new_session=True)
    try:
        time.sleep(0.5)
        assert len(harness._session_members(proc.pid)) > 10
        harness._kill_session(proc.pid)
        assert harness._session_members(proc.pid) == []
    finally:
        proc.kill()
        proc.wait()


def test_late_stderr_from_a_child_is_seen():
    text = faults_of("late_stderr.py")
    assert "late_stderr.py" in text and "wrote to stderr" in text
    assert "child: late error" in text


def test_resource_tracker_leak_warning_is_seen():
    text = faults_of("tracker_leak.py")
    assert "tracker_leak.py" in text and "a warning was raised" in text
    assert "resource_tracker: There appear to be 1 leaked shared_memory objects" in text


def test_leaked_named_semaphore_is_seen():
    text = faults_of("leaks_semaphore.py")
    assert "leaks_semaphore.py" in text
    assert "resource_tracker: There appear to be 1 leaked semaphore objects" in text


def test_hash_seed_is_random_and_repeatable(monkeypatch):
    # set_order.out was written with seed 1; most other seeds print another order.
    path = SNIPPETS / "set_order.py"
    monkeypatch.setenv("SNIPPET_HASHSEED", "1")
    _, faults = harness.check_snippet(path, "fork")
    assert faults == []
    monkeypatch.setenv("SNIPPET_HASHSEED", "2")
    _, faults = harness.check_snippet(path, "fork")
    text = "\n".join(faults)
    assert "set_order.py" in text and "hash seed 2" in text
    assert "To repeat this run: SNIPPET_HASHSEED=2" in text
    monkeypatch.delenv("SNIPPET_HASHSEED")
    seeds = {harness.hash_seed() for _ in range(5)}
    assert len(seeds) > 1


def test_process_started_by_a_no_process_snippet_is_caught():
    path = SNIPPETS / "hidden_process.py"
    assert harness.starts_no_process(path)
    reason = harness.skip_reason(harness.read_metadata(path), "spawn", True)
    assert reason and "starts no process" in reason
    text = faults_of("hidden_process.py", "fork")
    assert "hidden_process.py" in text
    assert "started a process (subprocess.Popen)" in text


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("import multiprocessing", "imports multiprocessing"),
        (
            "from concurrent.futures import ProcessPoolExecutor",
            "uses ProcessPoolExecutor",
        ),
        (
            "import concurrent.futures as cf\ncf.ProcessPoolExecutor",
            "uses ProcessPoolExecutor",
        ),
        ("import subprocess", "imports subprocess"),
        ("import os\nos.fork()", "calls os.fork"),
        ("import os\nos.spawnl(0, 'x', 'x')", "calls os.spawnl"),
        ("from os import posix_spawn", "imports os.posix_spawn"),
        (
            "import asyncio\nasyncio.create_subprocess_exec('x')",
            "calls create_subprocess_exec",
        ),
    ],
)
def test_process_starts_are_found_in_the_code(code, reason):
    assert reason in harness.process_reasons(harness.ast.parse(code))


def test_threads_only_code_starts_no_process():
    code = "import threading, queue, os\nos.getpid()\nthreading.Thread(target=print).start()"
    assert harness.process_reasons(harness.ast.parse(code)) == []


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


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_exception_in_a_pool_worker_passes_on_the_newest_python(method):
    python = newer_python((3, 15))
    if python is None:
        message = "needs Python 3.15 on PATH: the warning it hides is new in 3.15"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    path = SNIPPETS / "raises_in_worker.py"
    meta = harness.read_metadata(path)
    result = harness.run_snippet(path, method, meta.timeout, python=python)
    faults = harness.judge(result, meta, path.with_suffix(".out").read_text(), None)
    assert faults == []


def test_resource_warning():
    text = faults_of("unclosed_file.py")
    assert "unclosed_file.py" in text and "ResourceWarning" in text


def test_fork_with_threads_warning():
    python = newer_python((3, 12))
    if python is None:
        message = "needs Python 3.12+ on PATH: the warning does not exist before 3.12"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
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


def test_static_check_flags_foreign_import(tmp_path):
    snippets = tmp_path / "snippets"
    snippets.mkdir()
    (snippets / "bad.py").write_text(
        "import requests\n\nif __name__ == '__main__':\n    pass\n"
    )
    (snippets / "bad.out").write_text("")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "page.md").write_text("```{snippet} bad.py\n```\n")
    text = "\n".join(harness.static_faults(snippets, docs))
    assert "bad.py: imports requests, which is not in the standard library" in text


@pytest.mark.parametrize(
    ("code", "fault"),
    [
        ("socket.create_server(('', 8000))", "listens on every interface"),
        ("socket.create_server(('', 0))", "listens on every interface"),
        ("s.bind(('0.0.0.0', 0))", "listens on every interface"),
        ("HOST = ''\ns.bind((HOST, 0))", "listens on every interface"),
        (
            "ADDR = ('', 0)\nsocketserver.TCPServer(ADDR, H)",
            "listens on every interface",
        ),
        (
            "socketserver.TCPServer(('', 0), H)",
            "TCPServer() listens on every interface",
        ),
        ("ThreadingHTTPServer(('10.0.0.1', 0), H)", "listens on '10.0.0.1'"),
        ("s.bind(('localhost', 8080))", "uses the fixed port 8080"),
        ("s.bind(('127.0.0.1', 5000))", "uses the fixed port 5000"),
        ("Listener(('127.0.0.1', 6000))", "uses the fixed port 6000"),
        ("asyncio.start_server(handle, '', 0)", "listens on every interface"),
        (
            "loop.create_server(Proto, host='0.0.0.0', port=0)",
            "listens on every interface",
        ),
        ("s.bind(address)", "cannot be read from the code"),
    ],
)
def test_address_check_flags_wide_or_fixed_addresses(code, fault):
    text = "\n".join(harness.address_faults(harness.ast.parse(code)))
    assert fault in text


@pytest.mark.parametrize(
    "code",
    [
        "socket.create_server(('127.0.0.1', 0))",
        "socket.create_server(('127.0.0.1', 0), backlog=256)",
        "HOST = '127.0.0.1'\nPORT = 0\ns.bind((HOST, PORT))",
        "s.bind(('::1', 0))",
        "socketserver.ThreadingTCPServer(('localhost', 0), H)",
        "EchoServer(workers=2)",
        "logging.handlers.QueueListener(records, handler)",
        "asyncio.start_server(handle, '127.0.0.1', 0)",
    ],
)
def test_address_check_accepts_loopback_port_zero(code):
    assert harness.address_faults(harness.ast.parse(code)) == []


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


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("output=exactly", "field output='exactly': expected one of exact"),
        ("timeout=soon", "field timeout='soon': expected a number of seconds"),
        ("requires=3", "field requires='3': expected a Python version"),
        ("requires=3.9", "expected a version newer than 3.9"),
        ("start-method=thread", "field start-method='thread'"),
        ("exit=one", "field exit='one': expected an integer"),
        ("colour=blue", "unknown '# test:' field 'colour'"),
        ("output", "is not key=value"),
    ],
)
def test_bad_test_line_names_the_file_and_field(line, message):
    with pytest.raises(harness.MetadataError) as caught:
        snippetmeta.parse_test_line(f"# test: {line}\n", "demo.py")
    assert str(caught.value).startswith("demo.py: ")
    assert message in str(caught.value)


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
    _, faults = harness.check_snippet(copy, None)
    text = "\n".join(faults)
    assert "expected: ValueError: boom" in text and "actual:   ValueError: bang" in text


def test_ctrl_c_works_when_the_caller_ignores_it():
    # A test run started in the background inherits SIGINT as ignored; the
    # snippet must still get KeyboardInterrupt, as in a terminal.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        assert faults_of("interrupts_itself.py") == ""
        assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)


def test_environment_does_not_leak_from_the_caller(monkeypatch):
    monkeypatch.setenv("PYTHONUNBUFFERED", "1")
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("PYTHONOPTIMIZE", "2")
    result = harness.run_snippet(SNIPPETS / "environment.py", "spawn", timeout=10)
    assert result.stdout.splitlines()[:2] == [
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


def run_cli(*args, **env):
    return subprocess.run(
        [sys.executable, str(Path(harness.__file__)), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
    )


@pytest.mark.parametrize("command", ["run", "regen"])
@pytest.mark.parametrize("path", ["snippets/typo.py", "snippets/threads/no-such-page"])
def test_mistyped_path_is_an_error(command, path):
    proc = run_cli(command, harness.ROOT / path)
    assert proc.returncode == 2
    assert "no such file or directory" in proc.stderr and path in proc.stderr


def test_folder_without_snippets_is_an_error(tmp_path):
    proc = run_cli("run", tmp_path)
    assert proc.returncode == 2 and "no snippet (.py file) in it" in proc.stderr


FRESH = "2 + 2 = 4\n2 + 3 = 6\n"  # what wrong_line.py prints


def copy_snippet(tmp_path, name, *outputs):
    shutil.copy(SNIPPETS / name, tmp_path)
    for out in outputs:
        (tmp_path / out).write_text("stale\n")
    return tmp_path / name


def test_regen_writes_the_file_this_python_reads(tmp_path):
    minor = "{}{}".format(*sys.version_info[:2])
    path = copy_snippet(
        tmp_path, "wrong_line.py", "wrong_line.out", f"wrong_line.py{minor}.out"
    )
    proc = run_cli("regen", path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (tmp_path / f"wrong_line.py{minor}.out").read_text() == FRESH
    assert (tmp_path / "wrong_line.out").read_text() == "stale\n"


def test_regen_writes_a_range_that_covers_this_python(tmp_path):
    v = sys.version_info
    name = f"wrong_line.py{v[0]}{v[1] - 1}-py{v[0]}{v[1] + 1}.out"
    path = copy_snippet(tmp_path, "wrong_line.py", "wrong_line.out", name)
    assert harness.expected_output_path(path) == tmp_path / name
    assert run_cli("regen", path).returncode == 0
    assert (tmp_path / name).read_text() == FRESH
    assert (tmp_path / "wrong_line.out").read_text() == "stale\n"
    # a range that does not cover this Python is not read
    outside = (v[0], v[1] + 2)
    assert harness.expected_output_path(path, outside) == tmp_path / "wrong_line.out"


def test_regen_version_specific_creates_this_pythons_file(tmp_path):
    minor = "{}{}".format(*sys.version_info[:2])
    path = copy_snippet(tmp_path, "wrong_line.py", "wrong_line.out")
    assert run_cli("regen", "--version-specific", path).returncode == 0
    assert (tmp_path / f"wrong_line.py{minor}.out").read_text() == FRESH
    assert (tmp_path / "wrong_line.out").read_text() == "stale\n"


def test_regen_refuses_a_python_too_old_for_the_snippet(tmp_path):
    path = copy_snippet(tmp_path, "needs_future.py", "needs_future.out")
    proc = run_cli("regen", path)
    assert proc.returncode == 1
    assert (
        "needs Python 3.99+" in proc.stdout
        and "python3.99 tests/harness.py regen" in proc.stdout
    )
    assert (tmp_path / "needs_future.out").read_text() == "stale\n"


def test_mismatch_names_the_regen_command():
    text = faults_of("wrong_line.py")
    assert "tests/harness.py regen tests/fixtures/snippets/wrong_line.py" in text


def test_timeout_factor_scales_the_limit(monkeypatch):
    monkeypatch.setenv("SNIPPET_TIMEOUT_FACTOR", "0.5")
    result = harness.run_snippet(SNIPPETS / "hangs.py", "spawn", timeout=2)
    assert result.hung and result.timeout == 1


def test_snippet_runs_in_a_fresh_directory():
    result = harness.run_snippet(SNIPPETS / "environment.py", "spawn", timeout=10)
    cwd = result.stdout.splitlines()[2]
    assert Path(cwd).name == "run" and not cwd.startswith(str(harness.ROOT))
    assert not Path(cwd).exists(), "the run's directory is removed afterwards"


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
        and "left 1 semaphore or shared-memory name(s) it created in /dev/shm" in text
    )
    leaked = text.rsplit("/dev/shm: ", 1)[1].split(";")[0]
    assert leaked.startswith("psm_")
    assert not (harness.SHM / leaked).exists(), "the harness cleans up what it reports"


def test_other_programs_names_in_dev_shm_are_not_blamed():
    # Another program creates and keeps a segment while a snippet runs.
    from multiprocessing import shared_memory

    made = []

    def other_program():
        time.sleep(0.1)
        shm = shared_memory.SharedMemory(create=True, size=16)
        made.append(shm)

    import threading

    thread = threading.Thread(target=other_program)
    thread.start()
    try:
        result = harness.run_snippet(SNIPPETS / "sets_own_method.py", "fork", 20)
        thread.join(timeout=5)
        assert made and (harness.SHM / made[0]._name.lstrip("/")).exists()
        assert result.leaked_shm == []
    finally:
        for shm in made:
            shm.close()
            shm.unlink()
