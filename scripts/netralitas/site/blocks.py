"""Markdown building blocks shared by the pages: fact lists, article tables, quote lists.

Every corpus-derived string passes through `md_text`/`link` (text.py); labels written here are
our own and safe.
"""

from __future__ import annotations

from . import labels
from .archive import Archive, Article, Official, QuoteRef
from .text import attr, html_text, link, md_text, one_line, safe_url, slugify

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
            election_md(a),
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


CHECKED = (
    '<span class="diperiksa" title="Fakta ini dikoreksi atau dikonfirmasi seseorang di berkas '
    'korpus">diperiksa manusia</span>'
)


def checked_badge(checked: bool) -> str:
    """The "checked by a person" mark after a fact (empty when a machine found it)."""
    return f" {CHECKED}" if checked else ""


def source_link(article: Article, text: str = "sumber") -> str | None:
    """A raw-HTML link to the article at its outlet; None without a safe http(s) URL."""
    url = safe_url(article.x.url)
    return f'<a href="{attr(url)}">{html_text(text)}</a>' if url else None


def outlet_of(article: Article) -> str | None:
    x = article.x
    return md_text(x.outlet.value) if x.outlet and one_line(x.outlet.value) else None


def speaker_md(page: str, ref: QuoteRef) -> str:
    """ "[Nama](…), Jabatan" or "tanpa atribusi"."""
    if not ref.speaker:
        return "tanpa atribusi"
    who = link(ref.speaker.name, page, ref.speaker.path)
    return f"{who}, {md_text(ref.role)}" if ref.role else who


def quote_items(page: str, quotes: list[QuoteRef], speaker: bool = True) -> str:
    """One item per quote: the text, who said it (with the role the article gives), date,
    outlet, the permalink to the quote in its article, and the outlet's page."""
    lines = []
    for ref in quotes:
        head = f"“{md_text(ref.quote.text)}”"
        if speaker:
            head += f" — {speaker_md(page, ref)}"
        elif ref.role:
            head += f" — {md_text(ref.role)}"
        a = ref.article
        meta = [
            date_cell(a) if a.date else None,
            outlet_of(a),
            link(a.title, page, a.path, ref.qid),
            source_link(a),
        ]
        tail = " · ".join(m for m in meta if m)
        lines.append(f"- {head} ({tail}){checked_badge(ref.quote.checked)}")
    return "\n".join(lines)


def tag_path(value: str) -> str:
    """The tag page of an activity kind or an election ("tag/sosialisasi.md")."""
    return f"tag/{value}.md"


def activities_md(article: Article, page: str | None = None) -> str:
    """The activity kinds; linked to their tag pages when `page` is given."""
    kinds = [a.kind for a in article.x.activities]
    if page:
        return ", ".join(link(labels.activity(k), page, tag_path(k)) for k in kinds) or NONE
    return ", ".join(md_text(labels.activity(k)) for k in kinds) or NONE


def election_md(article: Article, page: str | None = None) -> str:
    """The election; linked to its tag page when `page` is given ("both" links to both)."""
    e = article.x.election
    if not e:
        return NONE
    values = ["pemilu-2024", "pilkada-2024"] if e.value == "both" else [e.value]
    if page and all(v in labels.ELECTION_TAGS for v in values):
        return " dan ".join(link(labels.election(v) or v, page, tag_path(v)) for v in values)
    return md_text(labels.election(e.value) or e.value)


def commitment_table(
    page: str, archive: Archive, articles: list[Article], where: bool = True
) -> str:
    """The dated list of commitments: what kind, for which election, where, in which article."""
    header = ["Tanggal", *(["Wilayah"] if where else []), "Kegiatan", "Pemilihan", "Artikel"]
    rows = [
        [
            date_cell(a),
            *([places_md(page, archive, a)] if where else []),
            activities_md(a),
            election_md(a),
            link(a.title, page, a.path),
        ]
        for a in articles
    ]
    return table(header, rows)


def section(title: str, count: int | None, body: str, empty: str) -> str:
    """A level-2 section; its anchor is fixed by the title (not the count, which changes)."""
    heading = f"## {title}" + (f" ({count})" if count is not None else "")
    heading += f" {{#{slugify(title)}}}"
    return f"{heading}\n\n{body if body.strip() else empty}"
