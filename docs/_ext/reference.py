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
    source_pages,
)
from sphinx import addnodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)


class VersionNotes(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        docs = Path(self.env.srcdir)
        rows: dict[tuple[int, int], list[str]] = {}
        for path in source_pages(docs):
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
    "practice": "In practice",
    "beyond": "Beyond threads and processes",
}


def _role_text(match: re.Match) -> str:
    role, content = match.group(1), match.group(2)
    if content.endswith(">") and "<" in content:
        content = content[: content.index("<")].strip()
    elif content.startswith("~"):
        content = content[1:].rsplit(".", 1)[-1]
    return f"`{content}`" if role.startswith("py:") else content


def _plain(term: str) -> str:
    """A Pitfalls term without links or roles, to be the text of one link."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", term)
    return re.sub(r"\{([a-z:]+)\}`([^`]*)`", _role_text, text)


def _entry_labels(entries) -> list[str]:
    """A unique target name for each entry of a part, the same on every call."""
    labels: list[str] = []
    for page, _title, term, _body in entries:
        words = re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")
        if len(words) > 50:  # cut at a word boundary
            words = words[:51].rsplit("-", 1)[0]
        label = base = f"ts-{page[:-3].replace('/', '-')}-{words}"
        count = 1
        while label in labels:
            count += 1
            label = f"{base}-{count}"
        labels.append(label)
    return labels


def _part_order(part: str) -> int:
    return list(PART_TITLES).index(part) if part in PART_TITLES else 99


class Troubleshooting(SphinxDirective):
    """``{troubleshooting} PART``: the entries of one part, in full.

    Without an argument: every error text of every part, one line each,
    linking to its entry on the part's own page, so that find-in-page over
    the whole site works on one small page.
    """

    has_content = False
    optional_arguments = 1

    def run(self) -> list[nodes.Node]:
        docs = Path(self.env.srcdir)
        for path in source_pages(docs):
            self.env.note_dependency(str(path))
        here = posixpath.dirname(self.env.docname)
        parts = pitfall_entries(docs)
        if self.arguments:
            part = self.arguments[0]
            if part not in parts:
                logger.warning(
                    "no page of part %r has a Pitfalls section",
                    part,
                    location=self.get_location(),
                )
                return []
            lines = self._entries(parts[part], here)
        else:
            unknown = sorted(set(parts) - set(PART_TITLES))
            if unknown:
                logger.warning(
                    "parts without a troubleshooting page: %s; add them to "
                    "PART_TITLES and docs/troubleshooting/",
                    ", ".join(unknown),
                    location=self.get_location(),
                )
            lines = self._summary(parts, here)
        container = nodes.container(classes=["troubleshooting"])
        self.state.nested_parse(
            StringList(lines), self.content_offset, container, match_titles=True
        )
        return container.children

    @staticmethod
    def _entries(entries, here: str) -> list[str]:
        lines: list[str] = []
        for (page, title, term, body), label in zip(entries, _entry_labels(entries)):
            lines += [
                f"({label})=",
                f"## {relink(term, page, here)}",
                "",
                *(relink(line, page, here) for line in body),
                "",
                f"Explained in [{title}]({posixpath.relpath(page, here)}#pitfalls).",
                "",
            ]
        return lines

    @staticmethod
    def _summary(parts, here: str) -> list[str]:
        lines: list[str] = []
        for part in sorted(parts, key=_part_order):
            target = posixpath.relpath(f"troubleshooting/{part}.md", here)
            title = PART_TITLES[part]
            lines += [
                f"## {title}",
                "",
                f"The causes and fixes are on [Troubleshooting: {title.lower()}]"
                f"({target}).",
                "",
            ]
            for (_page, _title, term, _body), label in zip(
                parts[part], _entry_labels(parts[part])
            ):
                # the term's own links would be noise here; keep its text
                text = _plain(term)
                lines.append(f"- [{text}]({target}#{label})")
            lines.append("")
        return lines


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

    The anchor is the id of the paragraph, term, list item or table cell that
    holds *node*, so the HTML stays valid (a <dl>, <ul> or <tr> may hold
    nothing else) and the anchored element has text: the search page shows
    that text under each result, and fails on an empty element.
    """
    block = node
    while block.parent is not None and not isinstance(
        block,
        (nodes.paragraph, nodes.term, nodes.list_item, nodes.entry),
    ):
        block = block.parent
    if block.parent is None:
        return []
    # One id per element: a second id would be an empty <span> in the HTML.
    if block["ids"]:
        target_id = block["ids"][0]
    else:
        block["ids"].append(target_id)
    entries = [("single", f"{name.replace(';', ',')}; {page}", target_id, "", None)]
    index = addnodes.index(entries=entries)
    if isinstance(block, nodes.paragraph) and not isinstance(
        block.parent, (nodes.entry, nodes.list_item, nodes.definition)
    ):
        block.parent.insert(block.parent.index(block), index)
    else:
        block.insert(0, index)
    return entries


def setup(app):
    app.add_directive("version-notes", VersionNotes)
    app.add_directive("troubleshooting", Troubleshooting)
    # before Sphinx collects index entries from the same event (priority 500)
    app.connect("doctree-read", index_apis_and_errors, priority=400)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
