"""Figures drawn from real runs of the site's programs.

``tests/figures.py`` runs a program with ``--timeline`` and writes, in
``docs/_figures/``, two SVGs (light and dark colour theme) and a JSON record
of the run. This extension shows them:

``{run-figure} NAME``
    Both SVGs, each shown only in its theme, with the ``:alt:`` text (required)
    and a caption: the directive's content, then where the picture comes from
    (program, Python release, start method, machine, date), read from the
    JSON so that it cannot be wrong.

``{{ figures.NAME.KEY }}``
    A MyST substitution for each number the run measured (NAME with
    underscores for hyphens), so that a page's prose and its figure come from
    the same run.
"""

from __future__ import annotations

import json
import posixpath
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective

FIGURES = Path(__file__).resolve().parent.parent / "_figures"


def record(name: str) -> dict:
    return json.loads((FIGURES / f"{name}.json").read_text(encoding="utf-8"))


def substitutions() -> dict[str, dict[str, str]]:
    return {
        "figures": {
            path.stem.replace("-", "_"): record(path.stem)["numbers"]
            for path in sorted(FIGURES.glob("*.json"))
        }
    }


def provenance(data: dict, docname: str) -> str:
    program = data["program"]
    page = posixpath.dirname(program)
    link = posixpath.relpath(f"{page}.md", posixpath.dirname(docname))
    pythons = data["pythons"]
    where = (
        f"CPython {pythons[0]}"
        if len(pythons) == 1
        else f"CPython {', '.join(pythons[:-1])} and {pythons[-1]}"
    )
    method = (
        f", start method `{data['start_method']}`" if data.get("start_method") else ""
    )
    runs = "one run" if data["runs"] == 1 else f"{data['runs']} runs"
    program_link = (
        f"[`{posixpath.basename(program)}`]({link})"
        if link != posixpath.basename(docname) + ".md"
        else f"`{posixpath.basename(program)}`"
    )
    return (
        f"Drawn from {runs} of {program_link} on {where}{method}; "
        f"{data['machine']}; {data['date']}."
    )


class RunFigure(SphinxDirective):
    required_arguments = 1
    has_content = True
    option_spec = {"alt": directives.unchanged_required}

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        if "alt" not in self.options:
            raise self.error(f"run-figure {name}: an :alt: text is required")
        missing = [
            f"{name}{suffix}"
            for suffix in ("-light.svg", "-dark.svg", ".json")
            if not (FIGURES / f"{name}{suffix}").exists()
        ]
        if missing:
            raise self.error(
                f"run-figure {name}: missing {', '.join(missing)} in docs/_figures; "
                f"run tox -e figures -- {name}"
            )
        data = record(name)
        self.env.note_dependency(str(FIGURES / f"{name}.json"))
        figure = nodes.figure(classes=["run-figure"], ids=[f"figure-{name}"])
        docdir = posixpath.dirname(self.env.docname)
        for theme in ("light", "dark"):
            uri = posixpath.relpath(f"_figures/{name}-{theme}.svg", docdir)
            self.env.note_dependency(str(FIGURES / f"{name}-{theme}.svg"))
            figure += nodes.image(
                uri=uri,
                alt=self.options["alt"],
                classes=[f"only-{theme}"],
                candidates={"*": posixpath.normpath(posixpath.join(docdir, uri))},
            )
        caption = nodes.container()
        self.state.nested_parse(
            StringList([*self.content, "", provenance(data, self.env.docname)]),
            self.content_offset,
            caption,
        )
        paragraphs = list(caption.findall(nodes.paragraph))
        cap = nodes.caption("", "", *paragraphs[0].children)
        figure += cap
        if len(paragraphs) > 1:
            legend = nodes.legend()
            for paragraph in paragraphs[1:]:
                legend += paragraph
            figure += legend
        return [figure]


def setup(app):
    app.add_directive("run-figure", RunFigure)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
