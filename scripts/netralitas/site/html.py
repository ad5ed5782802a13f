"""Small HTML builders for the bodies of generated pages, with escaping built in.

A generated page is Markdown only where Material needs it (the `# title` and the `## section
{#id}` headings, for the table of contents and the heading permalinks); everything between the
headings is raw HTML blocks, which Python-Markdown passes through without reading them.  That
makes `mkdocs build` cheap: no inline patterns, no tables extension, no link rewriting (and
mdx.py spares it the HTML parsing too).

`Html` marks markup made here.  Every builder escapes any other `str` it is given (corpus text,
our own labels), so a caller cannot forget it: the only way to put a tag on a page is to build
it with these functions.  Text is folded to one line (cells, list items, links); `run` keeps
every space of a piece of running text (the article's paragraphs).

Each block (`p`, `ul`, `table`) starts with a block-level tag and holds no blank line; the
pages join blocks with `blocks`, a blank line between, so each is one raw HTML block.
Links inside them are final URLs (text.url_rel), as MkDocs rewrites only Markdown links.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache

from .text import attr, clean, html_text, url_rel

NONE = "—"


class Html(str):
    """Markup built by this module: kept as it is where any other text is escaped."""

    __slots__ = ()

    # `+` escapes plain text as the builders do, so `markup + text` never lets text through.
    def __add__(self, other: str) -> Html:
        return Html(str.__add__(self, esc(other)))

    def __radd__(self, other: str) -> Html:
        return Html(str.__add__(esc(other), self))


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # titles and names recur on many pages
def _escape(text: str) -> str:
    """Escaped, every run of white space one space (the ends too: " — " stays " — ")."""
    return html.escape(_SPACES.sub(" ", clean(text)), quote=False)


def esc(content: str) -> Html:
    """`content` as HTML: markup from here as it is, any other text escaped on one line."""
    if type(content) is Html:
        return content
    return Html(_escape(content))


def run(text: str) -> Html:
    """Running text escaped with its spaces kept (a paragraph cut around its quote marks)."""
    return Html(html_text(text))


def _attrs(attrs: dict[str, str | None]) -> str:
    """` name="value"` pairs; a keyword `class_` is `class`, `data_x` is `data-x`; None or ""
    leaves the attribute out."""
    return "".join(
        f' {name.rstrip("_").replace("_", "-")}="{attr(value)}"'
        for name, value in attrs.items()
        if value
    )


def el(name: str, content: str = "", /, **attrs: str | None) -> Html:
    """`<name …>content</name>`; `name` and the attribute names are ours, never corpus text."""
    return Html(f"<{name}{_attrs(attrs)}>{esc(content)}</{name}>")


def a(text: str, href: str, /, **attrs: str | None) -> Html:
    return Html(f'<a href="{attr(href)}"{_attrs(attrs)}>{esc(text)}</a>')


def strong(text: str) -> Html:
    return Html(f"<strong>{esc(text)}</strong>")


def em(text: str) -> Html:
    return Html(f"<em>{esc(text)}</em>")


def code(text: str) -> Html:
    return Html(f"<code>{esc(text)}</code>")


def join(items: Iterable[str], sep: str = ", ") -> Html:
    """The items escaped (unless markup) and joined by `sep` (escaped too)."""
    # Inlined `esc` in the builders called for every cell and item: a large part of rendering.
    return Html(esc(sep).join([i if type(i) is Html else _escape(i) for i in items]))


def cat(*parts: str) -> Html:
    """The parts one after the other, each escaped unless markup."""
    return Html("".join([p if type(p) is Html else _escape(p) for p in parts]))


# --- blocks ----------------------------------------------------------------------------------


def p(content: str, /, **attrs: str | None) -> Html:
    return el("p", content, **attrs)


def ul(items: Iterable[str], /, **attrs: str | None) -> Html:
    """A list, an item per line; "" without items (a section then shows its "none" text)."""
    lines = "".join([f"\n<li>{i if type(i) is Html else _escape(i)}</li>" for i in items])
    return Html(f"<ul{_attrs(attrs)}>{lines}\n</ul>") if lines else Html("")


def facts(rows: Iterable[tuple[str, str]]) -> Html:
    """A list of "<strong>Label:</strong> value" items."""
    return ul(cat(strong(f"{label}:"), " ", value) for label, value in rows)


def table(header: list[str], rows: Iterable[list[str]]) -> Html:
    """A table (no class: Material styles `table:not([class])`), a row per line; an empty cell
    shows NONE; "" without rows."""
    body = "".join(
        [
            "\n<tr><td>"
            + "</td><td>".join([(c if type(c) is Html else _escape(c)) if c else NONE for c in row])
            + "</td></tr>"
            for row in rows
        ]
    )
    if not body:
        return Html("")
    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    return Html(f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>{body}\n</tbody>\n</table>")


def link(text: str, from_page: str, to_page: str, anchor: str | None = None) -> Html:
    """A link to another generated page (docs-relative paths), by its built URL.  The URL is
    made of page slugs, so it is escaped without `attr`'s clean-up (the most frequent call)."""
    href = html.escape(url_rel(from_page, to_page, anchor))
    return Html(f'<a href="{href}">{esc(text)}</a>')


def blocks(*parts: str) -> str:
    """Parts of a page body (HTML blocks, Markdown headings) with a blank line between them,
    empty ones left out.  Markdown source, so a plain str, never Html."""
    return "\n\n".join(part for part in parts if part)
