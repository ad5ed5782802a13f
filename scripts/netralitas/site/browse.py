"""Ways through the archive besides regions and officials: the timeline (linimasa/), quotes
by month (kutipan/), tags for activity kind and election (tag/), and the statistics page with
its pictures.

Month pages are named by the month ("2023-11"), tag pages by the model's value
("sosialisasi", "pemilu-2024"): adding articles never moves a page, and no index grows with the
whole archive but the small tables of months.
"""

from __future__ import annotations

from collections import Counter

from ..model import ACTIVITIES
from . import labels
from .archive import Archive, Article, newest_first
from .blocks import commitment_table, generated_page, quote_items, section, tag_path
from .charts import Bar, Tile, month_bars, tile_map
from .html import NONE, Html, blocks, cat, join, link, p, strong, table
from .schema import PageMeta
from .text import md_text

NO_DATE = "tanpa-tanggal"
TIMELINE = "linimasa/index.md"
QUOTES = "kutipan/index.md"
TAGS = "tag/index.md"
STATS = "statistik.md"
ELECTION_TAGS = {e: (e, "both") for e in labels.ELECTION_TAGS}


def month_path(folder: str, month: str | None) -> str:
    return f"{folder}/{month or NO_DATE}.md"


def month_name(month: str | None) -> str:
    return labels.month_label(month) if month else "Tanpa tanggal"


def by_month(articles: list[Article]) -> list[tuple[str | None, list[Article]]]:
    """(month, its articles newest first), newest month first; undated articles last."""
    groups: dict[str | None, list[Article]] = {}
    for a in newest_first(articles):
        groups.setdefault(a.month, []).append(a)
    dated = sorted((m for m in groups if m), reverse=True)
    return [(m, groups[m]) for m in dated] + ([(None, groups[None])] if None in groups else [])


def _next(month: str) -> str:
    year, n = int(month[:4]), int(month[5:7])
    return f"{year + n // 12}-{n % 12 + 1:02d}"


def month_series(articles: list[Article]) -> list[Bar]:
    """A bar for every month from the first to the last dated article, empty months too."""
    counts = Counter(a.month for a in articles if a.month)
    if not counts:
        return []
    bars, month, last = [], min(counts), max(counts)
    while month <= last:
        short = labels.month(int(month[5:7]))[:3]
        bars.append(Bar(month, labels.month_label(month), short, counts[month]))
        month = _next(month)
    return bars


def month_chart(page: str, articles: list[Article], ident: str = "grafik-bulan") -> str:
    bars = month_series(articles)
    if not bars:
        return ""
    busiest = max(bars, key=lambda b: (b.count, b.key))
    desc = (
        f"Diagram batang jumlah artikel per bulan, {bars[0].label} sampai {bars[-1].label}; "
        f"terbanyak {busiest.label} dengan {busiest.count} artikel. "
        "Angka per bulan ada di tabel linimasa."
    )
    return month_bars(
        bars, ident, "Artikel komitmen netralitas per bulan", desc, "Artikel per bulan."
    )


def province_tiles(page: str, archive: Archive, ident: str = "peta-provinsi") -> str:
    """The tile map of every province, coloured by its number of articles."""
    tiles = []
    for prov in archive.provinces.values():
        n = len(prov.articles)
        tiles.append(Tile(prov.code, prov.name, n))
    with_articles = sorted((t for t in tiles if t.count), key=lambda t: (-t.count, t.name))
    listed = ", ".join(f"{t.name} ({t.count})" for t in with_articles[:10]) or "belum ada"
    desc = (
        "Peta petak 38 provinsi, kira-kira menurut letaknya, diwarnai menurut jumlah artikel. "
        f"Provinsi dengan artikel terbanyak: {listed}. Tabel semua provinsi ada di halaman "
        "Wilayah."
    )
    return tile_map(tiles, ident, "Jumlah artikel per provinsi", desc, "Artikel per provinsi.")


def _page(
    archive: Archive,
    title: str,
    description: str,
    body: list[str],
    articles: list[Article] | None = None,
    kind: str = "indeks",
) -> str:
    sources = sorted({a.source for a in articles}) if articles else []
    meta = PageMeta(
        title=title,
        kind=kind,
        generated_from=sources or archive.all_sources,
        description=description,
    )
    return generated_page(meta, *body)


# --- timeline --------------------------------------------------------------------------------


def _nav(*parts: str) -> Html:
    """The line under a title: links and counts separated by middle dots."""
    return p(join(parts, " · "))


