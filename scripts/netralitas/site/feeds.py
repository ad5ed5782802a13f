"""Atom feeds of new articles: one for the whole archive (feed.xml) and one per province
(wilayah/<provinsi>/feed.xml), written as files into docs/ so MkDocs copies them.

Entries are the newest articles by date (publication, else event), newest first; articles
without a date are left out.  Ids are tag: URIs made of the article's page path, so they never
change when other articles come or go.  Links are relative to the feed's own address unless
the site's address is known.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from . import labels
from .archive import ISO_DATE, Archive, Article, Place
from .text import clean, one_line, page_url, safe_url, url_rel

SITE_FEED = "feed.xml"
LIMIT = 50
TAG = "tag:arsip-netralitas-asn,2024:"
EMPTY_UPDATED = "2024-01-01T00:00:00Z"  # a feed with no entry still needs `updated`
ATOM_TYPE = "application/atom+xml"


def feed_path(prov: Place) -> str:
    return prov.path.rsplit("/", 1)[0] + "/" + SITE_FEED


def _text(value: str) -> str:
    return escape(clean(value))


def _attr(value: str) -> str:
    return quoteattr(one_line(value))


def _stamp(iso: str) -> str:
    return f"{iso}T00:00:00Z"


def _href(feed: str, target: str, site_url: str | None) -> str:
    if site_url:
        return site_url.rstrip("/") + "/" + page_url(target)
    return url_rel(feed, target)


def dated(articles: list[Article]) -> list[Article]:
    """Articles with a well-formed date, newest first (ties by page path), at most LIMIT."""
    have = [a for a in articles if a.issued and ISO_DATE.fullmatch(a.issued)]
    have.sort(key=lambda a: a.path)
    have.sort(key=lambda a: a.issued or "", reverse=True)
    return have[:LIMIT]


def _summary(archive: Archive, article: Article) -> str:
    x = article.x
    places = [p.name for p in map(archive.place_of, x.regions) if p is not None]
    parts = []
    if x.outlet and one_line(x.outlet.value):
        parts.append("Media: " + one_line(x.outlet.value))
    if places:
        parts.append("Wilayah: " + ", ".join(places))
    if x.election:
        parts.append("Pemilihan: " + (labels.election(x.election.value) or ""))
    if x.activities:
        parts.append("Kegiatan: " + ", ".join(labels.activity(a.kind) for a in x.activities))
    if x.officials:
        parts.append("Pejabat: " + ", ".join(one_line(o.name) for o in x.officials))
    parts.append(f"{len(article.quotes)} kutipan langsung")
    return ". ".join(parts) + "."


def _entry(archive: Archive, feed: str, article: Article, site_url: str | None) -> list[str]:
    x = article.x
    lines = [
        "  <entry>",
        f"    <id>{_text(TAG + page_url(article.path).rstrip('/'))}</id>",
        f"    <title>{_text(article.title)}</title>",
        f"    <updated>{_stamp(article.issued or '')}</updated>",
    ]
    if x.published and ISO_DATE.fullmatch(x.published):
        lines.append(f"    <published>{_stamp(x.published)}</published>")
    href = _href(feed, article.path, site_url)
    lines.append(f'    <link rel="alternate" type="text/html" href={_attr(href)}/>')
    url = safe_url(x.url)
    if url:
        lines.append(f'    <link rel="related" type="text/html" href={_attr(url)}/>')
    lines.append(f"    <summary>{_text(_summary(archive, article))}</summary>")
    for a in x.activities:
        lines.append(f"    <category term={_attr(a.kind)} label={_attr(labels.activity(a.kind))}/>")
    if x.election:
        label = labels.election(x.election.value) or x.election.value
        lines.append(f"    <category term={_attr(x.election.value)} label={_attr(label)}/>")
    lines.append("  </entry>")
    return lines


def atom(
    archive: Archive,
    feed: str,
    home: str,
    title: str,
    articles: list[Article],
    site_url: str | None = None,
) -> str:
    """The Atom document at docs path `feed` for `articles`; `home` is the page it belongs to."""
    entries = dated(articles)
    updated = _stamp(entries[0].issued or "") if entries else EMPTY_UPDATED
    ident = TAG + (page_url(home).rstrip("/") or "beranda")
    self_href = site_url.rstrip("/") + "/" + feed if site_url else SITE_FEED
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">',
        f"  <id>{_text(ident)}</id>",
        f"  <title>{_text(title)}</title>",
        f"  <updated>{updated}</updated>",
        "  <author><name>Arsip Netralitas ASN</name></author>",
        f'  <link rel="self" type="{ATOM_TYPE}" href={_attr(self_href)}/>',
        f'  <link rel="alternate" type="text/html" href={_attr(_href(feed, home, site_url))}/>',
        "  <generator>netralitas build</generator>",
    ]
    for article in entries:
        lines += _entry(archive, feed, article, site_url)
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def feeds(archive: Archive, site_url: str | None = None) -> dict[str, str]:
    """{docs path: Atom text}: the site's feed and one per province."""
    out = {
        SITE_FEED: atom(
            archive,
            SITE_FEED,
            "index.md",
            "Arsip Netralitas ASN — artikel baru",
            archive.articles,
            site_url,
        )
    }
    for prov in archive.provinces.values():
        path = feed_path(prov)
        out[path] = atom(
            archive,
            path,
            prov.path,
            f"Arsip Netralitas ASN — {prov.name}",
            prov.articles,
            site_url,
        )
    return out
