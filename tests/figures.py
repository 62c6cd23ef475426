"""Draw the site's figures from real runs of the programs on its pages.

    python tests/figures.py               run the programs, write every figure
    python tests/figures.py gil-threads   only the figures named
    python tests/figures.py --check       run each program once and draw into
                                          a temporary folder; nothing is written

``tox -e figures`` runs the first form, ``tox -e figures-check`` the last.

A program that has a figure accepts ``--timeline``. With it, after its usual
output, it prints what happened, one event per line (see
docs/figures.md, "How the figures are made"):

    span LANE START END LABEL   LANE was busy from START to END seconds
    point SERIES X Y            one measurement: Y at X for SERIES

Every other line is ignored. For each figure this script writes

    docs/_figures/NAME-light.svg   for the light colour theme
    docs/_figures/NAME-dark.svg    for the dark one
    docs/_figures/NAME.json        the run: Python, start method, machine,
                                   date and the measured numbers the pages
                                   quote

The ``{run-figure}`` directive (docs/_ext/figure_runs.py) shows the SVGs and
builds the caption from the JSON; ``{{ figures.NAME.KEY }}`` substitutions
give the pages the numbers (NAME with underscores for hyphens), so text and
picture come from the same run.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
FIGURES = ROOT / "docs" / "_figures"
STARTMETHOD = Path(__file__).resolve().parent / "startmethod"

sys.path.insert(0, str(Path(__file__).resolve().parent))
import snippetmeta  # noqa: E402

# The release whose default (forkserver on Linux) a figure shows unless it
# says otherwise: the newest one with a final release.
DEFAULT_PYTHON = "3.14"

THEMES = {
    "light": {
        "background": "#ffffff",
        "text": "#1f2328",
        "grid": "#d0d7de",
        "colors": ["#0b61a4", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490"],
    },
    "dark": {
        "background": "#131416",
        "text": "#e6edf3",
        "grid": "#3d444d",
        "colors": ["#6cb6ff", "#f69d50", "#57ab5a", "#dcbdfb", "#f47067", "#39c5cf"],
    },
}


# --------------------------------------------------------------------------
# Events


@dataclass
class Run:
    python: str  # the full version, e.g. 3.14.10
    start_method: str
    spans: list[tuple[str, float, float, str]] = field(default_factory=list)
    points: list[tuple[str, str, float]] = field(default_factory=list)


def parse_events(text: str, python: str, start_method: str) -> Run:
    run = Run(python, start_method)
    for number, line in enumerate(text.splitlines(), 1):
        kind, _, rest = line.partition(" ")
        if kind == "span":
            parts = rest.split(" ", 3)
            if len(parts) < 3:
                raise ValueError(f"line {number}: span needs LANE START END: {line!r}")
            lane, start, end = parts[0], float(parts[1]), float(parts[2])
            if end < start:
                raise ValueError(f"line {number}: span ends before it starts: {line!r}")
            run.spans.append((lane, start, end, parts[3] if len(parts) > 3 else ""))
        elif kind == "point":
            parts = rest.split(" ")
            if len(parts) != 3:
                raise ValueError(f"line {number}: point needs SERIES X Y: {line!r}")
            run.points.append((parts[0], parts[1], float(parts[2])))
    if not run.spans and not run.points:
        raise ValueError("the program printed no span or point line with --timeline")
    return run


def run_program(
    snippet: str, python: str, start_method: str, args=(), timeout=120
) -> Run:
    """Run a snippet with --timeline in a fresh folder, as the harness would."""
    path = SNIPPETS / snippet
    executable = f"python{python}"
    if shutil.which(executable) is None:
        raise SystemExit(f"{executable} is not on PATH; the figure needs it")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "SNIPPET_"))
    }
    env["PYTHONPATH"] = str(STARTMETHOD)
    env["SNIPPET_START_METHOD"] = start_method
    with tempfile.TemporaryDirectory(prefix="figure-") as folder:
        copy = Path(folder) / path.name
        copy.write_bytes(path.read_bytes())
        result = subprocess.run(
            [executable, copy.name, "--timeline", *args],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    if result.returncode != 0 or result.stderr:
        raise RuntimeError(
            f"{snippet} on {executable} ({start_method}) failed with exit code "
            f"{result.returncode}:\n{result.stderr}"
        )
    version = subprocess.run(
        [executable, "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout.strip()
    return parse_events(result.stdout, version, start_method)


# --------------------------------------------------------------------------
# Drawing


def _figure(theme: dict, width=7.0, height=3.2):
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "svg.fonttype": "none",  # text stays text: selectable, searchable
            "svg.hashsalt": "figures",  # stable ids, so unchanged figures diff clean
            "font.family": "sans-serif",
            "font.size": 10,
            "text.color": theme["text"],
            "axes.labelcolor": theme["text"],
            "axes.edgecolor": theme["grid"],
            "xtick.color": theme["text"],
            "ytick.color": theme["text"],
            "axes.prop_cycle": matplotlib.cycler(color=theme["colors"]),
        }
    )
    fig, ax = plt.subplots(figsize=(width, height))
    fig.patch.set_alpha(0)
    ax.patch.set_alpha(0)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig, ax


def _save(fig, path: Path) -> None:
    import matplotlib.pyplot as plt

    fig.tight_layout()
    fig.savefig(path, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(fig)


def draw_lanes(
    runs, theme, *, lanes=None, xlabel="seconds", marks=(), labels_on_bars=False
):
    """One row per lane, a bar per span; spans with the same label share a colour.

    With labels_on_bars, each span is written on its bar instead (one colour
    per lane), for a few long spans such as a pool's tasks.
    """
    run = runs[0]
    order = lanes or (
        sorted({lane for lane, *_ in run.spans}, key=_natural)
        if labels_on_bars
        else _lanes_in_order(run.spans)
    )
    labels = sorted({label for *_, label in run.spans}, key=_natural)
    if labels_on_bars:
        color = {
            lane: theme["colors"][i % len(theme["colors"])]
            for i, lane in enumerate(order)
        }
    else:
        color = {
            label: theme["colors"][i % len(theme["colors"])]
            for i, label in enumerate(labels)
        }
    fig, ax = _figure(theme, height=0.9 + 0.42 * len(order))
    for row, lane in enumerate(order):
        for lane_, start, end, label in run.spans:
            if lane_ == lane:
                ax.broken_barh(
                    [(start, max(end - start, 0.0008))],
                    (row - 0.35, 0.7),
                    facecolors=color[lane if labels_on_bars else label],
                    edgecolors=theme["background"] if labels_on_bars else "none",
                    linewidth=1.5,
                )
                if labels_on_bars:
                    ax.text(
                        (start + end) / 2,
                        row,
                        label,
                        ha="center",
                        va="center",
                        color="white" if theme is THEMES["light"] else "black",
                        fontsize=9,
                        fontweight="bold",
                    )
    for x, text in marks:
        ax.axvline(x, color=theme["grid"], linewidth=1, linestyle="--")
        ax.text(x, len(order) - 0.4, text, fontsize=8, va="bottom")
    ax.set_yticks(range(len(order)), order)
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.set_xlim(left=0)
    ax.grid(axis="x", color=theme["grid"], linewidth=0.5)
    if len(labels) > 1 and not labels_on_bars:
        from matplotlib.patches import Patch

        handles = [Patch(color=color[label], label=label) for label in labels]
        ax.legend(
            handles=handles,
            frameon=False,
            ncols=len(labels),
            loc="lower left",
            bbox_to_anchor=(0, 1),
        )
    return fig


def _lanes_in_order(spans) -> list[str]:
    """Lanes grouped by their first label, in order of first appearance."""
    first = {}
    for lane, start, _end, label in spans:
        first.setdefault(lane, (label, start))
    groups = []
    for label, _ in first.values():
        if label not in groups:
            groups.append(label)
    return sorted(
        first, key=lambda lane: (groups.index(first[lane][0]), _natural(lane))
    )


def draw_series(
    runs, theme, *, xlabel, ylabel, step=False, ymin=0, integer_y=False, logx=False
):
    """A line per series, x numeric."""
    run = runs[0]
    series = sorted({name for name, *_ in run.points}, key=_natural)
    fig, ax = _figure(theme)
    for name in series:
        pairs = sorted((float(x), y) for s, x, y in run.points if s == name)
        xs = [x for x, _ in pairs]
        ys = [y for _, y in pairs]
        if step:
            ax.step(xs, ys, where="post", label=name.replace("-", " "))
        else:
            ax.plot(xs, ys, marker="o", markersize=4, label=name.replace("-", " "))
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_ylim(bottom=ymin)
    if integer_y:
        from matplotlib.ticker import MaxNLocator

        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(color=theme["grid"], linewidth=0.5)
    if len(series) > 1:
        ax.legend(frameon=False)
    return fig


def draw_grouped_bars(groups: dict[str, dict[str, float]], theme, *, ylabel, log=False):
    """groups: category -> series -> value; a cluster of bars per category."""
    categories = list(groups)
    series = list(next(iter(groups.values())))
    fig, ax = _figure(theme, height=3.4)
    width = 0.8 / len(series)
    for i, name in enumerate(series):
        xs = [c + (i - (len(series) - 1) / 2) * width for c in range(len(categories))]
        ax.bar(xs, [groups[c][name] for c in categories], width, label=name)
    ax.set_xticks(range(len(categories)), categories)
    ax.set_ylabel(ylabel)
    if log:
        from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

        ax.set_yscale("log")
        ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _: f"{y:g}"))
        ax.yaxis.set_minor_formatter(NullFormatter())
        ax.set_ylim(bottom=1)
    ax.grid(axis="y", color=theme["grid"], linewidth=0.5)
    ax.legend(frameon=False, ncols=len(series), loc="lower left", bbox_to_anchor=(0, 1))
    return fig


def _natural(text: str):
    import re

    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text)]


# --------------------------------------------------------------------------
# The figures


@dataclass
class Figure:
    name: str
    snippet: str
    draw: Callable  # (runs, theme) -> matplotlib figure
    numbers: Callable = lambda runs: {}  # (runs) -> {key: "text"}
    start_method: str | None = None  # None: the Python's default on Linux
    pythons: tuple[str, ...] = (DEFAULT_PYTHON,)
    repeats: int = 1  # runs per Python; numbers() gets them all
    args: tuple[str, ...] = ()


def _default_method(python: str) -> str:
    return "forkserver" if tuple(map(int, python.split("."))) >= (3, 14) else "fork"


def _startup_groups(runs) -> dict[str, dict[str, float]]:
    """Per Python release, the median milliseconds per process for each method."""
    groups: dict[str, dict[str, float]] = {}
    for run in runs:
        minor = ".".join(run.python.split(".")[:2])
        for method, _x, ms in run.points:
            groups.setdefault(minor, {}).setdefault(method, []).append(ms)
    return {
        minor: {
            m: statistics.median(v)
            for m, v in sorted(
                methods.items(),
                key=lambda i: ("fork", "forkserver", "spawn").index(i[0]),
            )
        }
        for minor, methods in groups.items()
    }


def _startup_numbers(runs):
    groups = _startup_groups(runs)
    numbers = {}
    for minor, methods in groups.items():
        key = minor.replace(".", "")
        for method, ms in methods.items():
            numbers[f"py{key}_{method}_ms"] = _ms(ms)
    return numbers


def _ms(value: float) -> str:
    return f"{value:.1f} ms" if value < 10 else f"{value:.0f} ms"


def _spans(run, label: str) -> list[tuple[float, float]]:
    """(start, end) of every span with this label."""
    return [(s, e) for _, s, e, lab in run.spans if lab == label]


def _extent(spans: list[tuple[float, float]]) -> float:
    """Seconds from the first start to the last end."""
    return max(e for _, e in spans) - min(s for s, _ in spans)


def _span_numbers(runs, *, prefix="") -> dict[str, str]:
    """How long each label's spans took, first start to last end, per run."""
    run = runs[0]
    return {
        f"{prefix}{label.replace('-', '_')}_s": f"{_extent(_spans(run, label)):.2f} s"
        for label in {label for *_, label in run.spans}
    }


