"""Which CPU counts see CPU affinity, and how to override them.

The program starts three short-lived interpreters of the same Python. The
first restricts itself to one CPU with os.sched_setaffinity(), as
`taskset -c 0 python ...` would. The second is started with the
environment variable PYTHON_CPU_COUNT=N and the third with -X cpu_count=N,
where N is a number different from the machine's CPU count. Each reports
os.cpu_count(), os.process_cpu_count() and how many threads a
ThreadPoolExecutor() without max_workers starts. Python 3.13 added
process_cpu_count() and the override; older Pythons ignore both and print
False and None. (On a machine with one CPU, pinning changes nothing.)
"""

import json
import os
import subprocess
import sys

# test: output=exact timeout=20

REPORT = """
import json, os, sys, threading
from concurrent.futures import ThreadPoolExecutor
if sys.argv[1:] == ["one-cpu"]:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
process = getattr(os, "process_cpu_count", None)
gate = threading.Event()
with ThreadPoolExecutor() as pool:
    for _ in range(40):
        pool.submit(gate.wait, 5)  # each task keeps its thread busy
    threads = threading.active_count() - 1
    gate.set()
print(json.dumps({
    "cpu_count": os.cpu_count(),
    "process_cpu_count": process() if process else None,
    "pool_threads": threads,
}))
"""


def report(options=(), env=None, args=()):
    """Run REPORT in a new interpreter and return what it printed."""
    done = subprocess.run(
        [sys.executable, *options, "-c", REPORT, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    )
    return json.loads(done.stdout)


def main():
    if not hasattr(os, "sched_setaffinity"):
        sys.exit("this program needs os.sched_setaffinity (Linux)")
    system = os.cpu_count()
    plain_env = {
        k: v for k, v in os.environ.items() if k != "PYTHON_CPU_COUNT"
    }

    pinned = report(env=plain_env, args=["one-cpu"])
    print("pinned to one CPU:")
    print(f"  cpu_count() unchanged: {pinned['cpu_count'] == system}")
    print(f"  process_cpu_count(): {pinned['process_cpu_count']}")
    print(f"  default pool threads == 1 + 4: {pinned['pool_threads'] == 5}")

    n = 1 if system > 1 else 2  # any count the machine does not have
    runs = [
        ("PYTHON_CPU_COUNT=N", [], dict(plain_env, PYTHON_CPU_COUNT=str(n))),
        ("-X cpu_count=N", ["-X", f"cpu_count={n}"], plain_env),
    ]
    for label, options, env in runs:
        seen = report(options, env)
        print(f"{label}:")
        print(f"  cpu_count() == N: {seen['cpu_count'] == n}")
        print(f"  process_cpu_count() == N: {seen['process_cpu_count'] == n}")
        print(
            f"  default pool threads == N + 4: {seen['pool_threads'] == n + 4}"
        )


if __name__ == "__main__":
    main()
