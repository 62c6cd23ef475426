"""The translations' message catalogs: bring them up to date, or check them.

    python tests/catalogs.py update    extract the English messages and merge
                                       them into docs/locale/<lang>/LC_MESSAGES
    python tests/catalogs.py check     fail unless every message of every page
                                       is translated, and none is fuzzy

``tox -e catalogs`` runs ``update``; ``tox -e docs-zh`` runs ``check`` before
it builds the Chinese edition, so a page added or changed in English cannot
ship half translated. Both extract the messages with Sphinx's gettext builder
into a temporary folder, exactly as the English build reads the pages.

A message is translated when its msgstr is not empty. A msgstr may equal its
msgid: a message that is only code or an error text stays as it is.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "docs" / "locale"
LANGUAGES = ["zh_CN"]

# Pages built from other pages' sections: their messages are filled in from
# those pages' translations (``update``), never translated by hand.
GENERATED = re.compile(r"^(version-notes|troubleshooting/(?!index$)[\w-]+)$")
# The line under each troubleshooting entry and the page column of the
# version notes, per language: {title} is the translated page title.
EXPLAINED_IN = {"zh_CN": "详见[{title}]({target})。"}
# A list of releases such as "3.13, 3.9 to 3.12", and how to write it.
RELEASES = re.compile(r"3\.\d+( to 3\.\d+)?(, 3\.\d+( to 3\.\d+)?)*")
RELEASE_WORDS = {"zh_CN": {" to ": " 到 ", ", ": "、"}}
# A message with nothing to translate: only code, numbers and links whose
# text is a file or folder name. It is its own translation.
NOTHING_TO_TRANSLATE = re.compile(r"(?:`[^`]+`|\[[\w./-]+\]\([^)\s]+\)|[\d.,:;()\s-])+")


@dataclass
class Entry:
    msgid: str = ""
    msgstr: str = ""
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def _unquote(text: str) -> str:
    text = text.strip()
    if not (len(text) >= 2 and text.startswith('"') and text.endswith('"')):
        raise ValueError(f"not a quoted string: {text!r}")
    out, chars = [], iter(text[1:-1])
    for char in chars:
        out.append(_ESCAPES.get(next(chars, ""), "") if char == "\\" else char)
    return "".join(out)


def read_catalog(text: str) -> list[Entry]:
    """The entries of a .po or .pot file (msgctxt and plurals are not used here)."""
    entries: list[Entry] = []
    entry = Entry()
    field_name = None
    started = False

    def finish():
        nonlocal entry, started, field_name
        if started:
            entries.append(entry)
        entry, started, field_name = Entry(), False, None

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#~"):
            entry.obsolete = True
            line = line[2:].strip()
            if not line:
                continue
        elif line.startswith("#,"):
            entry.flags.update(flag.strip() for flag in line[2:].split(","))
            continue
        elif line.startswith("#"):
            continue
        if line.startswith("msgid "):
            if started and field_name == "msgstr":
                finish()
            started, field_name = True, "msgid"
            entry.msgid = _unquote(line[6:])
        elif line.startswith("msgstr "):
            field_name = "msgstr"
            entry.msgstr = _unquote(line[7:])
        elif line.startswith('"') and field_name:
            setattr(entry, field_name, getattr(entry, field_name) + _unquote(line))
    finish()
    return [e for e in entries if e.msgid]  # the header has an empty msgid


def catalog_faults(templates: Path, catalogs: Path) -> tuple[list[str], int, int]:
    """(faults, messages, messages not ready) for the .po files under *catalogs*."""
    faults: list[str] = []
    total = not_ready = 0
    for pot in sorted(templates.rglob("*.pot")):
        name = pot.relative_to(templates).with_suffix(".po")
        wanted = [e.msgid for e in read_catalog(pot.read_text(encoding="utf-8"))]
        total += len(wanted)
        po = catalogs / name
        if not po.exists():
            faults.append(f"{name}: no catalog ({len(wanted)} messages untranslated)")
            not_ready += len(wanted)
            continue
        have = {
            e.msgid: e
            for e in read_catalog(po.read_text(encoding="utf-8"))
            if not e.obsolete
        }
        missing = [m for m in wanted if m not in have]
        empty = [m for m in wanted if m in have and not have[m].msgstr]
        fuzzy = [m for m in wanted if m in have and "fuzzy" in have[m].flags]
        not_ready += len(set(missing) | set(empty) | set(fuzzy))
        for kind, messages in (
            ("not in the catalog", missing),
            ("untranslated", empty),
            ("fuzzy", fuzzy),
        ):
            if messages:
                first = messages[0].replace("\n", " ")[:70]
                faults.append(f"{name}: {len(messages)} {kind}, first: {first!r}")
    for po in sorted(catalogs.rglob("*.po")):
        pot = templates / po.relative_to(catalogs).with_suffix(".pot")
        if not pot.exists():
            faults.append(
                f"{po.relative_to(catalogs)}: no page has these messages any more"
            )
    return faults, total, not_ready


def fill(catalogs: Path, language: str, only=None) -> int:
    """Fill in what needs no translator; return how many messages changed.

    - a message with nothing to translate gets itself;
    - a message of a generated page gets the translation of the same
      message on the page it came from (with the same links rewritten),
      and "Explained in [Title](...)" lines get the translated title.
    """
    from babel.messages.pofile import read_po, write_po

    sys.path.insert(0, str(ROOT / "docs" / "_ext"))
    from pagetext import page_title, relink
    from reference import _plain

    docs = ROOT / "docs"
    loaded = {}
    for po in sorted(catalogs.rglob("*.po")):
        with po.open("rb") as f:
            loaded[po.relative_to(catalogs).with_suffix("").as_posix()] = read_po(f)
    known: dict[str, str] = {}
    plain: dict[str, str] = {}
    titles: dict[str, str] = {}
    for doc, catalog in loaded.items():
        if GENERATED.match(doc):
            continue
        page = doc + ".md"
        pairs = [
            (m.id, m.string)
            for m in catalog
            if m.id and m.string and not m.fuzzy and isinstance(m.id, str)
        ]
        for msgid, msgstr in pairs:
            for at in ("", "troubleshooting"):
                for key, value in (
                    (relink(msgid, page, at), relink(msgstr, page, at)),
                    (msgid, msgstr),
                ):
                    known.setdefault(key, value)
                    known.setdefault(key.replace("|", "\\|"), value.replace("|", "\\|"))
                    plain.setdefault(_plain(key), _plain(value))
        source = docs / page
        if source.exists():
            title = page_title(source.read_text(encoding="utf-8"))
            if title in dict(pairs):
                titles[title] = dict(pairs)[title]
    terms = term_list(LOCALE / language / "terms.md")
    changed = 0
    for doc, catalog in loaded.items():
        if only and doc not in only:
            continue
        generated = bool(GENERATED.match(doc))
        before = {m.id: (m.string, m.fuzzy) for m in catalog if m.id}
        for message in catalog:
            msgid = message.id
            if not msgid or not isinstance(msgid, str):
                continue
            value = None
            if NOTHING_TO_TRANSLATE.fullmatch(msgid):
                value = msgid
            elif RELEASES.fullmatch(msgid):
                value = msgid
                for english, word in RELEASE_WORDS[language].items():
                    value = value.replace(english, word)
            elif doc == "glossary" and msgid in terms:
                value = terms[msgid]  # a glossary term: the term list's word
            elif generated or doc == "troubleshooting/index":
                value = known.get(msgid)
                link = re.fullmatch(r"Explained in \[(.+)\]\((\S+)\)\.", msgid)
                column = re.fullmatch(r"\[(.+)\]\((\S+#version-notes)\)", msgid)
                entry = re.fullmatch(r"\[(.+)\]\((\S+#ts-[\w-]+)\)", msgid)
                if link and link.group(1) in titles:
                    value = EXPLAINED_IN[language].format(
                        title=titles[link.group(1)], target=link.group(2)
                    )
                elif column and column.group(1) in titles:
                    value = f"[{titles[column.group(1)]}]({column.group(2)})"
                elif entry and entry.group(1) in plain:
                    value = f"[{plain[entry.group(1)]}]({entry.group(2)})"
            if value is not None and (value, False) != before.get(msgid):
                message.string = value
                if message.fuzzy:
                    message.flags.discard("fuzzy")
                changed += 1
        path = catalogs / f"{doc}.po"
        with path.open("wb") as f:
            write_po(f, catalog, width=79, omit_header=False)
    return changed


def term_list(path: Path) -> dict[str, str]:
    """English term -> word, from a translation's term list (its table).

    A row may hold several terms separated by " / ", with the words in the
    same order, or one word for them all.
    """
    words: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("| "):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 2 or cells[0] in ("English", "---"):
            continue
        english, word = cells[0].split(" / "), cells[1].split(" / ")
        if len(word) == 1:
            word = word * len(english)
        if len(english) != len(word):
            raise ValueError(f"{path}: a row with unmatched terms: {line}")
        words.update(zip(english, word))
    return words


def extract(into: Path) -> None:
    """The English messages of every page, as .pot files in *into*."""
    env = {**os.environ, "SITE_LANGUAGE": "en"}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-q",
            "-b",
            "gettext",
            "-c",
            str(ROOT),
            "-d",
            str(into / ".doctrees"),
            str(ROOT / "docs"),
            str(into),
        ],
        check=True,
        env=env,
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "check"])
    parser.add_argument("--language", action="append", choices=LANGUAGES)
    parser.add_argument(
        "--only",
        action="append",
        metavar="PAGE",
        help="update only these pages' catalogs (e.g. threads/gil), "
        "leaving the others untouched",
    )
    options = parser.parse_args(argv)
    languages = options.language or LANGUAGES
    with tempfile.TemporaryDirectory(prefix="gettext-") as folder:
        templates = Path(folder) / "templates"
        extract(templates)
        status = 0
        for language in languages:
            catalogs = LOCALE / language / "LC_MESSAGES"
            if options.command == "update":
                source = templates
                if options.only:
                    source = Path(tempfile.mkdtemp(prefix="only-", dir=folder))
                    for page in options.only:
                        pot = templates / f"{page}.pot"
                        if not pot.exists():
                            parser.error(f"--only {page}: no such page")
                        (source / page).parent.mkdir(parents=True, exist_ok=True)
                        (source / f"{page}.pot").write_bytes(pot.read_bytes())
                subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "sphinx_intl",
                        "update",
                        "-p",
                        str(source),
                        "-d",
                        str(LOCALE),
                        "-l",
                        language,
                        "-w",
                        "79",
                    ],
                    check=True,
                )
                changed = fill(catalogs, language, options.only)
                print(f"{language}: {changed} messages filled in")
                # sphinx-intl keeps catalogs of deleted pages; remove them.
                for po in [] if options.only else sorted(catalogs.rglob("*.po")):
                    pot = templates / po.relative_to(catalogs).with_suffix(".pot")
                    if not pot.exists():
                        po.unlink()
                        print(f"removed {po.relative_to(ROOT)}: its page is gone")
            faults, total, not_ready = catalog_faults(templates, catalogs)
            if faults:
                status = 1
            done = total - not_ready
            print(
                f"{language}: {done} of {total} messages translated"
                + ("" if not faults else ":\n  " + "\n  ".join(faults))
            )
        if options.command == "update":
            return 0
        return status


if __name__ == "__main__":
    sys.exit(main())
