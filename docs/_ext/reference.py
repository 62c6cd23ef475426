"""Ways into the site that are built from the pages, so they cannot drift.

``{version-notes}``
    Every bullet of every page's "Version notes" section that names a
    release, in one table per release, each row linking back to its page;
    then the programs that need a newer Python (``requires=``) and the
    programs whose output differs between releases (``NAME.pyXY.out``).

Index entries (``doctree-read``)
    Every Python API a page links to ({py:class}`...` and the like) gets an
    entry in the general index pointing at that page, and so does every
    error text a page's "Pitfalls" section explains. The snippet directive
    adds the APIs each program uses.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from docutils import nodes
from docutils.statemachine import StringList
from pagetext import (
    bullets,
    first_version,
    page_title,
    pitfall_entries,
    relink,
    sections,
)
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective


class VersionNotes(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        docs = Path(self.env.srcdir)
        rows: dict[tuple[int, int], list[str]] = {}
        for path in sorted(docs.rglob("*.md")):
            page = path.relative_to(docs).as_posix()
            if page == self.env.docname + ".md" or page.startswith("_"):
                continue
            self.env.note_dependency(str(path))
            text = path.read_text(encoding="utf-8")
            notes = sections(text).get("Version notes")
            if not notes:
                continue
            title = page_title(text)
            for item in bullets(notes):
                version = first_version(item)
                if version is None:
                    continue
                cell = relink(item, page).replace("|", "\\|")
                rows.setdefault(version, []).append(
                    f"| {cell} | [{title}]({page}#version-notes) |"
                )
        lines = []
        for version in sorted(rows, reverse=True):
            lines += [
                f"## Python {version[0]}.{version[1]}",
                "",
                "| What changed, and its source | Page |",
                "| --- | --- |",
                *rows[version],
                "",
            ]
        lines += self._programs(docs.parent / "snippets")
        container = nodes.container(classes=["version-notes"])
        self.state.nested_parse(
            StringList(lines), self.content_offset, container, match_titles=True
        )
        return container.children

    def _programs(self, snippets: Path) -> list[str]:
        import snippetmeta  # tests/snippetmeta.py

        needs, varies = [], []
        for path in sorted(snippets.rglob("*.py")):
            relative = path.relative_to(snippets).as_posix()
            page = posixpath.dirname(relative) + ".md"
            meta = snippetmeta.read_metadata(path)
            if meta.requires > (3, 9):
                needs.append(
                    f"| `{path.name}` | {meta.requires[0]}.{meta.requires[1]} "
                    f"| [{posixpath.basename(posixpath.dirname(relative))}]({page}) |"
                )
            variants = sorted(
                p.name[len(path.stem) + 1 : -len(".out")]
                for p in path.parent.glob(path.stem + ".py*.out")
            )
            if variants:
                names = ", ".join(
                    v.replace("py3", "3.").replace("-3.", " to 3.") for v in variants
                )
                varies.append(
                    f"| `{path.name}` | {names} "
                    f"| [{posixpath.basename(posixpath.dirname(relative))}]({page}) |"
                )
        lines = [
            "## Programs that need a newer Python",
            "",
            "Older Pythons skip them, and the test report says why.",
            "",
            "| Program | Needs | Page |",
            "| --- | --- | --- |",
            *needs,
            "",
            "## Programs whose output differs between releases",
            "",
            "Each of these has its own expected output for the releases listed;",
            "the page shows it.",
            "",
            "| Program | Own output for | Page |",
            "| --- | --- | --- |",
            *varies,
            "",
        ]
        return lines


# --------------------------------------------------------------------------
# Troubleshooting


PART_TITLES = {
    "threads": "Threads",
    "pools": "Thread pools",
    "processes": "Processes",
    "patterns": "Patterns",
}


class Troubleshooting(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        docs = Path(self.env.srcdir)
        for path in docs.rglob("*.md"):
            self.env.note_dependency(str(path))
        lines: list[str] = []
        parts = pitfall_entries(docs)
        for part in sorted(
            parts, key=lambda p: list(PART_TITLES).index(p) if p in PART_TITLES else 99
        ):
            lines += [f"## {PART_TITLES.get(part, part.title())}", ""]
            for page, title, term, body in parts[part]:
                lines += [
                    f"### {relink(term, page)}",
                    "",
                    *(relink(line, page) for line in body),
                    "",
                    f"Explained in [{title}]({page}#pitfalls).",
                    "",
                ]
        container = nodes.container(classes=["troubleshooting"])
        self.state.nested_parse(
            StringList(lines), self.content_offset, container, match_titles=True
        )
        return container.children


# --------------------------------------------------------------------------
# Index entries


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def index_apis_and_errors(app, doctree) -> None:
    # The index domain has already read this document's index nodes when
    # doctree-read is emitted, so the entries are also recorded directly.
    recorded = app.env.get_domain("index").entries.setdefault(app.env.docname, [])
    heading = doctree.next_node(nodes.title)
    page = heading.astext().replace(";", ",") if heading else app.env.docname
    seen = set()
    for xref in list(doctree.findall(addnodes.pending_xref)):
        if xref.get("refdomain") != "py":
            continue
        name = xref.get("reftarget", "")
        if not name or name in seen:
            continue
        seen.add(name)
        recorded += _insert_entry(xref, name, page, f"api-{_slug(name)}-{len(seen)}")
    for section in doctree.findall(nodes.section):
        title = section.next_node(nodes.title)
        if title is None or title.astext() != "Pitfalls":
            continue
        for term in section.findall(nodes.term):
            code = term.next_node(nodes.literal)
            if code is None:
                continue
            text = code.astext()
            if text in seen:
                continue
            seen.add(text)
            recorded += _insert_entry(
                term, text, page, f"error-{_slug(text)}-{len(seen)}"
            )


def _insert_entry(node: nodes.Node, name: str, page: str, target_id: str) -> list:
    """An index entry "name" with the page's title under it, anchored where *node* is.

    The anchor goes before the paragraph that holds *node*, or at the start
    of the term, list item or table cell, so the HTML stays valid (a <dl>,
    <ul> or <tr> may hold nothing else).
    """
    block = node
    while block.parent is not None and not isinstance(
        block,
        (nodes.paragraph, nodes.term, nodes.list_item, nodes.entry),
    ):
        block = block.parent
    if block.parent is None:
        return []
    entries = [("single", f"{name.replace(';', ',')}; {page}", target_id, "", None)]
    index = addnodes.index(entries=entries)
    target = nodes.target("", "", ids=[target_id])
    if isinstance(block, nodes.paragraph) and not isinstance(
        block.parent, (nodes.entry, nodes.list_item, nodes.definition)
    ):
        block.parent.insert(block.parent.index(block), [index, target])
    elif isinstance(block, nodes.paragraph):
        block.insert(0, [index, target])
    else:
        block.insert(0, [index, target])
    return entries


def setup(app):
    app.add_directive("version-notes", VersionNotes)
    app.add_directive("troubleshooting", Troubleshooting)
    # before Sphinx collects index entries from the same event (priority 500)
    app.connect("doctree-read", index_apis_and_errors, priority=400)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