def _gil_numbers(runs):
    numbers = _span_numbers(runs)
    for kind in ("thread", "process"):
        spans = _spans(runs[0], kind)
        busy = sum(e - s for s, e in spans)
        numbers[f"{kind}_overlap"] = f"{busy / _extent(spans):.1f}"
    return numbers


def _io_numbers(runs):
    numbers = _span_numbers(runs)
    ratio = _extent(_spans(runs[0], "serial")) / _extent(_spans(runs[0], "thread"))
    numbers["speedup"] = f"{ratio:.1f}"
    return numbers


def _queue_numbers(runs):
    sizes = [y for series, _, y in runs[0].points if series == "queue-size"]
    return {"largest": f"{max(sizes):.0f}", "changes": f"{len(sizes)}"}


def _server_numbers(runs):
    waits = {}
    for lane, start, end, label in runs[0].spans:
        if label == "waiting":
            waits[lane] = end - start
    return {
        f"{lane.replace('-', '_')}_wait_s": f"{wait:.2f} s"
        for lane, wait in sorted(waits.items())
    }


def _speedup_numbers(runs):
    numbers = {"cpus": machine().split(", ")[1].split()[0]}
    cpu = []
    for series, x, y in runs[0].points:
        key = series.split("-")[0].lower().replace("/", "")
        numbers[f"{key}_{x}"] = f"{y:.1f}"
        if key == "cpu":
            cpu.append(y)
    numbers["cpu_best"] = f"{max(cpu):.1f}"
    return numbers


