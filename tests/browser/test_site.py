"""The site as readers use it, in a real browser (headless Chromium).

Every page: no console errors, no failed request, no request that leaves
127.0.0.1; every copy button copies exactly what a reader should paste, and a
copied program runs on the oldest and newest Python and prints the page's
output; no serious accessibility violation; readable code colours in light
and dark mode; no sideways scrolling at phone width.
"""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from pagewatch import ROOT, PageWatch, site_pages

from snippets import (
    numbers_of_test_lines,
)  # docs/_ext/snippets.py, on the path via conf

PAGES = site_pages()


def without_test_lines(source: str) -> str:
    """What the listing shows: the file less its # test: lines (see the directive)."""
    skip = set(numbers_of_test_lines(source))
    return "\n".join(
        line for n, line in enumerate(source.splitlines(), 1) if n not in skip
    )


CAPTURE_COPY = """
document.addEventListener('copy', (event) => {
  const el = event.target;
  window.__copied = (el && typeof el.value === 'string')
    ? el.value.slice(el.selectionStart, el.selectionEnd)
    : document.getSelection().toString();
}, true);
"""


def open_page(watch, base_url, page, settle=False):
    """Load *page*; with *settle*, also wait until no request has been made for 0.5 s."""
    watch.page.goto(base_url + page, wait_until="load")
    if settle:
        watch.page.wait_for_load_state("networkidle")


# --------------------------------------------------------------------------
# Requests and errors


SPECIAL = [
    f"{edition}{name}"
    for edition in ("", "zh_CN/")
    for name in ("search.html", "genindex.html", "404.html")
]


@pytest.mark.parametrize("page", PAGES + SPECIAL)
def test_no_errors_and_nothing_leaves_loopback(watch, base_url, page):
    open_page(watch, base_url, page, settle=True)
    assert watch.external == [], f"{page} requested non-local URLs: {watch.external}"
    assert watch.failed == [], f"{page} had failed requests: {watch.failed}"
    assert watch.errors == [], f"{page} logged errors: {watch.errors}"


# --------------------------------------------------------------------------
# Copy buttons


def code_blocks(page):
    """(kind, caption, code text, copy button or None, output text) for each block."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('article div.highlight')).map((hl, i) => {
            hl.dataset.blockIndex = i;
            const outer = hl.parentElement;
            const wrapper = outer.closest('.literal-block-wrapper');
            const caption = wrapper ? wrapper.querySelector('.caption-text').textContent : '';
            let output = null;
            if (wrapper) {
              let next = wrapper.nextElementSibling;
              while (next && !next.classList.contains('literal-block-wrapper')) next = next.nextElementSibling;
              if (next && next.querySelector('div.output')) output = next.querySelector('pre').innerText;
            }
            return {
              index: i,
              kind: outer.className,
              caption: caption,
              text: hl.querySelector('pre').innerText,
              hasButton: !!hl.querySelector('button.copybtn'),
              output: output,
            };
        })"""
    )


def click_copy(page, index):
    page.evaluate("() => { window.__copied = undefined; }")
    page.locator(f"div.highlight[data-block-index='{index}'] button.copybtn").click(
        force=True
    )
    page.wait_for_function("() => window.__copied !== undefined", timeout=15000)
    return page.evaluate("() => window.__copied")


def expected_copy(block) -> str:
    kind, text = block["kind"], block["text"]
    if "highlight-pycon" in kind or text.startswith(">>> "):
        prompt = re.compile(r"^(>>> |\.\.\. )")
        return "\n".join(
            prompt.sub("", line) for line in text.splitlines() if prompt.match(line)
        )
    if "highlight-console" in kind:
        return "\n".join(
            line[2:] for line in text.splitlines() if line.startswith("$ ")
        )
    return text


def norm(text: str) -> str:
    return text.rstrip("\n")


