"""Pages of single things: an article, a kabupaten/kota, a province, an official.

Each function returns the page text (front matter + Markdown).  The article text itself is
written as raw HTML paragraphs (`<p>`), which Python-Markdown passes through without reading any
Markdown in them, with every quote wrapped in `<mark id="k-…">` so it has a stable anchor.
"""

from __future__ import annotations

from . import labels
from .archive import Archive, Article, Official, Place, newest_first, official_key
from .blocks import (
    NONE,
    article_table,
    facts,
    generated_note,
    official_items,
    places_md,
    quote_items,
    section,
    table,
)
from .schema import PageMeta, dump_page
from .text import attr, html_text, link, md_text, one_line, safe_url, shorten

# --- article -------------------------------------------------------------------------------


def _paragraphs(article: Article) -> list[str]:
    """The cleaned text's lines, without the title and subtitle lines it starts with."""
    lines = [line for line in article.x.clean_text.split("\n") if line.strip()]
    heads = {one_line(tv.value) for tv in (article.x.title, article.x.subtitle) if tv}
    while lines and one_line(lines[0]) in heads:
        lines.pop(0)
    return lines


def _place_quotes(article: Article, lines: list[str]) -> dict[int, list[tuple[int, int, str]]]:
    """Where each quote sits: line -> [(start, end, quote id)], found in order, never
    overlapping.  A quote not found in the text (a caption, a corrected quote) gets its anchor
    in the quote list instead."""
    placed: dict[int, list[tuple[int, int, str]]] = {}
    line_no, pos = 0, 0
    for ref in article.quotes:
        needle = ref.quote.text
        if not needle.strip():
            continue
        for i in range(line_no, len(lines)):
            at = lines[i].find(needle, pos if i == line_no else 0)
            if at >= 0:
                placed.setdefault(i, []).append((at, at + len(needle), ref.qid))
                line_no, pos = i, at + len(needle)
                break
    return placed


def _text_html(lines: list[str], placed: dict[int, list[tuple[int, int, str]]]) -> str:
    seen: set[str] = set()
    out = []
    for i, line in enumerate(lines):
        parts, pos = [], 0
        for start, end, qid in placed.get(i, []):
            ident = f' id="{attr(qid)}"' if qid not in seen else ""
            seen.add(qid)
            parts.append(html_text(line[pos:start]))
            parts.append(f'<mark{ident} class="kutipan">{html_text(line[start:end])}</mark>')
            pos = end
        parts.append(html_text(line[pos:]))
        out.append(f"<p>{''.join(parts).strip()}</p>")
    return "\n\n".join(out)


def _date_md(article: Article) -> str:
    d = article.x.date
    if d is None:
        return "tidak terdeteksi"
    text = md_text(labels.date(d.date, weekday=True))
    if d.text:
        text += f" — tertulis “{md_text(d.text)}”"
    if d.inferred:
        text += " (tahun disimpulkan dari nama hari)"
    return text


def _source_md(article: Article) -> str | None:
    url = safe_url(article.x.url)
    if url:
        return f'<a href="{attr(url)}">{html_text(url)}</a>'
    return md_text(article.x.url) if article.x.url else None


def _article_facts(page: str, archive: Archive, article: Article) -> str:
    x = article.x
    rows = [
        ("Tanggal peristiwa", _date_md(article)),
        ("Wilayah", places_md(page, archive, article) or "tidak terdeteksi"),
        ("Pemilihan", md_text(labels.election(x.election.value) or "") if x.election else NONE),
        ("Kegiatan", ", ".join(md_text(labels.activity(a.kind)) for a in x.activities) or NONE),
    ]
    optional = [
        ("Media", md_text(x.outlet.value) if x.outlet else None),
        ("Tempat (dateline)", md_text(x.dateline.value) if x.dateline else None),
        ("Tanggal terbit", md_text(labels.date(x.published)) if x.published else None),
        ("Tautan sumber", _source_md(article)),
        ("Berkas korpus", md_text(article.source)),
        ("Dikoreksi manual", ", ".join(md_text(labels.corrected(f)) for f in x.corrected)),
    ]
    rows += [(label, value) for label, value in optional if value]
    return facts(rows)


