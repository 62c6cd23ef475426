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

# The public repository. Edit links and source links use it.
REPOSITORY_URL = (
    "https://github.com/python-concurrency-tested/python-concurrency-tested"
)
REPOSITORY_BRANCH = "main"
# Where the site is published: og:url, the sitemap and the 404 page use it.
# SITE_ROOT_PATH overrides its path part, for a server that serves it at "/".
SITE_URL = "https://python-concurrency-tested.readthedocs.io/en/latest/"

project = "Python Concurrency, Tested"
author = "The Python Concurrency, Tested contributors"
copyright = "the Python Concurrency, Tested contributors"
language = "en"

# What every snippet is run on (tox.ini's env_list must match; a test checks).
tested_pythons = ["3.9", "3.10", "3.11", "3.12", "3.13", "3.14", "3.15"]
tested_start_methods = ["fork", "spawn", "forkserver"]

extensions = [
    "myst_parser",
    "sphinx_copybutton",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "snippets",
    "sitemeta",
    "facts",
]

root_doc = "index"
exclude_patterns = ["_build", "_ext", "_intersphinx"]
nitpicky = True

# MyST
myst_enable_extensions = ["colon_fence", "deflist", "substitution"]
myst_heading_anchors = 3
# Values several pages state, defined once in docs/_data/facts.toml.
myst_substitutions = __import__("facts").substitutions()

# Every API named on a page links to the Python docs. The inventory is read
# from docs.python.org when it can be reached, and from the copy in the
# repository when it cannot (offline builds, CI without network).
intersphinx_mapping = {
    "python": (
        "https://docs.python.org/3",
        (None, str(HERE / "docs" / "_intersphinx" / "python-3.14-objects.inv")),
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

# doctest: each {doctest} block runs in a fresh namespace per page.
doctest_test_doctest_blocks = ""

# HTML
html_theme = "furo"
html_title = "Python Concurrency, Tested"
html_static_path = ["docs/_static"]
html_css_files = ["site.css"]
html_theme_options = {
    "source_repository": REPOSITORY_URL + "/",
    "source_branch": REPOSITORY_BRANCH,
    "source_directory": "docs/",
    "top_of_page_buttons": ["view", "edit"],
}
pygments_style = "a11y-light"
pygments_dark_style = "a11y-dark"
html_copy_source = False
html_baseurl = SITE_URL
site_url = SITE_URL
site_root_path = os.environ.get("SITE_ROOT_PATH", urlsplit(SITE_URL).path)
site_description = (
    "Python threads, queues, pools and processes, taught with programs "
    "that are run on every Python from 3.9 to 3.15 under fork, spawn and forkserver."
)
html_show_sourcelink = False
