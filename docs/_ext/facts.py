"""Facts stated once: MyST substitutions and the table of tested releases.

``docs/_data/facts.toml`` holds values that several pages state; each becomes
a MyST substitution, written ``{{ name }}`` on a page.

``docs/_data/tested-releases.toml`` holds the exact CPython releases the test
matrix ran on. The ``{tested-releases}`` directive renders them as a table,
on the landing page only; other pages link there instead of restating them.
"""

from __future__ import annotations

from pathlib import Path

import tomllib
from docutils import nodes
from sphinx.util.docutils import SphinxDirective

DATA = Path(__file__).resolve().parent.parent / "_data"


def load(name: str) -> dict:
    with open(DATA / name, "rb") as f:
        return tomllib.load(f)


def substitutions() -> dict[str, str]:
    return {key: str(value) for key, value in load("facts.toml").items()}


MONTHS = "January February March April May June July August September October November December".split()
WORDS = {
    "en": {
        "head": ["Python", "Release tested", "Fixes from CPython"],
        "none": "none since {month} (",
        "close": ")",
        "yes": "yes",
    },
    "zh_CN": {
        "head": ["Python", "测试的版本", "CPython 是否仍提供修复"],
        "none": "自 {month}起不再提供（",
        "close": "）",
        "yes": "是",
    },
}


def month_in(language: str, month: str) -> str:
    """ "October 2025" in the page's language."""
    if language != "zh_CN":
        return month
    name, year = month.split()
    return f"{year} 年 {MONTHS.index(name) + 1} 月"


class TestedReleases(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        self.env.note_dependency(str(DATA / "tested-releases.toml"))
        data = load("tested-releases.toml")
        eol = data.get("end-of-life", {})
        table = nodes.table(classes=["tested-releases", "docutils", "align-default"])
        group = nodes.tgroup(cols=3)
        table += group
        for _ in range(3):
            group += nodes.colspec(colwidth=1)
        head = nodes.thead()
        group += head
        body = nodes.tbody()
        group += body

        def row(cells, parent):
            r = nodes.row()
            for cell in cells:
                entry = nodes.entry()
                entry += (
                    cell if isinstance(cell, nodes.Node) else nodes.paragraph("", cell)
                )
                r += entry
            parent += r

        language = self.env.config.language
        words = WORDS.get(language, WORDS["en"])
        row(words["head"], head)
        for minor, release in data["releases"].items():
            if minor in eol:
                pep = eol[minor]["pep"]
                month = month_in(language, eol[minor]["month"])
                para = nodes.paragraph("", words["none"].format(month=month))
                para += nodes.reference(
                    "",
                    f"PEP {pep}",
                    refuri=f"https://peps.python.org/pep-{pep:04d}/",
                )
                para += nodes.Text(words["close"])
                status = para
            else:
                status = words["yes"]
            row(
                [
                    minor,
                    nodes.paragraph("", "", nodes.literal(release, release)),
                    status,
                ],
                body,
            )
        return [table]


def setup(app):
    app.add_directive("tested-releases", TestedReleases)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