@pytest.mark.parametrize("page", PAGES)
def test_copy_buttons_copy_exactly_the_code(browser, base_url, page):
    """Every code block's button copies what a reader should paste. A whole
    program copies as the file the matrix runs, less its # test: line, and
    the output shown under it is the committed output the matrix compares with."""
    watch = PageWatch(browser)
    try:
        watch.page.add_init_script(CAPTURE_COPY)
        open_page(watch, base_url, page)
        problems = []
        for block in code_blocks(watch.page):
            where = f"{page}, block {block['index']} {block['caption']!r}"
            if "output" in block["kind"].split():
                if block["hasButton"]:
                    problems.append(f"{where}: an output block has a copy button")
                continue
            if not block["hasButton"]:
                problems.append(f"{where}: a code block has no copy button")
                continue
            copied = click_copy(watch.page, block["index"])
            caption = block["caption"]
            if caption.startswith("snippets/"):
                source = without_test_lines(
                    (ROOT / caption).read_text(encoding="utf-8")
                )
                if norm(copied) != norm(source) and norm(copied) not in source:
                    problems.append(
                        f"{where}: copied text is not the file's text (or a part of it)"
                    )
                if norm(copied) != norm(block["text"]):
                    problems.append(f"{where}: copied text differs from the text shown")
                if "# test:" in copied:
                    problems.append(f"{where}: the copy has the # test: line")
                if block["output"] is not None:  # a whole program, with its output
                    path = ROOT / caption
                    if norm(copied) != norm(source):
                        problems.append(
                            f"{where}: the copy is not the tested file less its "
                            "# test: line"
                        )
                    committed = path.with_suffix(".out").read_text(encoding="utf-8")
                    if norm(block["output"]) != norm(committed):
                        problems.append(
                            f"{where}: the output shown is not its .out file"
                        )
            elif norm(copied) != norm(expected_copy(block)):
                problems.append(
                    f"{where}: copied {copied!r}, expected {expected_copy(block)!r}"
                )
        assert not problems, "\n".join(problems)
    finally:
        watch.close()


# --------------------------------------------------------------------------
# Search


SEARCHES = [
    # API names
    ("settimeout", "threads/stopping-threads.html"),
    ("getswitchinterval", "threads/gil.html"),
    ("as_completed", "pools/waiting-for-futures.html"),
    ("BrokenProcessPool", "processes/process-pool-executor.html"),
    ("set_start_method", "processes/start-methods.html"),
    # error messages, as a reader pastes them
    ("cannot set daemon status of active thread", "threads/daemon-threads.html"),
    ("Semaphore released too many times", "threads/semaphores.html"),
    ("task_done() called too many times", "threads/task-done-and-join.html"),
    (
        "daemonic processes are not allowed to have children",
        "processes/process-objects.html",
    ),
]


@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_search_finds_the_page(watch, base_url, query, expected):
    watch.page.goto(f"{base_url}search.html?q={query}")
    watch.page.wait_for_selector("#search-results ul.search li", timeout=15000)
    links = watch.page.eval_on_selector_all(
        "#search-results ul.search li a", "els => els.map(a => a.getAttribute('href'))"
    )
    assert any(link.split("?")[0].split("#")[0] == expected for link in links), links
    # each result's summary is fetched from its page afterwards
    watch.page.wait_for_load_state("networkidle")
    assert watch.errors == [], watch.errors


ERROR_SEARCHES = [
    "Semaphore released too many times",
    "task_done() called too many times",
    "daemonic processes are not allowed to have children",
    "digest sent was rejected",
    "resource_tracker: There appear to be 1 leaked shared_memory objects",
]


@pytest.mark.parametrize("query", ERROR_SEARCHES)
def test_search_for_an_error_finds_its_troubleshooting_entry(watch, base_url, query):
    """A reader pastes an error text into the search box and reaches its entry."""
    watch.page.goto(f"{base_url}search.html?q={query}")
    watch.page.wait_for_selector("#search-results ul.search li", timeout=15000)
    links = watch.page.eval_on_selector_all(
        "#search-results ul.search li a", "els => els.map(a => a.getAttribute('href'))"
    )
    entries = {
        link.split("?")[0].split("#")[0]
        for link in links
        if link.startswith("troubleshooting/") and "index.html" not in link
    }
    assert entries, links
    # The entry itself is on a part's page, with the exact text as its heading.
    headings = []
    for entry in sorted(entries):
        watch.page.goto(base_url + entry)
        headings += watch.page.eval_on_selector_all(
            "article h2", "els => els.map(h => h.textContent)"
        )
    assert any(query in heading for heading in headings), query


# --------------------------------------------------------------------------
# Colours, phone width, accessibility


