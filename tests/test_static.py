"""Checks of the snippets, pages and configuration that need no snippet to run."""

import configparser
import posixpath
import re
import zlib

import harness
import snippetmeta
from pagetext import source_pages

ROOT = harness.ROOT
INVENTORY = ROOT / "docs" / "_intersphinx" / "python-3.14-objects.inv"
FIXTURES = ROOT / "tests" / "fixtures"


def test_snippets_and_pages_are_consistent():
    faults = harness.static_faults()
    assert not faults, "\n".join(faults)


# --------------------------------------------------------------------------
# Every API named on a page links to the Python docs.

# The MyST role for each kind of object in the Python docs' inventory.
ROLES = {
    "py:class": "py:class",
    "py:function": "py:func",
    "py:method": "py:meth",
    "py:classmethod": "py:meth",
    "py:staticmethod": "py:meth",
    "py:module": "py:mod",
    "py:exception": "py:exc",
    "py:attribute": "py:attr",
    "py:property": "py:attr",
    "py:data": "py:data",
}


def python_api_names(inventory=INVENTORY):
    """Fully qualified names of the Python objects the inventory documents, with their role."""
    data = inventory.read_bytes()
    # Four header lines, then a zlib stream of "name domain:role prio uri disp".
    body = data.split(b"\n", 4)[4]
    names = {}
    for line in zlib.decompress(body).decode().splitlines():
        name, role = line.split(" ", 2)[:2]
        if role in ROLES and "." in name:
            names[name] = ROLES[role]
    return names


_FENCE = re.compile(r"^(```+|:::+).*?^\1\s*$", re.MULTILINE | re.DOTALL)
_PLAIN_CODE = re.compile(r"(?<![}`])`([A-Za-z_][\w.]*)(?:\(\))?`(?!`)")


def prose_of(text):
    """*text* with fenced blocks blanked out (line numbers kept)."""
    return _FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def unlinked_api_mentions(text, names):
    """Inline code that names a documented Python API without linking it."""
    found = []
    for lineno, line in enumerate(prose_of(text).splitlines(), 1):
        for match in _PLAIN_CODE.finditer(line):
            if match.group(1) in names:
                found.append((lineno, match.group(1)))
    return found


def test_every_api_mention_links_to_the_python_docs():
    names = python_api_names()
    faults = []
    for page in source_pages(ROOT / "docs"):
        for lineno, name in unlinked_api_mentions(page.read_text(), names):
            faults.append(
                f"{page.relative_to(ROOT)}:{lineno}: `{name}` names a Python API; "
                f"link it: {{{names[name]}}}`{name}`"
            )
    assert not faults, "\n".join(faults)


def test_api_mention_check_can_fail():
    names = {"threading.Event": "py:class", "threading.Event.wait": "py:meth"}
    text = (
        "Use `threading.Event` here, {py:class}`threading.Event` there,\n"
        "`threading.Event.wait()` again and `stop.wait()` never.\n"
        "```python\nthreading.Event()  # code blocks are not prose\n```\n"
    )
    assert unlinked_api_mentions(text, names) == [
        (1, "threading.Event"),
        (2, "threading.Event.wait"),
    ]


def test_role_suggested_matches_the_kind_of_object():
    names = python_api_names()
    assert names["threading.Event"] == "py:class"
    assert names["threading.Event.wait"] == "py:meth"
    assert names["concurrent.futures.as_completed"] == "py:func"
    assert names["queue.Empty"] == "py:exc"


# --------------------------------------------------------------------------
# A statement that something changed in a given release cites its source.

VERSION_CLAIM = re.compile(
    r"\b(?:since|until|up to|from|before|after|as of|starting with|changed in|"
    r"added in|new in|removed in|deprecated in|in|through)\s+(?:Python\s+)?3\.\d+"
    # a version note's bold label: "**3.13:**", "**3.12 and later:**"
    r"|\*\*(?:Python\s+)?3\.\d+[^*]*\*\*",
    re.IGNORECASE,
)
SOURCE = re.compile(
    r"github\.com/python/cpython/(?:issues|pull)/\d+|bugs\.python\.org/issue\d+|"
    r"docs\.python\.org/3(?:\.\d+)?/whatsnew/|\{pep\}`\d+`|peps\.python\.org/pep-\d+",
    re.IGNORECASE,
)


