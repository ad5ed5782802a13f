"""Hub pages: the home page and the indexes of regions, officials, articles and quotes."""

from __future__ import annotations

from ..model import fold
from .archive import Archive
from .blocks import NONE, article_table, commitment_table, generated_note, section, table
from .browse import counts_table, date_range, province_tiles, provinces_table
from .feeds import SITE_FEED
from .schema import PageMeta, dump_page
from .text import link, md_text

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
    "- [Linimasa](linimasa/index.md): komitmen per bulan\n"
    "- [Tag](tag/index.md): per jenis kegiatan dan pemilihan\n"
    "- [Kutipan](kutipan/index.md): kutipan langsung per bulan, dengan sitasi siap pakai\n"
    "- [Statistik](statistik.md): angka dan grafik\n"
    "- [Data](data/index.md): unduhan JSON dan CSV dengan skemanya\n"
    "- [Metodologi](metodologi.md): cara fakta diekstrak dan seberapa akurat"
)
INTRO = (
    "Arsip terbuka komitmen netralitas aparatur sipil negara (ASN) seputar Pemilu 2024 dan "
    "Pilkada Serentak 2024, dihimpun dari berita daring. Setiap artikel diurai otomatis: "
    "tanggal, wilayah, pejabat beserta jabatannya, dan kutipan langsung dengan pembicaranya, "
    "masing-masing dengan tautan ke teks sumbernya."
)


def _hub(archive: Archive, path: str, title: str, description: str, body: list[str]) -> str:
    meta = PageMeta(
        title=title,
        kind="beranda" if path == "index.md" else "indeks",
        generated_from=archive.all_sources,
        description=description,
    )
    return dump_page(meta, "\n\n".join([*body, generated_note(meta.generated_from)]))


def home(archive: Archive) -> str:
    page = "index.md"
    body = [f"# {SITE_NAME}", INTRO, section("Isi arsip", None, counts_table(archive), "")]
    span = date_range(archive)
    if span:
        body[-1] += f"\n\nRentang tanggal peristiwa: {md_text(span)}."
    body.append(
        section(
            "Komitmen terbaru",
            None,
            commitment_table(page, archive, archive.articles[:NEWEST]),
            "Belum ada artikel.",
        )
        + "\n\n[Linimasa per bulan](linimasa/index.md) · [Semua artikel](artikel/index.md) · "
        f"[Umpan Atom artikel baru]({SITE_FEED})"
    )
    provinces = "\n".join(
        f"- {link(p.name, page, p.path)} — {len(p.articles)} artikel"
        for p in sorted(archive.provinces.values(), key=lambda p: p.code)
        if p.articles
    )
    body.append(
        section(
            "Jelajahi per provinsi",
            None,
            province_tiles(page, archive) + "\n\n" + provinces,
            "Belum ada wilayah.",
        )
        + "\n\n[Semua 38 provinsi](wilayah/index.md)"
    )
    body.append(section("Lainnya", None, MORE, ""))
    return _hub(archive, page, "Beranda", INTRO, body)


def provinces_index(archive: Archive) -> str:
    """Every province (the gazetteer's 38, with or without articles) with its counts."""
    page = "wilayah/index.md"
    body = [
        "# Wilayah",
        "Semua provinsi di Indonesia dengan jumlah artikel yang menyebut wilayahnya; setiap "
        "halaman provinsi mendaftar kabupaten/kotanya.",
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
            md_text(o.role) if o.role else NONE,
            str(len(o.articles)),
            str(len(o.quotes)),
        ]
        for o in officials
    ]
    body = [
        "# Pejabat",
        "Pejabat yang disebut dalam artikel, dengan jabatan terakhir yang tertulis.",
        table(["Nama", "Jabatan terakhir", "Artikel", "Kutipan"], rows)
        if rows
        else "Belum ada pejabat.",
    ]
    return _hub(archive, page, "Pejabat", "Pejabat yang disebut dalam arsip.", body)


def articles_index(archive: Archive) -> str:
    page = "artikel/index.md"
    body = [
        "# Artikel",
        "Semua artikel dalam arsip, yang terbaru lebih dulu.",
        article_table(page, archive, archive.articles)
        if archive.articles
        else "Belum ada artikel.",
    ]
    return _hub(archive, page, "Artikel", "Semua artikel dalam arsip.", body)
