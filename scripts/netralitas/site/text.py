"""Corpus text is data, never markup: escaping for Markdown and HTML, slugs, relative URLs.

Every string that comes from an article (titles, names, roles, quotes, outlets, URLs) reaches a
page only through `html_text` (inside raw HTML), `attr` (inside an HTML attribute) or, in the
Markdown headings, `md_text`; the page bodies are built with html.py, which applies the first
two itself.  In Markdown, special characters become numeric character references, which
Python-Markdown passes through untouched and the browser shows as the same visible text; so no
`*`, `#`, `|`, `[]()`, `<script>` or `{: attr}` from an article can become syntax.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import unicodedata
from functools import lru_cache

# C0/C1 controls (but tab and newline), DEL, and line/paragraph separators: never useful on a
# page, invalid in HTML, and STX/ETX would collide with Python-Markdown's placeholders.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
# Characters with a meaning in inline Markdown or in the extensions mkdocs.yml may enable
# (tables `|`, attr_list `{}`, mark/tilde/caret `=~^`); `<>&` are handled by html.escape.
# `!` needs no escape: an image needs `![`, and `[` is escaped.
# An underscore inside a word ("000_be17") is no emphasis in Python-Markdown: left readable.
_MD_SPECIAL = re.compile(r"[\\`*\[\]{}#|~^=]|(?<!\w)_|_(?!\w)")


def clean(text: str) -> str:
    """Drop control characters; keep everything visible."""
    # Every character _CONTROLS matches is unprintable: most text needs no regex pass.
    return text if text.isprintable() else _CONTROLS.sub("", text)


@lru_cache(maxsize=1 << 16)  # names, roles, titles and outlets recur on many pages
def one_line(text: str) -> str:
    """Clean text folded to one line with single spaces (titles, names, front-matter values)."""
    return " ".join(clean(text).split())


def html_text(text: str) -> str:
    """Text for the inside of a raw HTML element."""
    return html.escape(clean(text), quote=False)


def attr(text: str) -> str:
    """Text for an HTML attribute value in double quotes."""
    return html.escape(one_line(text), quote=True)


@lru_cache(maxsize=1 << 16)  # titles and names recur on many pages
def md_text(text: str) -> str:
    """Text for inline Markdown (the headings): one line."""
    escaped = html.escape(one_line(text), quote=False)
    return _MD_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", escaped)


def shorten(text: str, limit: int) -> str:
    """One line of at most `limit` characters, cut at a word boundary with an ellipsis."""
    line = one_line(text)
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:–-") + "…"


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """ASCII slug: "Kabupaten Cianjur" -> "kabupaten-cianjur"; may be empty."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")


def short_hash(text: str, n: int = 6) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


_CLEAN_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")
# Names MkDocs treats specially (index.md and README.md become the folder's page).
_RESERVED = {"index", "readme"}


def file_slug(name: str) -> str:
    """A stable file-name slug that depends only on `name`.

    A name that already is a clean slug stays as it is; any other name (spaces, capitals,
    non-ASCII, reserved) gets its slug plus a short hash of the original, so two names never
    share a file and adding other names never changes this one.
    """
    if _CLEAN_NAME.fullmatch(name) and name not in _RESERVED:
        return name
    base = slugify(name)[:60].strip("-") or "x"
    return f"{base}-{short_hash(name)}"


def safe_url(url: str | None) -> str | None:
    """An http(s) URL fit for an href, or None (javascript:, data:, spaces, junk)."""
    if not url:
        return None
    url = url.strip()
    if not re.fullmatch(r"https?://[^\s<>\"'`\\]+", url, flags=re.IGNORECASE):
        return None
    return url


@lru_cache(maxsize=1 << 16)  # every link of every page asks for one
def page_url(page: str) -> str:
    """The site-relative URL MkDocs gives a page with `use_directory_urls: true`:
    "artikel/x.md" -> "artikel/x/", "wilayah/jawa-barat/index.md" -> "wilayah/jawa-barat/",
    "index.md" -> ""; any other file keeps its path ("data/quotes.csv")."""
    if not page.endswith(".md"):
        return page
    stem = page[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


@lru_cache(maxsize=1 << 12)
def _folders(page: str) -> tuple[str, ...]:
    """The folders of a page's built URL: "artikel/x.md" -> ("artikel", "x")."""
    return tuple(p for p in page_url(page).split("/")[:-1] if p)


def url_rel(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """Relative URL between two built pages, for the raw HTML of the page bodies, which MkDocs
    does not rewrite; "./" when the target is the page itself."""
    here = _folders(from_page)
    parts = page_url(to_page).split("/")
    common = 0
    while common < len(here) and common < len(parts) - 1 and here[common] == parts[common]:
        common += 1
    link = "../" * (len(here) - common) + "/".join(parts[common:]) or "./"
    return f"{link}#{anchor}" if anchor else link


def json_array(items: list) -> str:
    """A JSON array with one compact item per line (then a newline): diffs show the items
    that changed, and the C encoder writes it (`indent` would use the slow Python one)."""
    lines = [json.dumps(i, ensure_ascii=False, separators=(",", ":")) for i in items]
    return "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"
