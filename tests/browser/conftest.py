"""Fixtures for the real-browser tests: the built site, a loopback server, Chromium.

tox -e browser builds the site into build/browser/html first (the same strict
command as tox -e docs), then runs these tests against it. Set SITE_DIR to
test another build, and CHROMIUM to use another browser binary. The helpers
live in pagewatch.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pagewatch import CHROMIUM_ARGS, SITE, PageWatch, chromium_path, serve


@pytest.fixture(scope="session")
def site_dir() -> Path:
    if not (SITE / "index.html").exists():
        pytest.fail(
            f"no built site in {SITE}: run tox -e browser, which builds it first"
        )
    return SITE


@pytest.fixture(scope="session")
def base_url(site_dir):
    server, thread = serve(site_dir)
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}/"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def watch(browser):
    tab = PageWatch(browser)
    yield tab
    tab.close()