def _months_table(page: str, folder: str, groups, count, what: str) -> Html:
    rows = [
        [link(month_name(m), page, month_path(folder, m)), str(count(arts))] for m, arts in groups
    ]
    return table(["Bulan", what], rows)


def timeline_pages(archive: Archive) -> dict[str, str]:
    groups = by_month(archive.articles)
    out = {}
    body = [
        "# Linimasa",
        p(
            "Komitmen netralitas ASN menurut bulan, yang terbaru lebih dulu: apel, ikrar, pakta "
            "integritas, sosialisasi, imbauan, pengawasan dan sanksi yang diberitakan."
        ),
        month_chart(TIMELINE, archive.articles),
        section(
            "Per bulan",
            None,
            _months_table(TIMELINE, "linimasa", groups, len, "Artikel"),
            "Belum ada artikel.",
        ),
        p(cat("Per jenis kegiatan dan pemilihan: ", link("Tag", TIMELINE, TAGS), ".")),
    ]
    out[TIMELINE] = _page(archive, "Linimasa", "Komitmen netralitas ASN per bulan.", body)
    for month, articles in groups:
        path = month_path("linimasa", month)
        title = f"Linimasa {month_name(month)}"
        nav = [link("Linimasa", path, TIMELINE), f"{len(articles)} artikel"]
        if any(a.quotes for a in articles):
            nav.append(link("kutipan bulan ini", path, month_path("kutipan", month)))
        body = [f"# {md_text(title)}", _nav(*nav), commitment_table(path, archive, articles)]
        desc = f"Komitmen netralitas ASN, {month_name(month)}."
        out[path] = _page(archive, title, desc, body, articles)
    return out


# --- quotes by month -------------------------------------------------------------------------


def _quote_count(articles: list[Article]) -> int:
    return sum(len(a.quotes) for a in articles)


def quote_pages(archive: Archive) -> dict[str, str]:
    groups = [(m, arts) for m, arts in by_month(archive.articles) if any(a.quotes for a in arts)]
    n_quotes = len(archive.quotes)
    body = [
        "# Kutipan",
        p(
            cat(
                f"{n_quotes} kutipan langsung pejabat, dikelompokkan menurut bulan artikelnya. "
                "Setiap kutipan tertaut ke kalimatnya di teks artikel (tautan tetap), dan di "
                "halaman artikel ada kotak ",
                strong("Kutip"),
                " berisi sitasi siap pakai.",
            )
        ),
        section(
            "Per bulan",
            None,
            _months_table(QUOTES, "kutipan", groups, _quote_count, "Kutipan"),
            "Belum ada kutipan.",
        ),
        p(
            cat(
                "Kutipan per pejabat ada di halaman ",
                link("pejabat", QUOTES, "pejabat/index.md"),
                ", per wilayah di halaman ",
                link("wilayah", QUOTES, "wilayah/index.md"),
                ".",
            )
        ),
    ]
    out = {QUOTES: _page(archive, "Kutipan", "Kutipan langsung pejabat dalam arsip.", body)}
    for month, articles in groups:
        path = month_path("kutipan", month)
        quotes = archive.quotes_of(articles)
        title = f"Kutipan {month_name(month)}"
        body = [
            f"# {md_text(title)}",
            _nav(
                link("Kutipan", path, QUOTES),
                f"{len(quotes)} kutipan",
                link("linimasa bulan ini", path, month_path("linimasa", month)),
            ),
            quote_items(path, quotes),
        ]
        desc = f"Kutipan langsung pejabat, {month_name(month)}."
        out[path] = _page(archive, title, desc, body, articles)
    return out


# --- tags ------------------------------------------------------------------------------------


def tagged(archive: Archive) -> list[tuple[str, str, list[Article]]]:
    """(value, label, articles) of every tag: the activity kinds, then the two elections."""
    tags = [
        (kind, labels.activity(kind), [a for a in archive.articles if _has_activity(a, kind)])
        for kind in ACTIVITIES
    ]
    for value, matches in ELECTION_TAGS.items():
        arts = [a for a in archive.articles if a.x.election and a.x.election.value in matches]
        tags.append((value, labels.election(value) or value, arts))
    return tags


def _has_activity(article: Article, kind: str) -> bool:
    return any(a.kind == kind for a in article.x.activities)


