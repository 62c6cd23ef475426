"""Links in the body of the 404 page, made absolute.

sphinx-notfound-page makes the 404 page's assets and navigation absolute
(``notfound_urls_prefix``), so the page works at any depth, but leaves the
links written in its own text relative: "index.html" from
``/threads/no/such/page.html`` would point into a folder that does not exist.
This prefixes them too.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from docutils import nodes


def absolute_links(app, doctree, docname):
    if docname != app.config.notfound_pagename:
        return
    prefix = (app.config.notfound_urls_prefix or "/").rstrip("/") + "/"
    for node in doctree.findall(nodes.reference):
        uri = node.get("refuri")
        if uri and not urlsplit(uri).scheme and not uri.startswith(("/", "#")):
            node["refuri"] = prefix + uri


def setup(app):
    app.connect("doctree-resolved", absolute_links)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
