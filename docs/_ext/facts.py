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

        row(["Python", "Release tested", "Fixes from CPython"], head)
        for minor, release in data["releases"].items():
            if minor in eol:
                pep = eol[minor]["pep"]
                para = nodes.paragraph("", f"none since {eol[minor]['month']} (")
                para += nodes.reference(
                    "",
                    f"PEP {pep}",
                    refuri=f"https://peps.python.org/pep-{pep:04d}/",
                )
                para += nodes.Text(")")
                status = para
            else:
                status = "yes"
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
