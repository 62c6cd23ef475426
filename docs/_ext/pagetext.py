"""Reading the pages' Markdown: sections, list items, pitfalls, links.

Plain Python with no Sphinx import, so the static checks (tests/) and the
Sphinx extensions (reference.py) read pages the same way.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

_SECTION = re.compile(r"^## (.+)$", re.MULTILINE)
_VERSION = re.compile(r"\b3\.(\d+)(?:\.(\d+))?")
_MD_LINK = re.compile(r"\]\((?!https?:|mailto:)([^)\s]*)\)")


def sections(text: str) -> dict[str, str]:
    """A page's level-2 sections by title."""
    found = {}
    marks = list(_SECTION.finditer(text))
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        found[mark.group(1).strip()] = text[mark.end() : end]
    return found


def bullets(section: str) -> list[str]:
    """The top-level list items of a section, each joined into one line."""
    items, current = [], None
    for line in section.splitlines():
        if line.startswith("- "):
            if current is not None:
                items.append(current)
            current = line[2:].strip()
        elif current is not None and line.startswith("  ") and line.strip():
            current += " " + line.strip()
        elif current is not None and not line.strip():
            items.append(current)
            current = None
    if current is not None:
        items.append(current)
    return items


def first_version(item: str) -> tuple[int, int] | None:
    match = _VERSION.search(item)
    return (3, int(match.group(1))) if match else None


def relink(item: str, page: str, at: str = "") -> str:
    """Rewrite the relative links of *page*'s text for a page in folder *at*.

    *at* is "" for a page at the top of the docs (the version notes), or a
    folder such as "troubleshooting".
    """
    folder = posixpath.dirname(page)

    def fix(match: re.Match) -> str:
        target = match.group(1)
        if target.startswith("#"):
            target = page + target
        else:
            target = posixpath.normpath(posixpath.join(folder, target))
        if at:
            target = posixpath.relpath(target, at)
        return f"]({target})"

    return _MD_LINK.sub(fix, item)


def source_pages(docs: Path) -> list[Path]:
    """The site's pages: every .md under *docs*, except translations' files."""
    return [
        path
        for path in sorted(docs.rglob("*.md"))
        if "locale" not in path.relative_to(docs).parts[:1]
    ]


def page_title(text: str) -> str:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def pitfalls(section: str) -> list[tuple[str, list[str]]]:
    """The definition list of a "Pitfalls" section: (term, definition lines)."""
    items: list[tuple[str, list[str]]] = []
    lines = section.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip() and not line.startswith((" ", ":")):
            term = [line.strip()]
            j = i + 1
            while j < len(lines) and lines[j].strip() and not lines[j].startswith(":"):
                term.append(lines[j].strip())
                j += 1
            if j < len(lines) and lines[j].startswith(": "):
                body = [lines[j][2:]]
                j += 1
                while j < len(lines) and (
                    lines[j].startswith("  ") or not lines[j].strip()
                ):
                    if not lines[j].strip() and (
                        j + 1 >= len(lines) or not lines[j + 1].startswith("  ")
                    ):
                        break
                    body.append(lines[j][2:])
                    j += 1
                items.append((" ".join(term), body))
                i = j
                continue
        i += 1
    return items


def pitfall_entries(docs: Path) -> dict[str, list[tuple[str, str, str, list[str]]]]:
    """Every page's pitfalls, by part: (page, title, term, definition lines)."""
    parts: dict[str, list] = {}
    for path in source_pages(docs):
        page = path.relative_to(docs).as_posix()
        if "/" not in page or page.startswith("_"):
            continue
        text = path.read_text(encoding="utf-8")
        section = sections(text).get("Pitfalls")
        if not section:
            continue
        title = page_title(text)
        for term, body in pitfalls(section):
            parts.setdefault(page.split("/")[0], []).append((page, title, term, body))
    return parts
