"""Page weight: what a first visit downloads, compared with an empty furo page.

The baseline is a one-paragraph page built by the same Sphinx and furo with
no configuration at all. Beyond the page's own content (its HTML and its
figures), a first visit to any of our pages may download at most
EXTRA_ASSET_BYTES more than the baseline's CSS, JavaScript, fonts and
images, in at most EXTRA_REQUESTS more requests: the copy button's script
and stylesheet, and ours; a translated edition also loads Sphinx's
translations.js. The content (HTML and figures) may not exceed
MAX_HTML_BYTES. The measured numbers are written to
build/browser/budget.txt.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from pagewatch import ROOT, TRANSLATIONS, PageWatch, serve, site_pages

EXTRA_ASSET_BYTES = 30_000
EXTRA_REQUESTS = 5
MAX_HTML_BYTES = 250_000


def first_visit(browser, url):
    watch = PageWatch(browser)
    try:
        watch.page.goto(url, wait_until="load")
        watch.page.wait_for_load_state("networkidle")
        ok = [r for r in watch.responses if r.status == 200]
        content = [r for r in ok if r.url == url or "/_images/" in r.url]
        document = sum(len(r.body()) for r in content)
        assets = sum(len(r.body()) for r in ok if r not in content)
        return document, assets, len(ok) - len(content) + 1
    finally:
        watch.close()


@pytest.fixture(scope="module")
def baseline(browser, tmp_path_factory):
    work = tmp_path_factory.mktemp("baseline")
    (work / "src").mkdir()
    (work / "src" / "index.rst").write_text(
        "Baseline\n========\n\nOne paragraph of text.\n"
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-q",
            "-C",
            "-D",
            "html_theme=furo",
            "-b",
            "html",
            str(work / "src"),
            str(work / "html"),
        ],
        check=True,
        timeout=300,
    )
    server, thread = serve(work / "html")
    host, port = server.server_address[:2]
    try:
        yield first_visit(browser, f"http://{host}:{port}/index.html")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_first_visit_costs_little_more_than_the_theme(browser, base_url, baseline):
    base_html, base_assets, base_requests = baseline
    rows = [
        f"baseline empty furo page: html {base_html} + assets {base_assets} = "
        f"{base_html + base_assets} bytes, {base_requests} requests"
    ]
    over = []
    for page in site_pages():
        html, assets, requests = first_visit(browser, base_url + page)
        rows.append(
            f"{page}: html {html} + assets {assets} = {html + assets} bytes, {requests} requests"
        )
        translated = page.split("/")[0] in TRANSLATIONS
        if (
            assets > base_assets + EXTRA_ASSET_BYTES
            or requests > base_requests + EXTRA_REQUESTS + translated
            or html > MAX_HTML_BYTES
        ):
            over.append(rows[-1])
    report = ROOT / "build" / "browser" / "budget.txt"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text("\n".join(rows) + "\n")
    assert over == [], "over budget:\n" + "\n".join(over) + f"\n({rows[0]})"
