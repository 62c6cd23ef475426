"""Sphinx configuration for Python Concurrency, Tested.

Build with ``tox -e docs``, which runs:
    sphinx-build -n -W --keep-going -c . -b html docs build/html
"""

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "docs" / "_ext"))
sys.path.insert(0, str(HERE / "tests"))

import snippetmeta  # noqa: E402 - the test matrix, defined once

# The public repository. Edit links and source links use it.
REPOSITORY_URL = (
    "https://github.com/python-concurrency-tested/python-concurrency-tested"
)
REPOSITORY_BRANCH = "main"
# Where the site is published: canonical links, og:url and the sitemap use it.
# Read the Docs sets READTHEDOCS_CANONICAL_URL for each version it builds
# (pull-request previews included); other hosts set SITE_URL.
SITE_URL = os.environ.get("READTHEDOCS_CANONICAL_URL") or os.environ.get(
    "SITE_URL", "https://python-concurrency-tested.readthedocs.io/en/latest/"
)

# The editions: English at the site's root, each translation in a folder of
# its own, built with SITE_LANGUAGE set (tox -e docs-zh). Every page links
# to the same page in the other editions (docs/_ext/editions.py).
EDITIONS = {"en": "", "zh_CN": "zh_CN/"}
EDITION_NAMES = {"en": "English", "zh_CN": "简体中文"}
SITE_LANGUAGE = os.environ.get("SITE_LANGUAGE", "en")
if SITE_LANGUAGE not in EDITIONS:
    raise ValueError(f"SITE_LANGUAGE={SITE_LANGUAGE!r}: not one of {list(EDITIONS)}")
EDITION_URL = SITE_URL + EDITIONS[SITE_LANGUAGE]
html_context = {"editions": EDITIONS, "edition_names": EDITION_NAMES}

project = "Python Concurrency, Tested"
author = "The Python Concurrency, Tested contributors"
copyright = "the Python Concurrency, Tested contributors"
language = SITE_LANGUAGE
# Translations: one catalog per page, docs/locale/<language>/LC_MESSAGES/
# (sphinx-intl; CONTRIBUTING.md, "Translating").
locale_dirs = ["locale/"]
gettext_compact = False
gettext_uuid = False
gettext_location = False

# What every snippet is run on: tests/snippetmeta.py.
tested_pythons = list(snippetmeta.PYTHONS)
tested_start_methods = list(snippetmeta.START_METHODS)

extensions = [
    "myst_parser",
    "sphinx_copybutton",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx_sitemap",
    "sphinxext.opengraph",
    "notfound.extension",
    "notfound_links",
    "snippets",
    "facts",
    "accessibility",
    "reference",
    "figure_runs",
    "editions",
    "search_zh",
]
templates_path = ["docs/_templates"]
html_sidebars = {
    "**": [
        "sidebar/brand.html",
        "sidebar/editions.html",
        "sidebar/search.html",
        "sidebar/scroll-start.html",
        "sidebar/navigation.html",
        "sidebar/ethical-ads.html",
        "sidebar/scroll-end.html",
        "sidebar/variant-selector.html",
    ]
}

root_doc = "index"
exclude_patterns = ["_build", "_ext", "_intersphinx", "_figures", "locale"]
nitpicky = True

# MyST
myst_enable_extensions = ["colon_fence", "deflist", "substitution"]
myst_heading_anchors = 3
# Values several pages state, defined once in docs/_data/facts.toml, and the
# numbers measured by the runs the figures are drawn from (docs/_figures).
myst_substitutions = {
    **__import__("facts").substitutions(),
    **__import__("figure_runs").substitutions(),
}

# Every API named on a page links to the Python docs. Links resolve against
# the copy of the inventory in the repository, so every build (offline, CI,
# the hosting service) resolves them the same way; the live one is only a
# fallback if the copy is missing.
intersphinx_mapping = {
    "python": (
        "https://docs.python.org/3",
        (str(HERE / "docs" / "_intersphinx" / "python-3.14-objects.inv"), None),
    ),
}
intersphinx_timeout = 5

# Copy buttons copy what a reader should paste: no prompts, no output lines,
# no line numbers, and output blocks get no button at all.
copybutton_selector = "div:not(.output) > div.highlight > pre"
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True
copybutton_exclude = ".linenos"

# doctest: only {doctest} blocks are tested, not bare ">>>" paragraphs.
doctest_test_doctest_blocks = ""

# HTML
html_theme = "furo"
html_title = "Python Concurrency, Tested"
html_static_path = ["docs/_static"]
html_css_files = ["site.css"]
html_favicon = "docs/_static/favicon.svg"
html_theme_options = {
    "source_repository": REPOSITORY_URL + "/",
    "source_branch": REPOSITORY_BRANCH,
    "source_directory": "docs/",
    "top_of_page_buttons": ["view", "edit"],
}
pygments_style = "a11y-light"
pygments_dark_style = "a11y-dark"
html_copy_source = False
html_baseurl = EDITION_URL
html_show_sourcelink = False

# sitemap.xml (sphinx-sitemap): html_baseurl already ends in the version path.
sitemap_url_scheme = "{link}"
sitemap_excludes = ["404.html", "search.html", "genindex.html"]

# OpenGraph and description tags (sphinxext-opengraph), no generated images.
ogp_site_url = EDITION_URL
ogp_site_name = project
ogp_social_cards = {"enable": False}
ogp_enable_meta_description = True

# The 404 page (sphinx-notfound-page) links to assets from the site's root
# path, so it works at any depth. Read the Docs sets the language and version
# it is served under; SITE_ROOT_PATH overrides it ("/" when served at the root).
notfound_urls_prefix = (
    os.environ.get("SITE_ROOT_PATH", urlsplit(SITE_URL).path) + EDITIONS[SITE_LANGUAGE]
)