CONTRAST = """(theme) => {
  document.body.dataset.theme = theme;
  const lum = (rgb) => {
    const [r, g, b] = rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const parse = (css) => css.match(/[\\d.]+/g).slice(0, 4).map(Number);
  const background = (el) => {
    for (; el; el = el.parentElement) {
      const c = parse(getComputedStyle(el).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const worst = [];
  document.querySelectorAll('article div.highlight pre').forEach(pre => {
    const bg = lum(background(pre));
    [pre, ...pre.querySelectorAll('span')].forEach(el => {
      if (!el.textContent.trim()) return;
      const fg = lum(parse(getComputedStyle(el).color).slice(0, 3));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < 4.5) worst.push(`${el.className || 'pre'} "${el.textContent.slice(0, 20)}" ${ratio.toFixed(2)}`);
    });
  });
  return worst;
}"""


@pytest.mark.parametrize("page", PAGES)
def test_code_is_readable_in_light_and_dark_mode(watch, base_url, page):
    open_page(watch, base_url, page)
    for theme in ("light", "dark"):
        low = watch.page.evaluate(CONTRAST, theme)
        assert low == [], (
            f"{page} ({theme}): code colours below 4.5:1 contrast: {low[:10]}"
        )


OVERFLOW = """() => {
  const bad = [];
  if (document.documentElement.scrollWidth > window.innerWidth + 1)
    bad.push(`the page is ${document.documentElement.scrollWidth}px wide`);
  document.querySelectorAll('article p, article li, article dt, article dd, article h1, article h2, article h3')
    .forEach(el => {
      if (el.closest('pre, .highlight, .table-wrapper, table')) return;
      if (el.scrollWidth > el.clientWidth + 1) bad.push(`${el.tagName}: ${el.textContent.slice(0, 50)}`);
    });
  return bad;
}"""


@pytest.mark.parametrize("page", PAGES)
def test_no_sideways_scrolling_on_a_phone(browser, base_url, page):
    watch = PageWatch(browser, viewport={"width": 375, "height": 800})
    try:
        open_page(watch, base_url, page)
        bad = watch.page.evaluate(OVERFLOW)
        assert bad == [], f"{page} overflows at 375 px: {bad[:10]}"
    finally:
        watch.close()


FIGURE_PAGES = [
    edition + page
    for page in sorted(
        str(p.relative_to(ROOT / "docs").with_suffix(".html"))
        for p in (ROOT / "docs").rglob("*.md")
        if "```{run-figure}" in p.read_text(encoding="utf-8")
    )
    for edition in ("", "zh_CN/")
]

FIGURES = """() => [...document.querySelectorAll('figure.run-figure img')].map(img => {
  const box = img.getBoundingClientRect();
  return {
    src: img.getAttribute('src'),
    alt: img.getAttribute('alt') || '',
    shown: getComputedStyle(img).display !== 'none',
    loaded: img.complete && img.naturalWidth > 0,
    // the size it reserves before it loads, and the size it has
    size: [img.getAttribute('width'), img.getAttribute('height')].map(Number),
    natural: [img.naturalWidth, img.naturalHeight],
    left: box.left,
    right: box.right,
    caption: img.closest('figure').querySelector('figcaption')?.textContent || '',
  };
})"""


def test_figure_pages_are_found():
    assert len(FIGURE_PAGES) >= 10, FIGURE_PAGES


@pytest.mark.parametrize("page", FIGURE_PAGES)
def test_figures_load_have_alt_text_and_fit_a_phone(browser, base_url, page):
    """Each figure: one image per colour theme, the right one shown, loaded,
    described, captioned with its run, and inside the page at 375 px. It
    states its size, so the text below it does not move when it loads."""
    watch = PageWatch(browser, viewport={"width": 375, "height": 800})
    try:
        open_page(watch, base_url, page)
        for theme in ("light", "dark"):
            watch.page.evaluate(f"document.body.dataset.theme = '{theme}'")
            # the images load lazily: bring each shown one into view first
            watch.page.evaluate(
                """async () => {
                  for (const img of document.querySelectorAll('figure.run-figure img')) {
                    if (getComputedStyle(img).display === 'none') continue;
                    img.scrollIntoView();
                    try { await img.decode(); } catch (e) {}
                  }
                }"""
            )
            figures = watch.page.evaluate(FIGURES)
            assert figures, f"{page}: no figure found"
            shown = [f for f in figures if f["shown"]]
            assert len(shown) * 2 == len(figures), (page, theme, figures)
            for figure in shown:
                assert figure["src"].endswith(f"-{theme}.svg"), (page, theme, figure)
                assert figure["loaded"], f"{page}: {figure['src']} did not load"
                reserved, natural = figure["size"], figure["natural"]
                assert all(abs(a - b) <= 1 for a, b in zip(reserved, natural)), (
                    f"{page}: {figure['src']} reserves {reserved} but is {natural}"
                )
                assert len(figure["alt"]) > 40, f"{page}: {figure['src']} alt text"
                assert 0 <= figure["left"] and figure["right"] <= 375, (page, figure)
                # the caption says which Python drew it (in either edition)
                assert re.search(r"CPython 3\.\d+\.\d+", figure["caption"]), (
                    page,
                    figure["caption"],
                )
        assert watch.errors == [] and watch.failed == [], (watch.errors, watch.failed)
    finally:
        watch.close()


