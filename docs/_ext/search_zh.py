"""Chinese search for the zh_CN edition.

Sphinx's Chinese search splits words with jieba and stems Latin words with
the English stemmer, but its generated ``language_data.js`` names the stemmer
after the language ("ChineseStemmer"), a name the shipped stemmer code does
not define, so the search page fails with "ChineseStemmer is not defined".
This subclass gives the stemmer its real name; nothing else changes.
"""

from sphinx.search.zh import SearchChinese


class ChineseSearch(SearchChinese):
    language_name = "English"  # window.Stemmer = EnglishStemmer


def setup(app):
    from sphinx.search import languages

    languages["zh"] = "search_zh.ChineseSearch"
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
