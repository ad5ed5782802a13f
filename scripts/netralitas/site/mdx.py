"""A Python-Markdown extension for the generated pages: their HTML blocks go straight into the
raw-HTML stash, so neither Python-Markdown nor MkDocs runs an HTML parser over them.

A generated page is Markdown headings between raw HTML blocks that html.py built, each
separated from the next by a blank line, with no blank line inside (see html.py).
Python-Markdown would pass each block through untouched anyway; finding them costs it (and
MkDocs, which parses the same text again to collect ids) an `html.parser` pass over every
tag, half of `mkdocs build` for a large archive.  This preprocessor stores every such block
in the stash itself, before they look.  The output is the same HTML.

Only generated pages are touched: they end with the "generated" note (blocks.generated_page);
hand-written pages go through Python-Markdown as usual.  mkdocs.yml enables it as
`netralitas.site.mdx`.
"""

from __future__ import annotations

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from .blocks import GENERATED_CLASS

NOTE = f'<p class="{GENERATED_CLASS}">'
# After normalize_whitespace (30), before MkDocs' id collector (21) and html_block (20).
PRIORITY = 25


class _StashBlocks(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        last = next((line for line in reversed(lines) if line), "")
        if not last.startswith(NOTE):
            return lines
        out: list[str] = []
        run: list[str] = []  # consecutive HTML blocks: one stash entry, one placeholder
        for chunk in "\n".join(lines).split("\n\n"):
            if chunk.startswith("<"):
                run.append(chunk)
                continue
            if run:
                out.append(self._store(run))
            out.append(chunk)
        if run:
            out.append(self._store(run))
        return "\n\n".join(out).split("\n")

    def _store(self, run: list[str]) -> str:
        """The placeholder of the blocks, stored as html_block would store each ("\n" after)."""
        text = "\n\n".join(run) + "\n"
        run.clear()
        return self.md.htmlStash.store(text)


class GeneratedPages(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(_StashBlocks(md), "netralitas_blocks", PRIORITY)


def makeExtension(**kwargs) -> GeneratedPages:
    return GeneratedPages(**kwargs)