@pytest.mark.parametrize("page", PAGES)
def test_no_serious_accessibility_violations(watch, base_url, page):
    from axe_playwright_python.sync_playwright import Axe

    open_page(watch, base_url, page)
    results = Axe().run(watch.page)
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} -- {len(v['nodes'])} element(s), "
        f"e.g. {v['nodes'][0]['html'][:120]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], f"{page}:\n" + "\n".join(serious)


# --------------------------------------------------------------------------
# Links and images, read from the built HTML


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.images_without_alt: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "img" and not (attrs.get("alt") or "").strip():
            self.images_without_alt.append(attrs.get("src", "?"))


def _parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def test_internal_links_and_anchors_resolve(site_dir):
    parsed = {p: _parse(p) for p in site_dir.rglob("*.html")}
    problems = []
    for path, doc in parsed.items():
        for href in doc.links:
            parts = urlsplit(href)
            if parts.scheme or href.startswith("//") or href.startswith("mailto:"):
                continue
            if parts.path.startswith("/"):  # from the site's root (the 404 page)
                target = (site_dir / unquote(parts.path).lstrip("/")).resolve()
            elif parts.path:
                target = (path.parent / unquote(parts.path)).resolve()
            else:
                target = path
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                problems.append(f"{path.relative_to(site_dir)}: link to missing {href}")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else _parse(target).ids
                if unquote(parts.fragment) not in ids:
                    problems.append(
                        f"{path.relative_to(site_dir)}: no anchor for {href}"
                    )
    assert problems == [], "\n".join(problems[:30])


def test_every_image_has_alt_text(site_dir):
    missing = []
    for path in site_dir.rglob("*.html"):
        missing += [
            f"{path.relative_to(site_dir)}: {src}"
            for src in _parse(path).images_without_alt
        ]
    assert missing == [], "\n".join(missing)


def test_download_links_serve_the_snippet(site_dir):
    """Each page's download link points at a copy of the snippet file itself."""
    problems = []
    for page in PAGES:
        doc = _parse(site_dir / page)
        for href in doc.links:
            if "_downloads/" not in href:
                continue
            target = (site_dir / page).parent / href
            name = Path(href).name
            matches = list((ROOT / "snippets").rglob(name))
            if not any(m.read_bytes() == target.read_bytes() for m in matches):
                problems.append(f"{page}: {href} is not a copy of any snippet")
    assert problems == []


def test_external_links_are_expected_only(site_dir):
    """The pages link out only to primary sources: the Python docs, PEPs,
    CPython's issues (GitHub, and bugs.python.org for old ones), the
    repository, and the vendors' own documentation a page cites."""
    allowed = (
        "https://docs.python.org/",
        "https://peps.python.org/",
        "https://github.com/",
        "https://bugs.python.org/",
        "https://docs.oracle.com/en/java/",
        "https://docs.redhat.com/",
        # the book the original post recommends, in the translation it read
        "https://python3-cookbook.readthedocs.io/",
        # the installation guide the Python docs' free-threading HOWTO links
        "https://py-free-threading.github.io/",
    )
    odd = set()
    for path in site_dir.rglob("*.html"):
        for href in _parse(path).links:
            if urlsplit(href).scheme in ("http", "https") and not href.startswith(
                allowed
            ):
                odd.add(href)
    # furo and Sphinx credit themselves in the footer.
    odd -= {
        "https://www.sphinx-doc.org/",
        "https://pradyunsg.me",
        "https://github.com/pradyunsg/furo",
    }
    assert odd == set(), sorted(odd)