FIGURE_LIST = [
    Figure(
        name="gil-turns",
        snippet="threads/gil/07_taking_turns.py",
        draw=lambda runs, theme: draw_lanes(runs, theme, xlabel="seconds"),
        numbers=_gil_numbers,
    ),
    Figure(
        name="io-overlap",
        snippet="threads/gil/02_io_bound.py",
        draw=lambda runs, theme: draw_lanes(runs, theme, xlabel="seconds"),
        numbers=_io_numbers,
    ),
    Figure(
        name="queue-depth",
        snippet="threads/queues/02_backpressure.py",
        draw=lambda runs, theme: draw_series(
            runs,
            theme,
            xlabel="seconds",
            ylabel="items in the queue",
            step=True,
            integer_y=True,
        ),
        numbers=_queue_numbers,
    ),
    Figure(
        name="pool-tasks",
        snippet="pools/waiting-for-futures/08_tasks_on_workers.py",
        draw=lambda runs, theme: draw_lanes(
            runs, theme, xlabel="seconds", labels_on_bars=True
        ),
    ),
    Figure(
        name="server-waits",
        snippet="pools/thread-pool-server/01_pool_echo_server.py",
        draw=lambda runs, theme: draw_lanes(runs, theme, xlabel="seconds"),
        numbers=_server_numbers,
    ),
    Figure(
        name="workers-speedup",
        snippet="pools/how-many-workers/03_throughput_by_workers.py",
        draw=lambda runs, theme: draw_series(
            runs,
            theme,
            xlabel="workers",
            ylabel="speed-up over one worker",
        ),
        numbers=_speedup_numbers,
    ),
    Figure(
        name="process-startup",
        snippet="processes/start-methods/04_startup_cost.py",
        draw=lambda runs, theme: draw_grouped_bars(
            _startup_groups(runs),
            theme,
            ylabel="ms to start and join one process",
            log=True,
        ),
        numbers=_startup_numbers,
        start_method="spawn",  # the program chooses each method itself
        pythons=tuple(snippetmeta.PYTHONS),
        repeats=5,
    ),
]
FIGURES_BY_NAME = {figure.name: figure for figure in FIGURE_LIST}


