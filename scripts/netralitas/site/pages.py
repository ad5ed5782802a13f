"""Pages of single things: an article, a kabupaten/kota, a province, an official.

Each function returns the page text: front matter, the Markdown title and section headings,
and raw HTML blocks between them (html.py).  The article text itself is written as `<p>`
paragraphs with every quote wrapped in `<mark id="k-…">`, so it has a stable anchor.
"""

from __future__ import annotations

from . import labels, search
from .archive import Archive, Article, Official, Place, newest_first, official_key
from .blocks import (
    CHECKED,
    activities_html,
    article_table,
    checked_badge,
    commitment_table,
    date_cell,
    election_html,
    generated_page,
    official_items,
    outlet_of,
    places_html,
    quote_items,
    section,
    source_link,
    speaker_html,
    unindexed,
)
from .cite import kutip_box
from .feeds import feed_path
from .html import NONE, Html, a, blocks, cat, el, em, facts, join, link, p, run, strong, table, ul
from .schema import PageMeta
from .text import attr, md_text, one_line, shorten, url_rel

# --- article -------------------------------------------------------------------------------


def _paragraphs(article: Article) -> tuple[list[str], int]:
    """The cleaned text's lines without the title and subtitle lines it starts with, and how
    many lines were skipped."""
    lines = article.x.clean_text.split("\n") if article.x.clean_text else []
    heads = {one_line(tv.value) for tv in (article.x.title, article.x.subtitle) if tv}
    skip = 0
    while skip < len(lines) and one_line(lines[skip]) in heads:
        skip += 1
    return lines[skip:], skip


def _place_quotes(
    article: Article, lines: list[str], skip: int
) -> dict[int, list[tuple[int, int, str]]]:
    """Where each quote sits: line -> [(start, end, quote id)], never overlapping.  A quote is
    placed by its body span inside the paragraph spans; one running over several paragraphs
    is marked in each.  A quote outside the text (a caption, a corrected quote) gets its
    anchor in the quote list instead."""
    spans = article.x.paragraphs[skip:]
    placed: dict[int, list[tuple[int, int, str]]] = {}
    taken: dict[int, int] = {}  # line -> end of the last mark, so marks never overlap
    for ref in sorted(article.quotes, key=lambda r: r.quote.span):
        qs, qe = ref.quote.span.start, ref.quote.span.end
        for i, para in enumerate(spans[: len(lines)]):
            lo, hi = max(qs, para.start) - para.start, min(qe, para.end) - para.start
            # The span must still hold the quote's text (a hand-made or stale span may not).
            if lo < hi and lo >= taken.get(i, 0) and lines[i][lo:hi] in ref.quote.text:
                placed.setdefault(i, []).append((lo, hi, ref.qid))
                taken[i] = hi
    return placed


def _text_html(lines: list[str], placed: dict[int, list[tuple[int, int, str]]]) -> str:
    """A `<p>` per line, each quote in it a `<mark>` (with the quote's id where it starts)."""
    seen: set[str] = set()
    out = []
    for i, line in enumerate(lines):
        parts, pos = [], 0
        for start, end, qid in placed.get(i, []):
            ident = f' id="{attr(qid)}"' if qid not in seen else ""
            seen.add(qid)
            parts.append(run(line[pos:start]))
            parts.append(f'<mark{ident} class="kutipan">{run(line[start:end])}</mark>')
            pos = end
        parts.append(run(line[pos:]))
        out.append(p(Html("".join(parts).strip())))
    return blocks(*out)


def _date_text(article: Article) -> str:
    d = article.x.date
    if d is None:
        return "tidak terdeteksi"
    text = labels.date(d.date, weekday=True)
    if d.text:
        text += f" — tertulis “{one_line(d.text)}”"
    if d.inferred:
        text += " (tahun disimpulkan dari nama hari)"
    return text


def _unindexed_or_none(content: str) -> Html | None:
    return unindexed(content) if content else None


def _article_facts(page: str, archive: Archive, article: Article) -> str:
    x = article.x

    def mark(fact: str) -> Html:
        return checked_badge(article.corrected(fact))

    rows: list[tuple[str, str]] = [
        ("Tanggal peristiwa", cat(_date_text(article), mark("date"))),
        (
            "Wilayah",
            cat(places_html(page, archive, article) or "tidak terdeteksi", mark("regions")),
        ),
        # Our classifications are filters in the search; indexed as words, a search for
        # "deklarasi" would find articles whose own text never says it.
        ("Pemilihan", unindexed(cat(election_html(article, page), mark("election")))),
        ("Kegiatan", unindexed(cat(activities_html(article, page), mark("activities")))),
    ]
    optional = [
        ("Media", one_line(x.outlet.value) if x.outlet else None),
        ("Tempat (dateline)", one_line(x.dateline.value) if x.dateline else None),
        ("Tanggal terbit", labels.date(x.published) if x.published else None),
        # An address or a file path is mostly the title again as a slug, and the rest is
        # words nobody searches for: not indexed.
        (
            "Tautan sumber",
            _unindexed_or_none(source_link(article, x.url or "") or one_line(x.url or "")),
        ),
        ("Berkas korpus", unindexed(article.source)),
        ("Diperiksa manusia", ", ".join(labels.corrected(f) for f in x.corrected)),
    ]
    rows += [(label, value) for label, value in optional if value]
    return facts(rows)