def blocks(text):
    """Paragraphs, list items, table rows and definitions of a MyST page: (line, text)."""
    current, start = [], 0
    for lineno, line in enumerate(prose_of(text).splitlines(), 1):
        stripped = line.strip()
        new_item = re.match(r"([-*+]|\d+\.|\||:)\s", stripped + " ")
        if not stripped or new_item:
            if current:
                yield start, " ".join(current)
            current, start = ([stripped], lineno) if stripped else ([], 0)
        else:
            if not current:
                start = lineno
            current.append(stripped)
    if current:
        yield start, " ".join(current)


def unsourced_version_claims(text):
    return [
        (lineno, block)
        for lineno, block in blocks(text)
        if VERSION_CLAIM.search(block) and not SOURCE.search(block)
    ]


def test_every_version_claim_cites_its_source():
    faults = []
    for page in source_pages(ROOT / "docs"):
        for lineno, block in unsourced_version_claims(page.read_text()):
            claim = VERSION_CLAIM.search(block).group(0)
            faults.append(
                f"{page.relative_to(ROOT)}:{lineno}: '{claim}' states a version change "
                "without a source in the same paragraph, list item or table row; link "
                "the CPython issue (https://github.com/python/cpython/issues/N), the "
                "What's New or changelog entry, or the PEP ({pep}`N`)"
            )
    assert not faults, "\n".join(faults)


def test_version_claim_check_can_fail():
    page = (FIXTURES / "docs" / "version-notes.md").read_text()
    found = [block.split()[0:3] for _, block in unsourced_version_claims(page)]
    assert found == [
        ["Since", "3.12,", "a"],
        ["-", "**3.13:**", "the"],
        ["|", "`Barrier(0)`", "|"],
    ]


# --------------------------------------------------------------------------
# The matrix is defined once (tests/snippetmeta.py); every copy agrees.


def test_tox_runs_the_matrix():
    tox = configparser.ConfigParser(interpolation=None)
    tox.read(ROOT / "tox.ini")
    versions = ",".join(v.replace(".", "") for v in snippetmeta.PYTHONS)
    methods = ",".join(snippetmeta.START_METHODS)
    expected = f"py{{{versions}}}-{{{methods}}}"
    assert expected in tox["tox"]["env_list"]
    assert f"snippets = {expected}" in tox["tox"]["labels"]


def test_workflow_runs_the_matrix():
    text = (ROOT / ".github" / "workflows" / "tests.yml").read_text()
    pythons = ", ".join(f'"{v}"' for v in snippetmeta.PYTHONS)
    methods = ", ".join(snippetmeta.START_METHODS)
    assert f"python: [{pythons}]" in text
    assert f"method: [{methods}]" in text


def test_ci_script_checks_every_python():
    text = (ROOT / ".ci" / "run").read_text()
    assert f"for v in {' '.join(snippetmeta.PYTHONS)}; do" in text


def test_readme_and_contributing_state_the_matrix():
    span = f"{snippetmeta.PYTHONS[0]} to {snippetmeta.PYTHONS[-1]}"
    methods = (
        ", ".join(snippetmeta.START_METHODS[:-1])
        + " and "
        + snippetmeta.START_METHODS[-1]
    )
    for name in ("README.md", "CONTRIBUTING.md"):
        text = " ".join((ROOT / name).read_text().split())
        assert span in text, f"{name} does not say '{span}'"
        assert methods in text, f"{name} does not say '{methods}'"


# --------------------------------------------------------------------------
# Every error text a page quotes has a troubleshooting entry.

ERROR_TEXT = re.compile(
    r"`((?:[\w.]+\.)?[A-Z]\w*(?:Error|Exception|Warning|Exit|Interrupt|Expired|Pool)"
    r"(?::[^`]+)?)`"
)


