"""Run every snippet under this Python and the start method tox chose.

tox sets SNIPPET_START_METHOD from the environment name (py313-spawn, ...).
Each snippet runs in a fresh interpreter; see harness.py for what a pass means.
A snippet that starts no process runs only in the fork environments.
"""

import os
import platform
import re
import sys

import harness
import pytest

START_METHOD = os.environ.get("SNIPPET_START_METHOD") or None
SNIPPETS = harness.discover()
RELEASES = harness.DOCS / "_data" / "tested-releases.toml"


@pytest.mark.parametrize(
    "snippet", SNIPPETS, ids=[str(p.relative_to(harness.SNIPPETS)) for p in SNIPPETS]
)
def test_snippet(snippet):
    reason, faults = harness.check_snippet(snippet, START_METHOD)
    if reason:
        pytest.skip(reason)
    if faults:
        pytest.fail("\n\n".join(faults), pytrace=False)


def test_release_is_the_one_the_landing_page_lists():
    """The landing page lists the exact release of each Python the matrix ran."""
    minor = "{}.{}".format(*sys.version_info[:2])
    text = RELEASES.read_text(encoding="utf-8")
    match = re.search(rf'^"{re.escape(minor)}" = "([^"]+)"', text, re.MULTILINE)
    listed = match.group(1) if match else None
    running = platform.python_version()
    if listed == running:
        return
    message = (
        f"this is Python {running}; docs/_data/tested-releases.toml lists "
        f"{listed or 'no release'} for {minor}. Where the matrix now runs {running}, "
        f'set "{minor}" = "{running}" there'
    )
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message + " (only CI fails on this)")
