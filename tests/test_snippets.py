"""Run every snippet under this Python and the start method tox chose.

tox sets SNIPPET_START_METHOD from the environment name (py313-spawn, ...).
Each snippet runs in a fresh interpreter; see harness.py for what a pass means.
"""

import os

import harness
import pytest

START_METHOD = os.environ.get("SNIPPET_START_METHOD") or None
SNIPPETS = harness.discover()


@pytest.mark.parametrize(
    "snippet", SNIPPETS, ids=[str(p.relative_to(harness.SNIPPETS)) for p in SNIPPETS]
)
def test_snippet(snippet):
    reason, faults = harness.check_snippet(snippet, START_METHOD)
    if reason:
        pytest.skip(reason)
    if faults:
        pytest.fail("\n\n".join(faults), pytrace=False)
