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
import re
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


WORDS = {
    "en": {
        "one": "one run",
        "runs": "{n} runs",
        "and": " and ",
        "sep": ", ",
        "method": ", start method `{method}`",
        "drawn": "Drawn from {runs} of {program} on CPython {pythons}{method}; "
        "{machine}; {date}.",
        "machine": "{system}, {cores} CPU cores",
    },
    "zh_CN": {
        "one": "一次运行",
        "runs": "{n} 次运行",
        "and": " 和 ",
        "sep": "、",
        "method": "，启动方法 `{method}`",
        "drawn": "根据 {program} 在 CPython {pythons} 上的{runs}绘制{method}；"
        "{machine}；{date}。",
        "machine": "{system}，{cores} 个 CPU 核心",
    },
}


def provenance(data: dict, docname: str, language: str = "en") -> str:
    """Where the picture comes from, in the page's language (read from the JSON)."""
    words = WORDS.get(language, WORDS["en"])
    program = data["program"]
    page = posixpath.dirname(program)
    link = posixpath.relpath(f"{page}.md", posixpath.dirname(docname))
    pythons = data["pythons"]
    where = (
        pythons[0]
        if len(pythons) == 1
        else words["sep"].join(pythons[:-1]) + words["and"] + pythons[-1]
    )
    method = (
        words["method"].format(method=data["start_method"])
        if data.get("start_method")
        else ""
    )
    runs = words["one"] if data["runs"] == 1 else words["runs"].format(n=data["runs"])
    program_link = (
        f"[`{posixpath.basename(program)}`]({link})"
        if link != posixpath.basename(docname) + ".md"
        else f"`{posixpath.basename(program)}`"
    )
    system, cores = data["machine"].split(", ")
    machine = words["machine"].format(system=system, cores=cores.split()[0])
    return words["drawn"].format(
        runs=runs,
        program=program_link,
        pythons=where,
        method=method,
        machine=machine,
        date=data["date"],
    )


_SIZE = re.compile(r'<svg\b[^>]*?\bwidth="([0-9.]+)pt" height="([0-9.]+)pt"')


def svg_size(svg: Path) -> tuple[str, str]:
    """The drawing's width and height in CSS pixels (1pt is 4/3 px)."""
    found = _SIZE.search(svg.read_text(encoding="utf-8")[:2000])
    if not found:
        raise ValueError(f"{svg.name}: no width and height in pt on its <svg>")
    return tuple(str(round(float(n) * 4 / 3)) for n in found.groups())


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
            svg = FIGURES / f"{name}-{theme}.svg"
            self.env.note_dependency(str(svg))
            width, height = svg_size(svg)
            figure += nodes.image(
                uri=uri,
                alt=self.options["alt"],
                classes=[f"only-{theme}"],
                candidates={"*": posixpath.normpath(posixpath.join(docdir, uri))},
                # the browser then fetches only the theme's image it shows
                loading="lazy",
                # and keeps its place before it arrives: no text jumps
                width=width,
                height=height,
            )
        caption = nodes.container()
        self.state.nested_parse(self.content, self.content_offset, caption)
        paragraphs = list(caption.findall(nodes.paragraph))
        if len(paragraphs) != 1:
            raise self.error(f"run-figure {name}: the caption must be one paragraph")
        first = paragraphs[0]
        # A caption the translations' catalogs pick up, like any paragraph.
        cap = nodes.caption(first.rawsource, "", *first.children)
        cap.source, cap.line = first.source, first.line
        figure += cap
        # Where the picture comes from: generated in the page's language.
        legend = nodes.legend()
        self.state.nested_parse(
            StringList([provenance(data, self.env.docname, self.env.config.language)]),
            self.content_offset,
            legend,
        )
        for paragraph in legend.findall(nodes.paragraph):
            paragraph["translatable"] = False
        figure += legend
        return [figure]


def setup(app):
    app.add_directive("run-figure", RunFigure)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
