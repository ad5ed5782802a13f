"""Web pages to article text: trafilatura finds the main text, title, date and site name.

Used by `netralitas add` for a saved HTML page or a URL.  trafilatura (and lxml) are imported
only here and only when a page is read, so the other commands start fast.  Nothing here runs
code from the page: trafilatura parses the HTML and drops scripts, navigation and comments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import NetralitasError
from .model import fold

# The start of an HTML document (or of a page saved without its doctype).
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<\?xml)", re.IGNORECASE)
_TAGS = re.compile(rb"</(p|div|span|a|li|td|script)>", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s<>\"'`\\]+", re.IGNORECASE)


class HtmlError(NetralitasError):
    """A page that cannot be fetched, or in which no article text is found."""


@dataclass
class Page:
    text: str  # article text: the title line, then paragraphs separated by blank lines
    title: str | None
    date: str | None  # ISO date the page says it was published
    sitename: str | None
    url: str | None  # the page's canonical URL, else the one it was fetched from


def looks_like_html(raw: bytes) -> bool:
    """Whether the bytes are an HTML page (saved, or pasted where text was expected)."""
    head = raw[:4096]
    return bool(_HTML_START.match(head)) or len(_TAGS.findall(raw[:65536])) >= 5


def is_url(text: str) -> bool:
    return bool(_URL.fullmatch(text.strip()))


def _iso(value: object) -> str | None:
    text = str(value or "")[:10]
    return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None


def _body(title: str | None, text: str) -> str:
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    if title and (not paragraphs or fold(paragraphs[0]) != fold(title)):
        paragraphs.insert(0, " ".join(title.split()))
    return "\n\n".join(paragraphs) + "\n"


def extract(html: bytes | str, url: str | None = None) -> Page:
    """The article in a web page; HtmlError when the page has no article text."""
    import trafilatura  # slow to import: only when a page is read

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
    )
    text = getattr(doc, "text", None) or ""
    if not text.strip():
        raise HtmlError("no article text found in the page")
    title = " ".join((doc.title or "").split()) or None
    canonical = doc.url if isinstance(doc.url, str) and is_url(doc.url) else None
    return Page(
        text=_body(title, text),
        title=title,
        date=_iso(doc.date),
        sitename=" ".join((doc.sitename or "").split()) or None,
        url=canonical or url,
    )


def fetch(url: str) -> bytes:
    """The page at an http(s) URL; HtmlError when it cannot be fetched."""
    if not is_url(url):
        raise HtmlError(f"not an http(s) URL: {url!r}")
    from trafilatura.downloads import fetch_response

    response = fetch_response(url, decode=False)
    if response is None or response.status != 200 or not response.data:
        status = f" (HTTP {response.status})" if response is not None else ""
        raise HtmlError(f"cannot fetch {url}{status}")
    return bytes(response.data)
