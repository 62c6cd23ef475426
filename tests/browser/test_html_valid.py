"""Every built page is valid HTML, by the Nu HTML checker (vnu.jar).

tox -e browser installs the checker from the vnu-jar npm package and sets
VNU_JAR. Errors that come from Sphinx's or furo's own templates, identical on
an empty furo page, are listed in THEME_ERRORS with the reason; everything
else is ours and fails the test.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

# Nothing is excused yet: every error fails.
THEME_ERRORS: tuple[str, ...] = ()


def test_pages_are_valid_html(site_dir):
    jar = os.environ.get("VNU_JAR")
    if not jar or not os.path.exists(jar):
        pytest.fail("VNU_JAR is not set: run this through tox -e browser")
    java = shutil.which("java")
    if not java:
        pytest.fail("java is not installed")
    pages = [
        str(p) for p in sorted(site_dir.rglob("*.html")) if "_static" not in p.parts
    ]
    proc = subprocess.run(
        [java, "-jar", jar, "--errors-only", "--format", "json", *pages],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(proc.stderr or "{}").get("messages", [])
    errors = [
        f"{m.get('url', '?').split(str(site_dir))[-1]}:{m.get('lastLine', '?')}: {m.get('message')}"
        for m in messages
        if m.get("type") == "error"
        and not any(t in m.get("message", "") for t in THEME_ERRORS)
    ]
    assert errors == [], "\n".join(errors[:40])
