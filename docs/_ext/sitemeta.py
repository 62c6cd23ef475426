"""Site-wide HTML features: social-card metadata, a sitemap, a 404 page that
works at any depth, and accessible markup for captions and code blocks.

Configuration (conf.py):

``site_url``        where the site is published, ending in "/", e.g.
                    "https://example.org/en/latest/". Used for og:url,
                    canonical links and sitemap.xml.
``site_root_path``  the path part of that URL ("/en/latest/"). The 404 page
                    gets ``<base href=...>`` with it, so its links resolve
                    from the site root whatever URL was not found.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from xml.sax.saxutils import escape

from sphinx.writers.html5 import HTML5Translator


class Translator(HTML5Translator):
    """Two accessibility fixes to Sphinx's HTML.

    Sidebar captions are marked role="heading" without a level: add one.
    A code block whose lines are wider than the screen scrolls sideways, so
    keyboard users must be able to focus it: give every <pre> tabindex="0".
    """

    def visit_literal_block(self, node):
        before = len(self.body)
        try:
            super().visit_literal_block(node)
        finally:
            for i in range(before, len(self.body)):
                if '<div class="highlight"><pre>' in self.body[i]:
                    self.body[i] = self.body[i].replace(
                        '<div class="highlight"><pre>',
                        '<div class="highlight"><pre tabindex="0">',
                        1,
                    )

    def visit_title(self, node):
        before = len(self.body)
        super().visit_title(node)
        for i in range(before, len(self.body)):
            part = self.body[i]
            if 'role="heading"' in part and "aria-level" not in part:
                self.body[i] = part.replace(
                    'role="heading"', 'role="heading" aria-level="2"'
                )


def _first_paragraph(body: str) -> str:
    match = re.search(r"<p>(.*?)</p>", body, re.DOTALL)
    if not match:
        return ""
    text = html.unescape(re.sub(r"<[^>]+>", "", match.group(1)))
    text = " ".join(text.split())
    return text if len(text) <= 200 else text[:197].rsplit(" ", 1)[0] + "…"


def add_metadata(app, pagename, templatename, context, doctree):
    config = app.config
    url = config.site_url + app.builder.get_target_uri(pagename)
    title = html.unescape(
        re.sub(r"<[^>]+>", "", context.get("title") or config.project)
    )
    description = _first_paragraph(context.get("body", "")) or config.site_description
    tags = [
        ("property", "og:site_name", config.project),
        ("property", "og:type", "website"),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("name", "description", description),
    ]
    meta = ""
    if pagename == "404":
        meta += f'<base href="{html.escape(config.site_root_path, quote=True)}">\n'
    else:
        tags.append(("property", "og:url", url))
    meta += "".join(
        f'<meta {kind}="{key}" content="{html.escape(value, quote=True)}">\n'
        for kind, key, value in tags
    )
    context["metatags"] = meta + context.get("metatags", "")


def write_sitemap(app, exception):
    if exception is not None or app.builder.name != "html":
        return
    urls = [
        app.config.site_url + app.builder.get_target_uri(docname)
        for docname in sorted(app.env.found_docs)
        if docname != "404"
    ]
    body = "".join(f"  <url><loc>{escape(u)}</loc></url>\n" for u in urls)
    sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{body}</urlset>\n"
    )
    Path(app.outdir, "sitemap.xml").write_text(sitemap, encoding="utf-8")
    Path(app.outdir, "robots.txt").write_text(
        f"User-agent: *\nAllow: /\nSitemap: {app.config.site_url}sitemap.xml\n",
        encoding="utf-8",
    )


def setup(app):
    app.add_config_value("site_url", "", "html")
    app.add_config_value("site_root_path", "/", "html")
    app.add_config_value("site_description", "", "html")
    app.set_translator("html", Translator, override=True)
    app.set_translator("dirhtml", Translator, override=True)
    app.connect("html-page-context", add_metadata)
    app.connect("build-finished", write_sitemap)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
