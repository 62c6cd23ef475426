"""Two accessibility fixes to Sphinx's HTML, found by axe-core and the Nu checker.

* Sidebar captions are marked ``role="heading"`` without a level: add
  ``aria-level="2"``.
* A code block whose lines are wider than the screen scrolls sideways, so
  keyboard users must be able to focus it: give every ``<pre>``
  ``tabindex="0"`` (axe's scrollable-region-focusable rule).
"""

from __future__ import annotations

from sphinx.writers.html5 import HTML5Translator


class Translator(HTML5Translator):
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


def setup(app):
    app.set_translator("html", Translator, override=True)
    app.set_translator("dirhtml", Translator, override=True)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
