"""Markdown building blocks shared by the pages: fact lists, article tables, quote lists.

Every corpus-derived string passes through `md_text`/`link` (text.py); labels written here are
our own and safe.
"""

from __future__ import annotations

from . import labels
from .archive import Archive, Article, Official, QuoteRef
from .text import link, md_text, slugify

NONE = "—"
GENERATED_NOTE = (
    "*Halaman ini dibuat otomatis oleh `netralitas build` dari {sources}; "
    "fakta di atas diekstrak mesin dan bisa keliru.*"
)


def generated_note(sources: list[str]) -> str:
    shown = ", ".join("seluruh korpus" if "*" in s else md_text(s) for s in sources[:3])
    more = f" dan {len(sources) - 3} berkas lain" if len(sources) > 3 else ""
    return GENERATED_NOTE.format(sources=shown + more)


def facts(rows: list[tuple[str, str]]) -> str:
    """A list of "**Label:** value" lines; values are Markdown already escaped."""
    return "\n".join(f"- **{label}:** {value}" for label, value in rows)


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell or NONE for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def date_cell(article: Article) -> str:
    return md_text(labels.date(article.date)) if article.date else NONE


def places_md(page: str, archive: Archive, article: Article) -> str:
    """Linked regions of an article: "Kabupaten Cianjur (Jawa Barat)"; a province on its own
    only when none of its kabupaten/kota is named."""
    places = [p for p in map(archive.place_of, article.x.regions) if p is not None]
    covered = {p.province for p in places if p.kind != "provinsi"}
    out = []
    for place in places:
        if place.kind == "provinsi":
            if place.name not in covered:
                out.append(link(place.name, page, place.path))
        else:
            prov = archive.province_of(place)
            out.append(f"{link(place.name, page, place.path)} ({link(prov.name, page, prov.path)})")
    return ", ".join(out)


def article_table(page: str, archive: Archive, articles: list[Article]) -> str:
    rows = [
        [
            date_cell(a),
            link(a.title, page, a.path),
            places_md(page, archive, a),
            md_text(labels.election(a.x.election.value) or "") if a.x.election else NONE,
        ]
        for a in articles
    ]
    return table(["Tanggal", "Judul", "Wilayah", "Pemilihan"], rows)


def official_items(page: str, officials: list[Official], articles: list[Article]) -> str:
    """Officials with the role the given articles give them (the newest first)."""
    ids = {id(a) for a in articles}
    lines = []
    for o in officials:
        here = next((r for r, a in o.roles if id(a) in ids), None)
        role = f" — {md_text(here)}" if here else ""
        lines.append(f"- {link(o.name, page, o.path)}{role}")
    return "\n".join(lines)


def quote_items(page: str, quotes: list[QuoteRef], speaker: bool = True) -> str:
    """One item per quote: the text, who said it, and a link to it in its article."""
    lines = []
    for ref in quotes:
        parts = [f"“{md_text(ref.quote.text)}”"]
        if speaker:
            who = link(ref.speaker.name, page, ref.speaker.path) if ref.speaker else None
            parts.append(f"— {who or 'tanpa atribusi'}")
        where = link(ref.article.title, page, ref.article.path, ref.qid)
        when = f", {date_cell(ref.article)}" if ref.article.date else ""
        parts.append(f"({where}{when})")
        lines.append("- " + " ".join(parts))
    return "\n".join(lines)


def section(title: str, count: int | None, body: str, empty: str) -> str:
    """A level-2 section; its anchor is fixed by the title (not the count, which changes)."""
    heading = f"## {title}" + (f" ({count})" if count is not None else "")
    heading += f" {{#{slugify(title)}}}"
    return f"{heading}\n\n{body if body.strip() else empty}"