def machine() -> str:
    cpus = (
        len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count()
    )
    return f"{platform.system()}, {cpus} CPU cores"


def make(figure: Figure, out_svg: Path, out_data: Path, quick: bool = False) -> dict:
    runs = []
    for python in figure.pythons:
        method = figure.start_method or _default_method(python)
        for _ in range(1 if quick else figure.repeats):
            runs.append(run_program(figure.snippet, python, method, figure.args))
    for theme_name, theme in THEMES.items():
        _save(figure.draw(runs, theme), out_svg / f"{figure.name}-{theme_name}.svg")
    first = runs[0]
    record = {
        "figure": figure.name,
        "program": figure.snippet,
        "pythons": sorted({run.python for run in runs}, key=_natural),
        "start_method": None
        if figure.start_method == "spawn" and len(figure.pythons) > 1
        else first.start_method,
        "runs": len(runs),
        "machine": machine(),
        "date": datetime.date.today().isoformat(),
        "numbers": figure.numbers(runs),
    }
    (out_data / f"{figure.name}.json").write_text(json.dumps(record, indent=2) + "\n")
    return record


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="figures to draw (default: all)")
    parser.add_argument(
        "--check",
        action="store_true",
        help="run each program once and draw into a temporary folder",
    )
    options = parser.parse_args(argv)
    unknown = [name for name in options.names if name not in FIGURES_BY_NAME]
    if unknown:
        parser.error(
            f"no such figure: {', '.join(unknown)} (known: {', '.join(FIGURES_BY_NAME)})"
        )
    chosen = [FIGURES_BY_NAME[n] for n in options.names] or FIGURE_LIST
    with tempfile.TemporaryDirectory(prefix="figures-") as scratch:
        out_svg = out_data = Path(scratch) if options.check else FIGURES
        out_svg.mkdir(parents=True, exist_ok=True)
        for figure in chosen:
            started = datetime.datetime.now()
            record = make(figure, out_svg, out_data, quick=options.check)
            for theme in THEMES:
                svg = (out_svg / f"{figure.name}-{theme}.svg").read_text()
                if "<text" not in svg:
                    raise SystemExit(f"{figure.name}-{theme}.svg has no text element")
            seconds = (datetime.datetime.now() - started).total_seconds()
            print(
                f"{figure.name}: {record['runs']} run(s) on {', '.join(record['pythons'])}, "
                f"{seconds:.1f} s"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