def quoted_error_texts(text):
    """Error texts a page quotes in inline code outside its Pitfalls: (line, text)."""
    found = []
    pitfalls = False
    for lineno, line in enumerate(prose_of(text).splitlines(), 1):
        if line.startswith("## "):
            pitfalls = line.strip() == "## Pitfalls"
        if pitfalls:
            continue
        for match in ERROR_TEXT.finditer(line):
            if ":" in match.group(1):
                found.append((lineno, match.group(1)))
    return found


def troubleshooting_terms(docs):
    import pagetext  # docs/_ext/pagetext.py: what the troubleshooting page lists

    return " ".join(
        term
        for entries in pagetext.pitfall_entries(docs).values()
        for _, _, term, _ in entries
    )


def missing_troubleshooting_entries(docs, snippets):
    terms = troubleshooting_terms(docs)
    faults = []
    for page in source_pages(docs):
        for lineno, error in quoted_error_texts(page.read_text()):
            if error not in terms:
                faults.append(f"{page.relative_to(docs.parent)}:{lineno}: `{error}`")
    for err in sorted(snippets.rglob("*.err")):
        lines = [line for line in err.read_text().splitlines() if line.strip()]
        if lines and lines[-1] not in terms:
            faults.append(f"{err.relative_to(snippets.parent)}: `{lines[-1]}`")
    return faults


def test_every_quoted_error_has_a_troubleshooting_entry():
    faults = missing_troubleshooting_entries(ROOT / "docs", ROOT / "snippets")
    assert not faults, (
        "These error texts appear on a page (or are a program's declared failure) "
        "but no page's Pitfalls explains them, so the troubleshooting page has no "
        "entry: add each, as the exact text, to the Pitfalls of the page that shows "
        "it:\n" + "\n".join(faults)
    )


def test_error_coverage_check_can_fail(tmp_path):
    docs = tmp_path / "docs"
    (docs / "part").mkdir(parents=True)
    (docs / "part" / "page.md").write_text(
        "# Page\n\nIt raises `ValueError: boom` and `KeyError: 'x'`.\n\n"
        "## Pitfalls\n\n`ValueError: boom`\n: Explained.\n"
    )
    snippets = tmp_path / "snippets"
    snippets.mkdir()
    (snippets / "fails.err").write_text("Traceback\nRuntimeError: late\n")
    assert missing_troubleshooting_entries(docs, snippets) == [
        "docs/part/page.md:3: `KeyError: 'x'`",
        "snippets/fails.err: `RuntimeError: late`",
    ]


# --------------------------------------------------------------------------
# A link to a page says the page's title, so the reader knows where it goes.

_PAGE_LINK = re.compile(r"\[([^\]]+)\]\(([^)#\s]+\.md)\)")


def page_titles(docs):
    titles = {}
    for page in source_pages(docs):
        for line in page.read_text().splitlines():
            if line.startswith("# "):
                titles[page.relative_to(docs).as_posix()] = line[2:].strip()
                break
    return titles


def mislabelled_links(docs):
    titles = page_titles(docs)
    faults = []
    for page in source_pages(docs):
        if page.name == "404.md":
            continue
        folder = page.parent.relative_to(docs).as_posix()
        prose = prose_of(page.read_text())
        for match in _PAGE_LINK.finditer(prose):  # a link text may span lines
            lineno = prose.count("\n", 0, match.start()) + 1
            target = posixpath.normpath(posixpath.join(folder, match.group(2)))
            title = titles.get(target)
            text = " ".join(match.group(1).split())
            if title and text.lower() != title.lower():
                faults.append(
                    f"{page.relative_to(docs.parent)}:{lineno}: [{text}] links "
                    f"to {target}, titled '{title}'; use the title as the link text"
                )
    return faults


def test_links_to_pages_use_their_titles():
    faults = mislabelled_links(ROOT / "docs")
    assert not faults, "\n".join(faults)