def _officials_table(page: str, archive: Archive, article: Article) -> str:
    rows = []
    for o in article.x.officials:
        off = archive.officials[official_key(o.name)]
        roles = [r for r in [o.role, *o.other_roles] if r]
        rows.append(
            [
                link(o.name, page, off.path),
                "; ".join(md_text(r) for r in roles),
                ", ".join(md_text(a) for a in o.aliases),
            ]
        )
    return table(["Nama", "Jabatan", "Disebut juga"], rows) if rows else ""


def _article_quotes(page: str, article: Article, placed_ids: set[str]) -> str:
    lines = []
    for n, ref in enumerate(article.quotes, 1):
        who = link(ref.speaker.name, page, ref.speaker.path) if ref.speaker else "tanpa atribusi"
        if ref.qid in placed_ids:
            lines.append(f"{n}. “{md_text(ref.quote.text)}” — {who} · [di teks](#{ref.qid})")
        else:
            placed_ids.add(ref.qid)
            anchor = f'<span id="{attr(ref.qid)}"></span>'
            lines.append(f"{n}. {anchor}“{md_text(ref.quote.text)}” — {who}")
    return "\n".join(lines)


def _description(article: Article, lines: list[str]) -> str | None:
    if article.x.subtitle:
        return shorten(article.x.subtitle.value, 200)
    return shorten(lines[0], 200) if lines else None


def article_page(archive: Archive, article: Article) -> str:
    x, page = article.x, article.path
    lines = _paragraphs(article)
    placed = _place_quotes(article, lines)
    placed_ids = {qid for spots in placed.values() for _, _, qid in spots}
    places = [archive.place_of(r) for r in x.regions]
    meta = PageMeta(
        title=article.title,
        kind="artikel",
        generated_from=[article.source],
        description=_description(article, lines),
        article=x.article_id,
        date=x.date.date if x.date else None,
        election=x.election.value if x.election else None,
        provinces=sorted({p.province for p in places if p}),
        regions=[p.name for p in places if p and p.kind != "provinsi"],
        officials=[one_line(o.name) for o in x.officials],
        activities=[a.kind for a in x.activities],
        quotes=[ref.qid for ref in article.quotes],
    )
    parts = [f"# {md_text(article.title)}"]
    if x.subtitle:
        parts.append(f"*{md_text(x.subtitle.value)}*")
    if article.untitled:
        parts.append("*Teks ini tidak berjudul; judul halaman diambil dari awal teks.*")
    parts.append(section("Ringkasan", None, _article_facts(page, archive, article), ""))
    officials = _officials_table(page, archive, article)
    parts.append(section("Pejabat", len(x.officials), officials, "Tidak ada pejabat terdeteksi."))
    quotes = _article_quotes(page, article, placed_ids)
    parts.append(section("Kutipan", len(article.quotes), quotes, "Tidak ada kutipan langsung."))
    parts.append(section("Teks artikel", None, _text_html(lines, placed), "*(teks kosong)*"))
    parts.append(generated_note(meta.generated_from))
    return dump_page(meta, "\n\n".join(parts))


# --- places ----------------------------------------------------------------------------------


def _sources(articles: list[Article]) -> list[str]:
    return sorted({a.source for a in articles})


def _place_sections(page: str, archive: Archive, articles: list[Article]) -> list[str]:
    officials = archive.officials_of(articles)
    quotes = archive.quotes_of(articles)
    return [
        section("Artikel", len(articles), article_table(page, archive, articles), ""),
        section(
            "Pejabat",
            len(officials),
            official_items(page, officials, articles),
            "Tidak ada pejabat.",
        ),
        section("Kutipan", len(quotes), quote_items(page, quotes), "Tidak ada kutipan."),
    ]


