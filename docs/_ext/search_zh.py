"""Chinese search for the zh_CN edition.

Two changes to Sphinx's Chinese search, nothing else:

1. The search page's query is not split into words; the index is, by jieba.
   A reader who types a term such as 守护线程 finds pages only if the index
   has that term as one word. The terms of the translation's term list
   (docs/locale/zh_CN/terms.md) are added to jieba's dictionary, so each is
   indexed whole (and, as before, in its parts).
2. Sphinx's generated ``language_data.js`` names the stemmer after the
   language ("ChineseStemmer"), a name the shipped stemmer code (English,
   for Latin words) does not define, so the search page fails with
   "ChineseStemmer is not defined". The subclass gives it its real name.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from sphinx.search.zh import SearchChinese

TERMS = Path(__file__).resolve().parent.parent / "locale" / "zh_CN" / "terms.md"


def term_words(path: Path = TERMS) -> list[str]:
    """The Chinese words of the term list, with and without their glosses."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("| "):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not re.search(r"[\u4e00-\u9fff]", cells[1]):
            continue
        for word in cells[1].split(" / "):
            bare = re.sub(r"（[^）]*）", "", word).strip()
            for each in (bare, *re.findall(r"（([^）]*)）", word)):
                if re.search(r"[\u4e00-\u9fff]", each) and " " not in each:
                    words.add(each)
    return sorted(words)


class ChineseSearch(SearchChinese):
    language_name = "English"  # window.Stemmer = EnglishStemmer

    def __init__(self, options: dict[str, str]) -> None:
        if "dict" not in options:
            with tempfile.NamedTemporaryFile(
                "w", suffix=".txt", delete=False, encoding="utf-8"
            ) as f:
                f.write("".join(f"{word} 20000\n" for word in term_words()))
            options = {**options, "dict": f.name}
        super().__init__(options)


def setup(app):
    from sphinx.search import languages

    languages["zh"] = "search_zh.ChineseSearch"
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