def _officials_table(page: str, archive: Archive, article: Article) -> str:
    rows = []
    for o in article.x.officials:
        off = archive.officials[official_key(o.name)]
        roles = [r for r in [o.role, *o.other_roles] if r]
        rows.append([link(o.name, page, off.path), join(roles, "; "), join(o.aliases)])
    return table(["Nama", "Jabatan", "Disebut juga"], rows) if rows else ""


def _article_quotes(page: str, article: Article, placed_ids: set[str], site_url: str | None) -> str:
    """Each quote: text, speaker and role, a link to it in the text (or its anchor when it is
    not in the text), the "checked" mark, and its Kutip box."""
    out = []
    for n, ref in enumerate(article.quotes, 1):
        text = cat(f"“{one_line(ref.quote.text)}” — ", speaker_html(page, ref))
        if ref.qid in placed_ids:
            line = cat(strong(f"{n}."), " ", text, " · ", a("di teks", f"#{ref.qid}"))
        else:
            placed_ids.add(ref.qid)
            line = cat(strong(f"{n}."), " ", el("span", id=ref.qid), text)
        out.append(p(line + checked_badge(ref.quote.checked)))
        out.append(kutip_box(page, ref, site_url))
    return blocks(*out)


def _description(article: Article, lines: list[str]) -> str | None:
    if article.x.subtitle:
        return shorten(article.x.subtitle.value, 200)
    return shorten(lines[0], 200) if lines else None


def article_page(archive: Archive, article: Article, site_url: str | None = None) -> str:
    x, page = article.x, article.path
    lines, skip = _paragraphs(article)
    placed = _place_quotes(article, lines, skip)
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
        parts.append(p(em(x.subtitle.value)))
    if article.untitled:
        parts.append(p(em("Teks ini tidak berjudul; judul halaman diambil dari awal teks.")))
    parts.append(section("Ringkasan", None, _article_facts(page, archive, article), ""))
    officials = _officials_table(page, archive, article)
    if officials and article.corrected("officials"):
        officials = blocks(
            officials, p(cat(CHECKED, " Daftar pejabat ini dikoreksi di berkas korpus."))
        )
    # The officials and quotes repeat the article text below, which is what the index reads.
    parts.append(
        section(
            "Pejabat", len(x.officials), officials, "Tidak ada pejabat terdeteksi.", indexed=False
        )
    )
    quotes = _article_quotes(page, article, placed_ids, site_url)
    parts.append(
        section(
            "Kutipan", len(article.quotes), quotes, "Tidak ada kutipan langsung.", indexed=False
        )
    )
    parts.append(section("Teks artikel", None, _text_html(lines, placed), em("(teks kosong)")))
    parts.append(search.tags(meta, outlet=x.outlet.value if x.outlet else None))
    return generated_page(meta, *parts)


# --- places ----------------------------------------------------------------------------------


def _sources(articles: list[Article]) -> list[str]:
    return sorted({a.source for a in articles})


def _sources_list(page: str, articles: list[Article]) -> str:
    """The source articles: title, outlet, date and the outlet's page."""
    items = []
    for art in articles:
        meta = [outlet_of(art), date_cell(art) if art.date else None, source_link(art)]
        tail = join(m for m in meta if m)
        items.append(cat(link(art.title, page, art.path), " — " if tail else "", tail))
    return ul(items)


def _place_meta(place: Place, kind: str, articles: list[Article], archive: Archive) -> PageMeta:
    return PageMeta(
        title=place.name,
        kind=kind,
        generated_from=_sources(articles) or archive.all_sources,
        description=f"Komitmen netralitas ASN di {place.name}: artikel, pejabat dan kutipan.",
        code=place.code,
        provinces=[place.province],
        regions=[place.name] if kind == "wilayah" else [],
        officials=[o.name for o in archive.officials_of(articles)],
    )


