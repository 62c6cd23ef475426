"""A link on every page to the same page in the site's other editions.

conf.py lists the editions (``EDITIONS``: language -> folder under the site's
root, "" for English) and their names. The English site is built at the root
and each translation in its folder, so the same page of another edition is
always at a fixed relative path. ``docs/_templates/sidebar/editions.html``
shows the links; ``<link rel="alternate" hreflang>`` tags tell search
engines about the other editions.
"""

from __future__ import annotations

import posixpath

# The label of the links, in the language of the page that shows them.
LABELS = {"en": "Other languages", "zh_CN": "其他语言"}


def _hreflang(language: str) -> str:
    return language.replace("_", "-")


def add_links(app, pagename, templatename, context, doctree) -> None:
    config = app.config
    editions = config.html_context.get("editions") or {}
    names = config.html_context.get("edition_names") or {}
    here = config.language
    depth = pagename.count("/") + editions[here].count("/")
    up = "../" * depth
    page = pagename + ".html"
    links = []
    for language, folder in editions.items():
        if language == here:
            continue
        if pagename == "404":
            # served at any depth: link the other edition's front page, from
            # the site's root path (the 404 extension's prefix)
            prefix = getattr(config, "notfound_urls_prefix", "/") or "/"
            root = (
                prefix[: len(prefix) - len(editions[here])]
                if editions[here]
                else prefix
            )
            href = root + folder + "index.html"
        else:
            href = posixpath.join(up + folder, page) if up or folder else page
        links.append(
            {
                "lang": _hreflang(language),
                "hreflang": _hreflang(language),
                "name": names.get(language, language),
                "href": href,
            }
        )
    context["edition_links"] = links
    context["edition_label"] = LABELS.get(here, LABELS["en"])
    alternates = "".join(
        f'<link rel="alternate" hreflang="{link["hreflang"]}" href="{link["href"]}">'
        for link in links
    )
    context["metatags"] = context.get("metatags", "") + alternates


def setup(app):
    app.connect("html-page-context", add_links)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
