"""One job done twice: as a function in a process pool, as a child program.

With ProcessPoolExecutor the job is a Python function. Its argument and its
result cross between the processes by pickling, so the result comes back
as the same Python objects: the tuple is still a tuple.

With subprocess the job is a program: here the same code written as a
script for a new Python interpreter, started in isolated mode (-I) so it
ignores the parent's PYTHON* environment variables and the user's site
directory. Data crosses as bytes: the parent writes the text to the
child's stdin and parses the JSON the child prints, and JSON has lists but
no tuples. A failure in the child is an exit code and a message on its
stderr; check=True turns a non-zero exit code into CalledProcessError.
"""

import json
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

TEXT = "run any program with subprocess"

SCRIPT = """
import json, sys
words = sys.stdin.read().split()
if not words:
    sys.exit("error: no words")
longest = max(words, key=len)
print(json.dumps({"words": len(words), "longest": (longest, len(longest))}))
"""


def word_stats(text):
    words = text.split()
    longest = max(words, key=len)
    return {"words": len(words), "longest": (longest, len(longest))}


def run_script(text):
    done = subprocess.run(
        [sys.executable, "-I", "-c", SCRIPT],
        input=text,
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    )
    return json.loads(done.stdout)


def main():
    with ProcessPoolExecutor(max_workers=1) as pool:
        result = pool.submit(word_stats, TEXT).result(timeout=30)
    print(f"pool:       {result}")

    print(f"subprocess: {run_script(TEXT)}")
    try:
        run_script("")
    except subprocess.CalledProcessError as e:
        print(f"subprocess: exit status {e.returncode}, stderr {e.stderr!r}")


if __name__ == "__main__":
    main()