def tag_pages(archive: Archive) -> dict[str, str]:
    tags = tagged(archive)
    rows = [[link(label, TAGS, tag_path(v)), str(len(arts))] for v, label, arts in tags]
    body = [
        "# Tag",
        p(
            "Artikel menurut jenis kegiatan dan pemilihan. Satu artikel bisa punya beberapa "
            "jenis kegiatan; artikel tentang Pemilu dan Pilkada ada di kedua tag pemilihan."
        ),
        table(["Tag", "Artikel"], rows),
    ]
    out = {TAGS: _page(archive, "Tag", "Artikel menurut jenis kegiatan dan pemilihan.", body)}
    for value, label, articles in tags:
        path = tag_path(value)
        body = [
            f"# {md_text(label)}",
            _nav(link("Semua tag", path, TAGS), f"{len(articles)} artikel"),
            commitment_table(path, archive, articles) if articles else p("Belum ada artikel."),
        ]
        out[path] = _page(archive, label, f"Artikel dengan tag {label}.", body, articles)
    return out


# --- statistics ------------------------------------------------------------------------------


def counts_table(archive: Archive) -> Html:
    with_articles = [prov for prov in archive.provinces.values() if prov.articles]
    counts = [
        len(archive.articles),
        len(with_articles),
        len(archive.regions),
        len(archive.officials),
        len(archive.quotes),
    ]
    return table(
        ["Artikel", "Provinsi", "Kabupaten/kota", "Pejabat", "Kutipan"],
        [[str(n) for n in counts]],
    )


def date_range(archive: Archive) -> str | None:
    months = sorted(a.date for a in archive.articles if a.month and a.date)
    if not months:
        return None
    return f"{labels.date(months[0])} – {labels.date(months[-1])}"


def provinces_table(page: str, archive: Archive, ranked: bool = False) -> Html:
    provinces = sorted(archive.provinces.values(), key=lambda prov: prov.code)
    if ranked:
        provinces = sorted(provinces, key=lambda prov: -len(prov.articles))
    rows = []
    for prov in provinces:
        regions = sum(1 for r in archive.regions.values() if r.province == prov.name)
        quotes = sum(len(a.quotes) for a in prov.articles)
        rows.append(
            [link(prov.name, page, prov.path), prov.code, str(regions), str(len(prov.articles)),
             str(quotes)]
        )  # fmt: skip
    return table(["Provinsi", "Kode", "Kabupaten/kota disebut", "Artikel", "Kutipan"], rows)


def _top_regions(page: str, archive: Archive, n: int = 10) -> str:
    regions = sorted(archive.regions.values(), key=lambda r: (-len(r.articles), r.code))[:n]
    rows = [[link(r.name, page, r.path), r.province, str(len(r.articles))] for r in regions]
    return table(["Kabupaten/kota", "Provinsi", "Artikel"], rows) if rows else ""


def _top_officials(page: str, archive: Archive, n: int = 10) -> str:
    officials = [o for o in archive.officials.values() if o.quotes]
    officials.sort(key=lambda o: (-len(o.quotes), o.key))
    rows = [[link(o.name, page, o.path), o.role or NONE, str(len(o.quotes))] for o in officials[:n]]
    return table(["Pejabat", "Jabatan terakhir", "Kutipan"], rows) if rows else ""


def statistics_page(archive: Archive) -> str:
    page = STATS
    bars = month_series(archive.articles)
    month_rows = [[b.label, str(b.count)] for b in reversed(bars)]
    tag_rows = [
        [link(label, page, tag_path(v)), str(len(arts))] for v, label, arts in tagged(archive)
    ]
    span = date_range(archive)
    body = [
        "# Statistik",
        counts_table(archive),
        p(f"Rentang tanggal: {span}.") if span else "",
        section(
            "Artikel per bulan",
            None,
            blocks(month_chart(page, archive.articles), table(["Bulan", "Artikel"], month_rows))
            if bars
            else "",
            "Belum ada artikel bertanggal.",
        ),
        section(
            "Artikel per provinsi",
            None,
            blocks(province_tiles(page, archive), provinces_table(page, archive, ranked=True)),
            "",
        ),
        section("Jenis kegiatan dan pemilihan", None, table(["Tag", "Artikel"], tag_rows), ""),
        section("Kabupaten/kota terbanyak", None, _top_regions(page, archive), "Belum ada."),
        section("Pejabat paling banyak dikutip", None, _top_officials(page, archive), "Belum ada."),
    ]
    return _page(
        archive, "Statistik", "Angka dan grafik arsip netralitas ASN.", [b for b in body if b]
    )
