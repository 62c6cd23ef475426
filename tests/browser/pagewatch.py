"""What the browser tests share: the built site's pages, a loopback server, a watched tab.

Imported by conftest.py (the fixtures) and by the test modules.
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("SITE_DIR", ROOT / "build" / "browser" / "html"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    for candidate in (
        os.environ.get("CHROMIUM"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    pytest.fail("no Chromium found: install Debian's chromium package or set CHROMIUM")


TRANSLATIONS = ("zh_CN",)  # the translated editions' folders: conf.py EDITIONS


def edition_path(page: str) -> str:
    """A page's path within its edition: zh_CN/search.html -> search.html."""
    first, _, rest = page.partition("/")
    return rest if first in TRANSLATIONS and rest else page


def site_pages() -> list[str]:
    """Every content page of the built site, as a path relative to its root."""
    special = {"genindex.html", "search.html", "404.html"}
    if SITE.is_dir():
        return sorted(
            str(p.relative_to(SITE))
            for p in SITE.rglob("*.html")
            if not (
                {"_static", "_sources", "_downloads"} & set(p.relative_to(SITE).parts)
            )
            and edition_path(str(p.relative_to(SITE))) not in special
        )
    docs = ROOT / "docs"
    return [
        str(p.relative_to(docs).with_suffix(".html"))
        for p in sorted(docs.rglob("*.md"))
        if p.relative_to(docs).parts[0] != "locale"
    ]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


def serve(directory: Path):
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}
    )
    thread.start()
    return server, thread


class PageWatch:
    """A browser tab that records console errors, failed and non-local requests."""

    def __init__(self, browser, **context_options):
        self.context = browser.new_context(**context_options)
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.external: list[str] = []
        self.responses: list = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))
        self.page.on(
            "requestfailed",
            lambda req: self.failed.append(f"{req.url} ({req.failure})"),
        )
        self.page.on("response", self._response)

    def _route(self, route):
        url = route.request.url
        if url.startswith(("http://127.0.0.1:", "data:", "blob:", "about:")):
            route.continue_()
        else:
            self.external.append(url)
            route.abort()

    def _console(self, message):
        if message.type == "error":
            self.errors.append(f"console: {message.text}")

    def _response(self, response):
        self.responses.append(response)
        if response.status >= 400:
            self.failed.append(f"{response.url} (HTTP {response.status})")

    def close(self):
        self.context.close()