def test_link_title_check_can_fail(tmp_path):
    (tmp_path / "docs").mkdir()
    docs = tmp_path / "docs"
    (docs / "a.md").write_text("# Start methods: fork, spawn, forkserver\n")
    (docs / "b.md").write_text(
        "# B\n\nSee [Start methods](a.md) and [start methods: fork, spawn, "
        "forkserver](a.md), or [this section](a.md#x).\n\nAlso [start\nmethods](a.md).\n"
    )
    assert [f.split(" links")[0] for f in mislabelled_links(docs)] == [
        "docs/b.md:3: [Start methods]",
        "docs/b.md:5: [start methods]",
    ]


# --------------------------------------------------------------------------
# A glossary term a page uses is linked to its definition there at least once.


def glossary_groups(text):
    """The glossary's entries: each a list of its names (a term and its aliases)."""
    match = re.search(r"^```\{glossary\}\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    groups, names = [], []
    for line in (match.group(1) if match else "").splitlines():
        if not line.strip() or line.startswith(":"):
            continue
        if line.startswith(" "):
            if names:
                groups.append(names)
                names = []
        else:
            names.append(line.strip())
    if names:
        groups.append(names)
    return groups


# Code, roles, whole links (their text already links somewhere), URLs, HTML.
_INLINE = re.compile(
    r"\{[\w:]+\}`[^`]*`|`[^`]*`|\[[^\]]*\]\([^)]*\)|https?://\S+|<[^>]+>"
)
_TERM_ROLE = re.compile(r"\{term\}`(?:[^`<]*<)?([^`>]+)>?`")


def unlinked_glossary_terms(text, groups):
    """Glossary names a page uses in prose without any {term} link to their entry."""
    prose = prose_of(text)
    linked = {name.strip().lower() for name in _TERM_ROLE.findall(prose)}
    body = "\n".join(
        line
        for line in prose.splitlines()
        if not line.startswith("#") and not line.startswith("(")
    )
    words = _INLINE.sub(" ", body).lower()  # a link's text may span lines
    missing = []
    for names in groups:
        if any(name.lower() in linked for name in names):
            continue
        for name in names:
            if re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", words):
                missing.append(name)
                break
    return missing


def test_glossary_terms_are_linked_where_used():
    docs = ROOT / "docs"
    groups = glossary_groups((docs / "glossary.md").read_text())
    assert len(groups) > 20, "the glossary has too few entries to be read"
    faults = []
    for page in source_pages(docs):
        if page.name in ("glossary.md", "404.md"):
            continue
        for name in unlinked_glossary_terms(page.read_text(), groups):
            faults.append(
                f"{page.relative_to(ROOT)}: uses '{name}' without linking it; "
                f"write {{term}}`{name}` at its first use"
            )
    assert not faults, "\n".join(faults)


def test_glossary_check_can_fail():
    glossary = "```{glossary}\nGIL\nglobal interpreter lock\n  The lock.\n\nsentinel\n  End.\n```\n"
    groups = glossary_groups(glossary)
    assert groups == [["GIL", "global interpreter lock"], ["sentinel"]]
    page = "# Page\n\nThe GIL and a sentinel, and `sentinel` in code.\n"
    assert unlinked_glossary_terms(page, groups) == ["GIL", "sentinel"]
    page = "# Page\n\nThe {term}`global interpreter lock <GIL>`, then the GIL.\n"
    assert unlinked_glossary_terms(page, groups) == []


# --------------------------------------------------------------------------
# Figures: each one drawn by tests/figures.py is committed and shown, and
# each one a page shows is drawn by it.


def figure_faults(docs, figures_dir, names):
    faults = []
    shown = {}
    for page in source_pages(docs):
        for name in re.findall(r"^```\{run-figure\} (\S+)", page.read_text(), re.M):
            shown.setdefault(name, []).append(page.relative_to(docs).as_posix())
    for name in sorted(set(names) | set(shown)):
        if name not in names:
            faults.append(
                f"{name}: shown on {', '.join(shown[name])} but tests/figures.py "
                "does not draw it"
            )
        if name not in shown:
            faults.append(f"{name}: drawn by tests/figures.py but no page shows it")
        for suffix in ("-light.svg", "-dark.svg", ".json"):
            if not (figures_dir / f"{name}{suffix}").exists():
                faults.append(
                    f"{name}: docs/_figures/{name}{suffix} is missing; "
                    f"run tox -e figures -- {name}"
                )
    for path in sorted(figures_dir.glob("*")):
        stem = re.sub(r"-(light|dark)$", "", path.stem)
        if stem not in names:
            faults.append(f"docs/_figures/{path.name}: no figure of that name")
    return faults


def test_every_figure_is_drawn_committed_and_shown():
    import figures

    faults = figure_faults(
        ROOT / "docs", figures.FIGURES, [f.name for f in figures.FIGURE_LIST]
    )
    assert not faults, "\n".join(faults)


def test_figure_check_can_fail(tmp_path):
    docs = tmp_path / "docs"
    (docs / "_figures").mkdir(parents=True)
    (docs / "page.md").write_text("```{run-figure} shown\n:alt: x\n```\n")
    for suffix in ("-light.svg", "-dark.svg", ".json"):
        (docs / "_figures" / f"drawn{suffix}").write_text("")
    (docs / "_figures" / "stale-light.svg").write_text("")
    faults = figure_faults(docs, docs / "_figures", ["drawn", "shown"])
    assert faults == [
        "drawn: drawn by tests/figures.py but no page shows it",
        "shown: docs/_figures/shown-light.svg is missing; run tox -e figures -- shown",
        "shown: docs/_figures/shown-dark.svg is missing; run tox -e figures -- shown",
        "shown: docs/_figures/shown.json is missing; run tox -e figures -- shown",
        "docs/_figures/stale-light.svg: no figure of that name",
    ]


# --------------------------------------------------------------------------
# Translations: the catalog check (run by tox -e docs-zh) can fail, and the
# glossary is translated with the term list's words.


def test_catalog_check_can_fail(tmp_path):
    import catalogs

    templates, translated = tmp_path / "pot", tmp_path / "po"
    (templates / "part").mkdir(parents=True)
    (translated / "part").mkdir(parents=True)
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    (templates / "part" / "page.pot").write_text(
        header
        + 'msgid "Done"\nmsgstr ""\n\n'
        + 'msgid "Empty"\nmsgstr ""\n\n'
        + 'msgid "Fuzzy"\nmsgstr ""\n\n'
        + 'msgid "Missing"\nmsgstr ""\n\n'
        + 'msgid ""\n"Two "\n"lines"\nmsgstr ""\n',
        encoding="utf-8",
    )
    (templates / "other.pot").write_text(header + 'msgid "A"\nmsgstr ""\n')
    (translated / "part" / "page.po").write_text(
        header
        + 'msgid "Done"\nmsgstr "完成"\n\n'
        + 'msgid "Empty"\nmsgstr ""\n\n'
        + '#, fuzzy\nmsgid "Fuzzy"\nmsgstr "模糊"\n\n'
        + 'msgid "Two lines"\nmsgstr ""\n"两"\n"行"\n\n'
        + '#~ msgid "Missing"\n#~ msgstr "旧"\n',
        encoding="utf-8",
    )
    (translated / "gone.po").write_text(header + 'msgid "B"\nmsgstr "乙"\n')
    faults, total, not_ready = catalogs.catalog_faults(templates, translated)
    assert (total, not_ready) == (6, 4)
    assert faults == [
        "other.po: no catalog (1 messages untranslated)",
        "part/page.po: 1 not in the catalog, first: 'Missing'",
        "part/page.po: 1 untranslated, first: 'Empty'",
        "part/page.po: 1 fuzzy, first: 'Fuzzy'",
        "gone.po: no page has these messages any more",
    ]


def glossary_translation_faults(glossary_md, glossary_po, terms_md, tmp_path):
    import catalogs

    (tmp_path / "terms.md").write_text(terms_md, encoding="utf-8")
    words = catalogs.term_list(tmp_path / "terms.md")
    translated = {e.msgid: e.msgstr for e in catalogs.read_catalog(glossary_po)}
    faults = []
    for group in glossary_groups(glossary_md):
        for term in group:
            if term not in words:
                faults.append(f"{term}: not in the term list")
            elif translated.get(term) != words[term]:
                faults.append(
                    f"{term}: translated {translated.get(term)!r}, "
                    f"the term list says {words[term]!r}"
                )
    return faults


def test_glossary_translation_follows_the_term_list(tmp_path):
    docs = ROOT / "docs"
    faults = glossary_translation_faults(
        (docs / "glossary.md").read_text(encoding="utf-8"),
        (docs / "locale/zh_CN/LC_MESSAGES/glossary.po").read_text(encoding="utf-8"),
        (docs / "locale/zh_CN/terms.md").read_text(encoding="utf-8"),
        tmp_path,
    )
    assert not faults, "\n".join(faults)


def test_glossary_translation_check_can_fail(tmp_path):
    glossary = (
        "```{glossary}\nGIL\n  The lock.\n\nsentinel\n  End.\n\nlock\n  L.\n```\n"
    )
    po = (
        'msgid "GIL"\nmsgstr "GIL（全局解释器锁）"\n\nmsgid "sentinel"\nmsgstr "哨兵"\n'
    )
    terms = "| English | 中文 |\n| --- | --- |\n| GIL | GIL（全局解释器锁） |\n| sentinel | 哨兵值 |\n"
    assert glossary_translation_faults(glossary, po, terms, tmp_path) == [
        "sentinel: translated '哨兵', the term list says '哨兵值'",
        "lock: not in the term list",
    ]


def term_link_faults(catalog_texts, words, groups=()):
    """Glossary links in translations whose shown word is not the term list's.

    A word "A（B）" may be shown as A, B or "B（A）"; the words of a term's
    synonyms in the glossary (*groups*) are allowed too.
    """
    import catalogs

    lowered = {english.lower(): word for english, word in words.items()}
    synonyms = {
        name.lower(): [lowered[n.lower()] for n in group if n.lower() in lowered]
        for group in groups
        for name in group
    }
    faults = []
    for name, text in catalog_texts:
        for entry in catalogs.read_catalog(text):
            for shown, target in re.findall(
                r"\{term\}`([^`<]+?)\s*<([^`>]+)>`", entry.msgstr
            ):
                word = lowered.get(target.strip().lower())
                if word is None:
                    continue
                plain = re.sub(r"（[^）]*）", "", word).strip()
                allowed = {target.strip()}
                for each in synonyms.get(target.strip().lower(), [word]):
                    bare = re.sub(r"（[^）]*）", "", each).strip()
                    inside = re.findall(r"（([^）]*)）", each)
                    allowed |= {each, bare, *inside}
                    allowed |= {f"{i}（{bare}）" for i in inside}
                if shown.strip() not in allowed:
                    faults.append(
                        f"{name}: {{term}}`{shown.strip()} <{target}>` shows "
                        f"{shown.strip()!r}; the term list's word is {plain!r}"
                    )
    return faults


def test_translations_show_the_term_lists_words(tmp_path):
    import catalogs

    folder = ROOT / "docs" / "locale" / "zh_CN" / "LC_MESSAGES"
    words = catalogs.term_list(ROOT / "docs" / "locale" / "zh_CN" / "terms.md")
    texts = [
        (po.relative_to(folder).as_posix(), po.read_text(encoding="utf-8"))
        for po in sorted(folder.rglob("*.po"))
    ]
    groups = glossary_groups((ROOT / "docs" / "glossary.md").read_text())
    faults = term_link_faults(texts, words, groups)
    assert not faults, f"{len(faults)} links:\n" + "\n".join(faults[:40])


def test_term_word_check_can_fail():
    words = {"GIL": "GIL（全局解释器锁）", "thread-safe": "线程安全"}
    po = (
        'msgid "a"\nmsgstr "{term}`GIL <GIL>` {term}`全局解释器锁 <GIL>` '
        '{term}`线程安全 <thread-safe>`"\n\n'
        'msgid "b"\nmsgstr "{term}`线程安全的 <thread-safe>`"\n'
    )
    assert term_link_faults([("x.po", po)], words) == [
        "x.po: {term}`线程安全的 <thread-safe>` shows '线程安全的'; "
        "the term list's word is '线程安全'"
    ]