def _place_meta(place: Place, kind: str, articles: list[Article], archive: Archive) -> PageMeta:
    return PageMeta(
        title=place.name,
        kind=kind,
        generated_from=_sources(articles),
        description=f"Komitmen netralitas ASN di {place.name}: artikel, pejabat dan kutipan.",
        code=place.code,
        provinces=[place.province],
        regions=[place.name] if kind == "wilayah" else [],
        officials=[o.name for o in archive.officials_of(articles)],
    )


def region_page(archive: Archive, place: Place) -> str:
    page, prov = place.path, archive.province_of(place)
    articles = newest_first(place.articles)
    rows = [
        ("Provinsi", link(prov.name, page, prov.path)),
        ("Kode Kemendagri", md_text(place.code)),
    ]
    parts = [f"# {md_text(place.name)}", facts(rows)]
    parts += _place_sections(page, archive, articles)
    meta = _place_meta(place, "wilayah", articles, archive)
    parts.append(generated_note(meta.generated_from))
    return dump_page(meta, "\n\n".join(parts))


def _regencies_table(page: str, archive: Archive, regencies: list) -> str:
    rows = []
    for r in regencies:
        place = archive.regions.get(r.code)
        count = len(place.articles) if place else 0
        name = link(r.name, page, place.path) if place else md_text(r.name)
        rows.append([name, md_text(r.code), str(count)])
    return table(["Kabupaten/kota", "Kode", "Artikel"], rows)


def province_page(archive: Archive, prov: Place, regencies: list) -> str:
    """`regencies`: every kabupaten/kota of the province in the gazetteer (gazetteer.Place)."""
    page = prov.path
    articles = newest_first(prov.articles)
    parts = [f"# {md_text(prov.name)}", facts([("Kode Kemendagri", md_text(prov.code))])]
    parts.append(
        section(
            "Kabupaten/kota",
            len(regencies),
            _regencies_table(page, archive, regencies),
            "Tidak ada data kabupaten/kota.",
        )
    )
    parts += _place_sections(page, archive, articles)
    meta = _place_meta(prov, "provinsi", articles, archive)
    parts.append(generated_note(meta.generated_from))
    return dump_page(meta, "\n\n".join(parts))


# --- officials -------------------------------------------------------------------------------


def _roles_table(page: str, official: Official) -> str:
    rows = [[md_text(role), link(a.title, page, a.path)] for role, a in official.roles]
    return table(["Jabatan", "Artikel"], rows) if rows else ""


def official_page(archive: Archive, official: Official) -> str:
    page = official.path
    articles = newest_first(official.articles)
    places = {
        id(p): p
        for a in articles
        for p in (archive.place_of(r) for r in a.x.regions)
        if p is not None
    }
    regions = sorted(places.values(), key=lambda p: (p.province, p.kind != "provinsi", p.name))
    other_names = sorted((set(official.names) | official.aliases) - {official.name})
    rows = [
        ("Jabatan terakhir", md_text(official.role) if official.role else NONE),
        ("Disebut juga", ", ".join(md_text(n) for n in other_names) or NONE),
        ("Wilayah", ", ".join(link(p.name, page, p.path) for p in regions) or NONE),
    ]
    parts = [f"# {md_text(official.name)}", facts(rows)]
    parts.append(section("Jabatan menurut artikel", None, _roles_table(page, official), NONE))
    quotes = official.quotes
    parts.append(
        section("Kutipan", len(quotes), quote_items(page, quotes, speaker=False), "Tidak ada.")
    )
    parts.append(section("Artikel", len(articles), article_table(page, archive, articles), ""))
    meta = PageMeta(
        title=official.name,
        kind="pejabat",
        generated_from=_sources(articles),
        description=shorten(f"{official.name}: {official.role or 'pejabat'}", 200),
        provinces=sorted({p.province for p in regions}),
        regions=[p.name for p in regions if p.kind != "provinsi"],
        officials=[official.name],
    )
    parts.append(generated_note(meta.generated_from))
    return dump_page(meta, "\n\n".join(parts))