def region_page(archive: Archive, place: Place) -> str:
    """A kabupaten/kota: its officials, the dated commitments, its quotes, the sources."""
    page, prov = place.path, archive.province_of(place)
    articles = newest_first(place.articles)
    officials = archive.officials_of(articles)
    quotes = archive.quotes_of(articles)
    rows = [
        ("Provinsi", link(prov.name, page, prov.path)),
        ("Kode Kemendagri", place.code),
    ]
    parts = [
        f"# {md_text(place.name)}",
        facts(rows),
        search.region_link(page, place.name, "wilayah"),
        section("Pejabat", len(officials), official_items(page, officials, articles), "Tidak ada."),
        section(
            "Komitmen",
            len(articles),
            commitment_table(page, archive, articles, where=False),
            "Tidak ada.",
            indexed=False,
        ),
        section(
            "Kutipan", len(quotes), quote_items(page, quotes), "Tidak ada kutipan.", indexed=False
        ),
        section(
            "Artikel sumber",
            len(articles),
            _sources_list(page, articles),
            "Tidak ada.",
            indexed=False,
        ),
    ]
    meta = _place_meta(place, "wilayah", articles, archive)
    parts.append(search.tags(meta))
    return generated_page(meta, *parts)


def _regencies_table(page: str, archive: Archive, regencies: list) -> str:
    rows = []
    for r in regencies:
        place = archive.regions.get(r.code)
        articles = place.articles if place else []
        name = link(r.name, page, place.path) if place else r.name
        quotes = sum(len(a.quotes) for a in articles)
        rows.append([name, r.code, str(len(articles)), str(quotes)])
    return table(["Kabupaten/kota", "Kode", "Artikel", "Kutipan"], rows)


def province_page(archive: Archive, prov: Place, regencies: list) -> str:
    """`regencies`: every kabupaten/kota of the province in the gazetteer (gazetteer.Place).
    Quotes are listed here only for articles about the province as a whole; the others are on
    their kabupaten/kota's page."""
    page = prov.path
    articles = newest_first(prov.articles)
    officials = archive.officials_of(articles)
    own = [a for a in articles if not _names_a_regency(archive, a, prov.name)]
    quotes = archive.quotes_of(own)
    feed = feed_path(prov)
    rows = [
        ("Kode Kemendagri", prov.code),
        ("Artikel", str(len(articles))),
        ("Umpan artikel baru", a("Atom", url_rel(page, feed))),
    ]
    parts = [
        f"# {md_text(prov.name)}",
        facts(rows),
        search.region_link(page, prov.name, "provinsi") if articles else "",
        section(
            "Kabupaten/kota",
            len(regencies),
            _regencies_table(page, archive, regencies),
            "Tidak ada data kabupaten/kota.",
        ),
        section(
            "Komitmen",
            len(articles),
            commitment_table(page, archive, articles),
            "Tidak ada.",
            indexed=False,
        ),
        section("Pejabat", len(officials), official_items(page, officials, articles), "Tidak ada."),
        section(
            "Kutipan tingkat provinsi",
            len(quotes),
            quote_items(page, quotes),
            "Tidak ada; kutipan dari artikel tentang kabupaten/kota ada di halaman masing-masing.",
            indexed=False,
        ),
    ]
    meta = _place_meta(prov, "provinsi", articles, archive)
    parts.append(search.tags(meta, indexed=bool(articles)))
    return generated_page(meta, *parts)


def _names_a_regency(archive: Archive, article: Article, province: str) -> bool:
    places = (archive.place_of(r) for r in article.x.regions)
    return any(p is not None and p.kind != "provinsi" and p.province == province for p in places)


# --- officials -------------------------------------------------------------------------------


def _roles_table(page: str, official: Official) -> str:
    rows = [[role, link(art.title, page, art.path)] for role, art in official.roles]
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
    other_roles = sorted({role for role, _ in official.roles} - {official.role})
    rows = [
        ("Jabatan terakhir", official.role or NONE),
        ("Jabatan lain", join(other_roles) or NONE),
        ("Disebut juga", join(other_names) or NONE),
        ("Wilayah", join(link(r.name, page, r.path) for r in regions) or NONE),
    ]
    parts = [f"# {md_text(official.name)}", facts(rows)]
    # Indexed above as distinct roles; the table repeats them with article titles.
    parts.append(
        section("Jabatan menurut artikel", None, _roles_table(page, official), NONE, indexed=False)
    )
    quotes = official.quotes
    parts.append(
        section(
            "Kutipan",
            len(quotes),
            quote_items(page, quotes, speaker=False),
            "Tidak ada.",
            indexed=False,
        )
    )
    parts.append(
        section("Artikel", len(articles), article_table(page, archive, articles), "", indexed=False)
    )
    meta = PageMeta(
        title=official.name,
        kind="pejabat",
        generated_from=_sources(articles),
        description=shorten(f"{official.name}: {official.role or 'pejabat'}", 200),
        provinces=sorted({p.province for p in regions}),
        regions=[p.name for p in regions if p.kind != "provinsi"],
        officials=[official.name],
    )
    parts.append(search.tags(meta))
    return generated_page(meta, *parts)