def test_404_page_works_at_any_depth(watch, base_url, site_dir):
    """Hosts serve 404.html for any missing URL, however deep: its links must still work."""
    body = (site_dir / "404.html").read_text(encoding="utf-8")
    missing = base_url + "threads/no/such/page.html"
    watch.page.route(
        missing,
        lambda route: route.fulfill(status=404, body=body, content_type="text/html"),
    )
    watch.page.goto(missing, wait_until="load")
    watch.page.wait_for_load_state("networkidle")
    failed = [f for f in watch.failed if not f.startswith(missing)]
    # Chromium logs the 404 status of the page itself as a console error.
    errors = [e for e in watch.errors if "status of 404" not in e]
    assert failed == [] and errors == [] and watch.external == []
    front = watch.page.get_by_role("link", name="the front page").get_attribute("href")
    assert (
        urljoin(watch.page.evaluate("document.baseURI"), front)
        == base_url + "index.html"
    )


# --------------------------------------------------------------------------
# The Chinese edition (zh_CN/): its own search, system CJK fonts, and a link
# on every page of both editions to the same page in the other.


ZH_SEARCHES = [
    # Chinese words, split by the search index's Chinese word splitter
    ("守护线程", "zh_CN/threads/daemon-threads.html"),
    ("信号量", "zh_CN/threads/semaphores.html"),
    ("条件变量", "zh_CN/threads/condition-variables.html"),
    # error texts stay English on Chinese pages, so readers find them
    ("Semaphore released too many times", "zh_CN/threads/semaphores.html"),
    ("task_done() called too many times", "zh_CN/threads/task-done-and-join.html"),
]


@pytest.mark.parametrize(("query", "expected"), ZH_SEARCHES)
def test_chinese_search_finds_the_page(watch, base_url, query, expected):
    watch.page.goto(f"{base_url}zh_CN/search.html?q={query}")
    watch.page.wait_for_selector("#search-results ul.search li", timeout=15000)
    links = watch.page.eval_on_selector_all(
        "#search-results ul.search li a", "els => els.map(a => a.href)"
    )
    found = [urlsplit(link).path.lstrip("/") for link in links]
    assert expected in found, (query, found[:10])
    watch.page.wait_for_load_state("networkidle")
    assert watch.errors == [], watch.errors


def test_chinese_pages_use_an_installed_cjk_font(watch, base_url):
    """The page asks for system fonts only; one of them has Chinese glyphs here."""
    import subprocess

    families = subprocess.run(
        ["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=True
    ).stdout
    installed = {
        name.strip() for line in families.splitlines() for name in line.split(",")
    }
    assert installed, "no font with Chinese glyphs is installed (fc-list :lang=zh)"
    open_page(watch, base_url, "zh_CN/threads/gil.html")
    assert watch.page.evaluate("document.documentElement.lang") == "zh-CN"
    stack = watch.page.evaluate("getComputedStyle(document.body).fontFamily")
    asked = {name.strip().strip('"') for name in stack.split(",")}
    assert asked & installed, (stack, sorted(installed))


class EditionLinks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.inside, self.links = False, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "nav" and "sidebar-editions" in (attrs.get("class") or ""):
            self.inside = True
        elif tag == "a" and self.inside:
            self.links.append((attrs.get("href"), attrs.get("hreflang")))

    def handle_endtag(self, tag):
        if tag == "nav":
            self.inside = False


def test_every_page_links_to_the_same_page_in_the_other_edition(site_dir):
    english = {
        p.relative_to(site_dir).as_posix()
        for p in site_dir.rglob("*.html")
        if p.relative_to(site_dir).parts[0] not in ("zh_CN", "_static", "_images")
    }
    assert len(english) > 40, "the English edition is missing"
    problems = []
    for page in sorted(english):
        for here, there, lang in (
            (page, "zh_CN/" + page, "zh-CN"),
            ("zh_CN/" + page, page, "en"),
        ):
            path = site_dir / here
            if not path.exists():
                problems.append(f"{here}: missing")
                continue
            parser = EditionLinks()
            parser.feed(path.read_text(encoding="utf-8"))
            if here.endswith("404.html"):
                continue  # served at any depth: its links are absolute
            if len(parser.links) != 1:
                problems.append(f"{here}: {len(parser.links)} edition links")
                continue
            href, hreflang = parser.links[0]
            target = posixpath.normpath(posixpath.join(posixpath.dirname(here), href))
            if target != there or hreflang != lang:
                problems.append(f"{here}: links to {target} ({hreflang}), not {there}")
    assert not problems, "\n".join(problems[:20])
