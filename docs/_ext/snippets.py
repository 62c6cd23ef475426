"""The ``snippet`` directive: a runnable program, its download link and its real output.

In a MyST page::

    ```{snippet} threads/daemon-threads/01_non_daemon.py
    ```

expands to

1. a ``literalinclude`` of ``snippets/threads/daemon-threads/01_non_daemon.py``
   whose caption is that path (the include options ``lines``,
   ``start-after``, ``end-before``, ``pyobject`` and ``emphasize-lines`` are
   passed through);
2. a line with a download link for the file and what it was tested on, read
   from the snippet's ``# test:`` line and the project's tested Pythons;
3. the committed output file (``01_non_daemon.out``), which the test suite
   compares with real runs, with a note when the output varies between runs,
   and, for a snippet that fails on purpose, the last line of its stderr.

Use ``:no-output:`` when a page shows one file in several parts and the
output has already been shown.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import snippetmeta  # tests/snippetmeta.py: the one parser of the "# test:" line
from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.directives.code import LiteralInclude
from sphinx.util.docutils import SphinxDirective

# The words this directive writes, per edition. They are written in the
# page's language and kept out of the message catalogs, so translators never
# see the same generated sentence a hundred times.
TEXT = {
    "en": {
        "download": "Download ",
        "run": " and run it with ",
        "tested": " · tested on Python {first} to {last} with {methods}",
        "chosen": "the {method} start method it chooses itself",
        "each": "each start method: {methods}",
        "one": "one start method, since it starts no process",
        "needs": " · needs Python {version} or newer",
        "test_line": " · the downloaded file also has a line starting with ",
        "judge": ", which tells the test suite how to judge it: ",
        "exact": "its output must match the output shown, line for line",
        "unordered_rule": "its output lines may come in any order",
        "interleaved_rule": "the lines of each label must come in the order shown",
        "timeout": "it may take up to {seconds:g} s",
        "older": "older Pythons skip it",
        "only": "it runs with the {method} start method only",
        "exit_rule": "it must exit with status {status}",
        "join": "; ",
        "end": ".",
        "sep": ", ",
        "program": "program {name}",
        "output": "Output",
        "output_varies": "Output of one run",
        "unordered": (
            "The order of these lines changes from run to run. "
            "The test checks that every line appears, exactly as often as shown here."
        ),
        "interleaved": (
            "The threads' lines interleave differently on every run. "
            "The test checks each label's lines (the text before the colon): "
            "all present, none extra, in the order shown."
        ),
        "exits": "It exits with status {status}; the last line of its stderr, "
        "which the test checks:",
    },
    "zh_CN": {
        "download": "下载 ",
        "run": " 并用 ",
        "tested": " 运行 · 已在 Python {first} 到 {last} 上测试，{methods}",
        "chosen": "使用程序自己选择的 {method} 启动方法",
        "each": "每种启动方法都测试：{methods}",
        "one": "只用一种启动方法，因为它不启动进程",
        "needs": " · 需要 Python {version} 或更新版本",
        "test_line": " · 下载的文件中还有一行以 ",
        "judge": " 开头，它告诉测试套件如何判定结果：",
        "exact": "输出必须与下面显示的输出逐行一致",
        "unordered_rule": "输出的各行可以以任意顺序出现",
        "interleaved_rule": "每个标签的行必须按显示的顺序出现",
        "timeout": "最长可运行 {seconds:g} 秒",
        "older": "更旧的 Python 会跳过它",
        "only": "只用 {method} 启动方法运行",
        "exit_rule": "退出状态必须为 {status}",
        "join": "；",
        "end": "。",
        "sep": "、",
        "program": "程序 {name}",
        "output": "输出",
        "output_varies": "某一次运行的输出",
        "unordered": "这些行的顺序每次运行都不同。测试检查每一行都出现，且出现次数与这里显示的相同。",
        "interleaved": (
            "各线程的输出行每次运行的交错方式都不同。测试检查每个标签（冒号前的文字）的行："
            "全部出现，没有多余的行，并且按显示的顺序出现。"
        ),
        "exits": "它以状态 {status} 退出；测试检查的 stderr 最后一行：",
    },
}


def text(config, key: str, **values) -> str:
    words = TEXT.get(config.language, TEXT["en"])
    return words[key].format(**values) if values else words[key]


def not_translatable(node_list) -> None:
    """Keep generated words out of the catalogs: they are already translated."""
    for node in node_list:
        for inner in node.findall(nodes.TextElement):
            if isinstance(inner, (nodes.paragraph, nodes.caption)):
                inner["translatable"] = False


def numbers_of_test_lines(source: str) -> list[int]:
    """1-based numbers of the "# test:" lines, and of a blank line each leaves doubled."""
    lines = source.splitlines()
    found = []
    for i, line in enumerate(lines):
        if snippetmeta.TEST_LINE.match(line):
            found.append(i + 1)
            before = lines[i - 1].strip() if i > 0 else ""
            after = lines[i + 1].strip() if i + 1 < len(lines) else "x"
            if not before and not after:
                found.append(i + 2)
    return found


def line_ranges(total: int, skip: list[int]) -> str:
    """A literalinclude "lines" value: every line from 1 to *total* but *skip*."""
    ranges, start = [], None
    for n in range(1, total + 2):
        keep = n <= total and n not in skip
        if keep and start is None:
            start = n
        elif not keep and start is not None:
            ranges.append(f"{start}-{n - 1}" if n - 1 > start else str(start))
            start = None
    return ",".join(ranges)


def test_in_words(test, config) -> str:
    rule = {"exact": "exact", "unordered": "unordered_rule"}.get(
        test.output, "interleaved_rule"
    )
    parts = [text(config, rule)]
    if test.timeout != snippetmeta.DEFAULT_TIMEOUT:
        parts.append(text(config, "timeout", seconds=test.timeout))
    if test.requires > (3, 9):
        parts.append(text(config, "older"))
    if test.start_method:
        parts.append(text(config, "only", method=test.start_method))
    if test.exit:
        parts.append(text(config, "exit_rule", status=test.exit))
    return text(config, "join").join(parts) + text(config, "end")


def used_apis(source: str) -> list[str]:
    """Standard-library names a program uses: ``threading.Event``, ``queue.Queue``..."""
    tree = ast.parse(source)
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                aliases[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0]
                )
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            parts = []
            inner = node
            while isinstance(inner, ast.Attribute):
                parts.append(inner.attr)
                inner = inner.value
            if isinstance(inner, ast.Name) and inner.id in aliases:
                base = aliases[inner.id]
                # module.Class or module.function: two levels are enough
                found.add(f"{base}.{parts[-1]}")
        elif isinstance(node, ast.Name) and node.id in aliases:
            if "." in aliases[node.id]:
                found.add(aliases[node.id])
    return sorted(n for n in found if not n.startswith("__future__"))


class Snippet(SphinxDirective):
    required_arguments = 1
    has_content = False
    option_spec = {
        "lines": directives.unchanged_required,
        "start-after": directives.unchanged_required,
        "end-before": directives.unchanged_required,
        "pyobject": directives.unchanged_required,
        "emphasize-lines": directives.unchanged_required,
        "no-output": directives.flag,
    }

    def _literalinclude(self, target: str, options: dict) -> list[nodes.Node]:
        directive = LiteralInclude(
            "literalinclude",
            [target],
            options,
            [],
            self.lineno,
            self.content_offset,
            self.block_text,
            self.state,
            self.state_machine,
        )
        return directive.run()

    def run(self) -> list[nodes.Node]:
        config = self.env.config
        relative = self.arguments[0]
        snippets_dir = Path(self.env.srcdir).parent / "snippets"
        path = snippets_dir / relative
        # literalinclude and download resolve "/x" from the source directory (docs/)
        target = "/../snippets/" + relative
        shown = f"snippets/{relative}"
        if not path.is_file():
            raise self.error(f"snippet not found: {shown}")
        source = path.read_text(encoding="utf-8")
        try:
            test = snippetmeta.parse_test_line(source, shown)
        except snippetmeta.MetadataError as exc:
            raise self.error(str(exc)) from None

        include_options = {"language": "python", "caption": shown}
        for key in (
            "lines",
            "start-after",
            "end-before",
            "pyobject",
            "emphasize-lines",
        ):
            if key in self.options:
                include_options[key] = self.options[key]
        partial = any(
            k in self.options
            for k in ("lines", "start-after", "end-before", "pyobject")
        )
        slug = "snippet-" + re.sub(
            r"[^a-z0-9]+", "-", relative.lower().removesuffix(".py")
        ).strip("-")
        if not partial:
            include_options["name"] = slug
        # The "# test:" line instructs the test suite; it is not part of the
        # lesson, so the listing (and what a reader copies) leaves it out.
        # The download link serves the exact file that was tested.
        test_lines = numbers_of_test_lines(source)
        if test_lines and not partial:
            include_options["lines"] = line_ranges(len(source.splitlines()), test_lines)
        result = self._literalinclude(target, include_options)
        if not partial:
            # The general index lists each API with the programs that use it.
            entries = [
                (
                    "single",
                    f"{api}; " + text(config, "program", name=path.name),
                    slug,
                    "",
                    None,
                )
                for api in used_apis(source)
            ]
            if entries:
                result.insert(0, addnodes.index(entries=entries))

        # Download link and what the snippet is tested on.
        pythons = [
            v
            for v in config.tested_pythons
            if tuple(map(int, v.split("."))) >= test.requires
        ]
        if not pythons:
            raise self.error(
                f"{shown}: requires={'.'.join(map(str, test.requires))} is newer "
                "than every tested Python"
            )
        if test.start_method:
            methods = text(config, "chosen", method=test.start_method)
        elif snippetmeta.starts_processes(source):
            methods = text(
                config,
                "each",
                methods=text(config, "sep").join(config.tested_start_methods),
            )
        else:
            methods = text(config, "one")
        download = addnodes.download_reference(
            "",
            "",
            nodes.literal(path.name, path.name),
            reftarget=target,
            refdoc=self.env.docname,
            refexplicit=True,
        )
        note = nodes.paragraph(classes=["snippet-meta"])
        note += nodes.Text(text(config, "download"))
        note += download
        note += nodes.Text(text(config, "run"))
        note += nodes.literal(f"python3 {path.name}", f"python3 {path.name}")
        note += nodes.Text(
            text(config, "tested", first=pythons[0], last=pythons[-1], methods=methods)
        )
        if test.requires > (3, 9):
            version = ".".join(map(str, test.requires))
            note += nodes.Text(text(config, "needs", version=version))
        if test_lines and not partial:
            note += nodes.Text(text(config, "test_line"))
            note += nodes.literal("# test:", "# test:")
            note += nodes.Text(text(config, "judge") + test_in_words(test, config))
        result.append(note)

        if "no-output" in self.options:
            not_translatable(result)
            return result
        out = path.with_suffix(".out")
        if not out.is_file():
            raise self.error(
                f"no committed output for {shown}: run python3 tests/harness.py regen {shown}"
            )
        rule = test.output
        caption = text(config, "output" if rule == "exact" else "output_varies")
        result += self._literalinclude(
            "/../snippets/" + str(Path(relative).with_suffix(".out")),
            {
                "language": "text",
                "caption": caption,
                "class": ["output"],
                **({} if partial else {"name": slug + "-output"}),
            },
        )
        if rule in ("unordered", "interleaved"):
            result.append(
                nodes.paragraph("", text(config, rule), classes=["snippet-varies"])
            )
        if test.exit:
            err = path.with_suffix(".err")
            self.env.note_dependency(str(err))
            lines = (
                [
                    line
                    for line in err.read_text(encoding="utf-8").splitlines()
                    if line.strip()
                ]
                if err.is_file()
                else []
            )
            if not lines:
                raise self.error(
                    f"{shown} declares exit={test.exit} but {err.name} is missing or "
                    f"empty: run python3 tests/harness.py regen {shown}"
                )
            result.append(nodes.paragraph("", text(config, "exits", status=test.exit)))
            block = nodes.literal_block(
                lines[-1], lines[-1], language="text", classes=["output"]
            )
            result.append(block)
        not_translatable(result)
        return result


def setup(app):
    app.add_config_value("tested_pythons", [], "env")
    app.add_config_value("tested_start_methods", [], "env")
    app.add_directive("snippet", Snippet)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
