"""Hub pages: the home page and the indexes of regions, officials, articles and quotes."""

from __future__ import annotations

from ..model import fold
from .archive import Archive
from .blocks import article_table, commitment_table, generated_page, section
from .browse import counts_table, date_range, province_tiles, provinces_table
from .feeds import SITE_FEED
from .html import NONE, Html, blocks, cat, join, link, p, table, ul
from .schema import PageMeta

SITE_NAME = "Arsip Netralitas ASN"
HUBS = {
    "index.md": "Beranda",
    "wilayah/index.md": "Wilayah",
    "pejabat/index.md": "Pejabat",
    "artikel/index.md": "Artikel",
    "kutipan/index.md": "Kutipan",
    "linimasa/index.md": "Linimasa",
    "tag/index.md": "Tag",
    "statistik.md": "Statistik",
    "data/index.md": "Data",
    "metodologi.md": "Metodologi",
}
NEWEST = 10
MORE = (
    ("Linimasa", "linimasa/index.md", "komitmen per bulan"),
    ("Tag", "tag/index.md", "per jenis kegiatan dan pemilihan"),
    ("Kutipan", "kutipan/index.md", "kutipan langsung per bulan, dengan sitasi siap pakai"),
    ("Statistik", "statistik.md", "angka dan grafik"),
    ("Data", "data/index.md", "unduhan JSON dan CSV dengan skemanya"),
    ("Metodologi", "metodologi.md", "cara fakta diekstrak dan seberapa akurat"),
)
INTRO = (
    "Arsip terbuka komitmen netralitas aparatur sipil negara (ASN) seputar Pemilu 2024 dan "
    "Pilkada Serentak 2024, dihimpun dari berita daring. Setiap artikel diurai otomatis: "
    "tanggal, wilayah, pejabat beserta jabatannya, dan kutipan langsung dengan pembicaranya, "
    "masing-masing dengan tautan ke teks sumbernya."
)


def _links(page: str, targets: list[tuple[str, str]]) -> Html:
    """A paragraph of links to other pages, separated by middle dots."""
    return p(join((link(text, page, path) for text, path in targets), " · "))


def _hub(archive: Archive, path: str, title: str, description: str, body: list[str]) -> str:
    meta = PageMeta(
        title=title,
        kind="beranda" if path == "index.md" else "indeks",
        generated_from=archive.all_sources,
        description=description,
    )
    return generated_page(meta, *body)


def home(archive: Archive) -> str:
    page = "index.md"
    span = date_range(archive)
    counts = blocks(counts_table(archive), p(f"Rentang tanggal peristiwa: {span}.") if span else "")
    body = [f"# {SITE_NAME}", p(INTRO), section("Isi arsip", None, counts, "")]
    body.append(
        section(
            "Komitmen terbaru",
            None,
            commitment_table(page, archive, archive.articles[:NEWEST]),
            "Belum ada artikel.",
        )
    )
    body.append(
        _links(
            page,
            [
                ("Linimasa per bulan", "linimasa/index.md"),
                ("Semua artikel", "artikel/index.md"),
                ("Umpan Atom artikel baru", SITE_FEED),
            ],
        )
    )
    provinces = [
        cat(link(prov.name, page, prov.path), f" — {len(prov.articles)} artikel")
        for prov in sorted(archive.provinces.values(), key=lambda prov: prov.code)
        if prov.articles
    ]
    tiles = blocks(province_tiles(page, archive), ul(provinces)) if provinces else ""
    body.append(section("Jelajahi per provinsi", None, tiles, "Belum ada wilayah."))
    body.append(_links(page, [("Semua 38 provinsi", "wilayah/index.md")]))
    more = ul(cat(link(text, page, path), f": {what}") for text, path, what in MORE)
    body.append(section("Lainnya", None, more, ""))
    return _hub(archive, page, "Beranda", INTRO, body)


def provinces_index(archive: Archive) -> str:
    """Every province (the gazetteer's 38, with or without articles) with its counts."""
    page = "wilayah/index.md"
    body = [
        "# Wilayah",
        p(
            "Semua provinsi di Indonesia dengan jumlah artikel yang menyebut wilayahnya; setiap "
            "halaman provinsi mendaftar kabupaten/kotanya."
        ),
        province_tiles(page, archive),
        provinces_table(page, archive),
    ]
    return _hub(archive, page, "Wilayah", "Provinsi dan kabupaten/kota dalam arsip.", body)


def officials_index(archive: Archive) -> str:
    page = "pejabat/index.md"
    officials = sorted(archive.officials.values(), key=lambda o: (fold(o.name).lower(), o.key))
    rows = [
        [
            link(o.name, page, o.path),
            o.role or NONE,
            str(len(o.articles)),
            str(len(o.quotes)),
        ]
        for o in officials
    ]
    body = [
        "# Pejabat",
        p("Pejabat yang disebut dalam artikel, dengan jabatan terakhir yang tertulis."),
        table(["Nama", "Jabatan terakhir", "Artikel", "Kutipan"], rows)
        if rows
        else p("Belum ada pejabat."),
    ]
    return _hub(archive, page, "Pejabat", "Pejabat yang disebut dalam arsip.", body)


def articles_index(archive: Archive) -> str:
    page = "artikel/index.md"
    body = [
        "# Artikel",
        p("Semua artikel dalam arsip, yang terbaru lebih dulu."),
        article_table(page, archive, archive.articles)
        if archive.articles
        else p("Belum ada artikel."),
    ]
    return _hub(archive, page, "Artikel", "Semua artikel dalam arsip.", body)
