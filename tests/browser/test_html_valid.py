"""Every built page is valid HTML, by the Nu HTML checker (vnu.jar).

tox -e browser installs the checker from the vnu-jar npm package and sets
VNU_JAR. Errors that come from Sphinx's or furo's own templates, identical on
an empty furo page, would be listed in THEME_ERRORS with the reason;
everything else is ours and fails the test.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

# Nothing is excused yet: every error fails.
THEME_ERRORS: tuple[str, ...] = ()


class CheckerFailed(Exception):
    """The checker did not run properly: no verdict, not a pass."""


def vnu_command() -> list[str]:
    jar = os.environ.get("VNU_JAR")
    if not jar or not os.path.exists(jar):
        pytest.fail("VNU_JAR is not set: run this through tox -e browser")
    java = shutil.which("java")
    if not java:
        pytest.fail("java is not installed")
    return [java, "-jar", jar]


def html_errors(command: list[str], pages: list[str]) -> list[dict]:
    """The checker's error messages for *pages*; CheckerFailed if it gave no verdict."""
    proc = subprocess.run(
        [*command, "--errors-only", "--format", "json", *pages],
        capture_output=True,
        text=True,
        timeout=600,
    )
    # vnu exits 0 (valid) or 1 (errors found) and always prints a JSON report.
    if proc.returncode not in (0, 1):
        raise CheckerFailed(f"exit code {proc.returncode}: {proc.stderr[-2000:]}")
    try:
        report = json.loads(proc.stderr)
        messages = report["messages"]
    except (ValueError, KeyError, TypeError):
        raise CheckerFailed(f"no JSON report: {proc.stderr[-2000:]!r}") from None
    errors = [m for m in messages if m.get("type") == "error"]
    if proc.returncode == 1 and not errors:
        raise CheckerFailed(f"exit code 1 with no error reported: {messages}")
    return errors


def test_pages_are_valid_html(site_dir):
    pages = [
        str(p) for p in sorted(site_dir.rglob("*.html")) if "_static" not in p.parts
    ]
    errors = [
        f"{m.get('url', '?').split(str(site_dir))[-1]}:{m.get('lastLine', '?')}: {m.get('message')}"
        for m in html_errors(vnu_command(), pages)
        if not any(t in m.get("message", "") for t in THEME_ERRORS)
    ]
    assert errors == [], "\n".join(errors[:40])


def test_checker_reports_an_invalid_page(tmp_path):
    page = tmp_path / "bad.html"
    page.write_text(
        "<!DOCTYPE html><html lang=en><head><title>x</title></head>"
        "<body><p><div>block in a paragraph</p></body></html>"
    )
    assert html_errors(vnu_command(), [str(page)])


@pytest.mark.parametrize(
    "code",
    [
        "pass",  # prints nothing, exits 0
        "import sys; sys.exit(3)",  # an unexpected exit code
        "import sys; sys.stderr.write('{}'); sys.exit(0)",  # JSON without a report
    ],
)
def test_a_checker_that_gives_no_verdict_is_a_failure(tmp_path, code):
    with pytest.raises(CheckerFailed):
        html_errors([sys.executable, "-c", code, "--"], [str(tmp_path / "x.html")])
