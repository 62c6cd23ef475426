"""Checks of the snippets and pages that need no snippet to run."""

import configparser
import re
import runpy
import zlib

import harness

ROOT = harness.ROOT
INVENTORY = ROOT / "docs" / "_intersphinx" / "python-3.14-objects.inv"


def test_snippets_and_pages_are_consistent():
    faults = harness.static_faults()
    assert not faults, "\n".join(faults)


def python_api_names(inventory=INVENTORY):
    """Fully qualified names of the Python objects the inventory documents."""
    data = inventory.read_bytes()
    # Four header lines, then a zlib stream of "name domain:role prio uri disp".
    body = data.split(b"\n", 4)[4]
    names = set()
    for line in zlib.decompress(body).decode().splitlines():
        name, role = line.split(" ", 2)[:2]
        if role.startswith("py:") and role != "py:parameter" and "." in name:
            names.add(name)
    return names


_FENCE = re.compile(r"^(```+|:::+).*?^\1\s*$", re.MULTILINE | re.DOTALL)
_PLAIN_CODE = re.compile(r"(?<![}`])`([A-Za-z_][\w.]*)(?:\(\))?`(?!`)")


def unlinked_api_mentions(text, names):
    """Inline code that names a documented Python API without linking it."""
    prose = _FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    found = []
    for lineno, line in enumerate(prose.splitlines(), 1):
        for match in _PLAIN_CODE.finditer(line):
            if match.group(1) in names:
                found.append((lineno, match.group(1)))
    return found


def test_every_api_mention_links_to_the_python_docs():
    names = python_api_names()
    faults = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        for lineno, name in unlinked_api_mentions(page.read_text(), names):
            faults.append(
                f"{page.relative_to(ROOT)}:{lineno}: `{name}` names a Python API; "
                f"link it with a role such as {{py:func}}`{name}`"
            )
    assert not faults, "\n".join(faults)


def test_api_mention_check_can_fail():
    names = {"threading.Event", "threading.Event.wait"}
    text = (
        "Use `threading.Event` here, {py:class}`threading.Event` there,\n"
        "`threading.Event.wait()` again and `stop.wait()` never.\n"
        "```python\nthreading.Event()  # code blocks are not prose\n```\n"
    )
    assert unlinked_api_mentions(text, names) == [
        (1, "threading.Event"),
        (2, "threading.Event.wait"),
    ]


def test_tox_matrix_matches_the_tested_pythons_the_pages_claim():
    conf = runpy.run_path(str(ROOT / "conf.py"))
    tox = configparser.ConfigParser()
    tox.read(ROOT / "tox.ini")
    env_list = tox["tox"]["env_list"]
    versions = "".join(v.replace(".", "") + "," for v in conf["tested_pythons"])
    methods = ",".join(conf["tested_start_methods"])
    assert f"py{{{versions.rstrip(',')}}}-{{{methods}}}" in env_list
