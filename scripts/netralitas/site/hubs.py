"""Hub pages: the home page and the indexes of regions, officials, articles and quotes."""

from __future__ import annotations

from ..model import fold
from . import labels
from .archive import Archive
from .blocks import NONE, article_table, generated_note, quote_items, section, table
from .schema import PageMeta, dump_page
from .text import link, md_text

SITE_NAME = "Arsip Netralitas ASN"
HUBS = {
    "index.md": "Beranda",
    "wilayah/index.md": "Wilayah",
    "pejabat/index.md": "Pejabat",
    "artikel/index.md": "Artikel",
    "kutipan/index.md": "Kutipan",
}
NEWEST = 10
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


def _date_range(archive: Archive) -> str | None:
    dates = sorted(a.x.date.date for a in archive.articles if a.x.date)
    if not dates:
        return None
    return f"{labels.date(dates[0])} – {labels.date(dates[-1])}"


def home(archive: Archive) -> str:
    page = "index.md"
    counts = [
        len(archive.articles),
        len(archive.provinces),
        len(archive.regions),
        len(archive.officials),
        len(archive.quotes),
    ]
    body = [
        f"# {SITE_NAME}",
        INTRO,
        table(
            ["Artikel", "Provinsi", "Kabupaten/kota", "Pejabat", "Kutipan"],
            [[str(n) for n in counts]],
        ),
    ]
    span = _date_range(archive)
    if span:
        body.append(f"Rentang tanggal peristiwa: {md_text(span)}.")
    newest = archive.articles[:NEWEST]
    body.append(
        section("Artikel terbaru", None, article_table(page, archive, newest), "Belum ada artikel.")
        + "\n\n[Semua artikel](artikel/index.md)"
    )
    provinces = "\n".join(
        f"- {link(p.name, page, p.path)} — {len(p.articles)} artikel"
        for p in sorted(archive.provinces.values(), key=lambda p: p.code)
    )
    body.append(
        section("Jelajahi per provinsi", None, provinces, "Belum ada wilayah.")
        + "\n\n[Semua provinsi](wilayah/index.md)"
    )
    return _hub(archive, page, "Beranda", INTRO, body)


def provinces_index(archive: Archive, all_provinces: list[tuple[str, str]]) -> str:
    """`all_provinces`: (code, name) of every province in the gazetteer."""
    page = "wilayah/index.md"
    known = {name for _, name in all_provinces}
    extra = [(p.code, p.name) for p in archive.provinces.values() if p.name not in known]
    rows = []
    for code, name in sorted([*all_provinces, *extra]):
        prov = archive.provinces.get(name)
        regions = [r for r in archive.regions.values() if r.province == name]
        label = link(name, page, prov.path) if prov else md_text(name)
        count = len(prov.articles) if prov else 0
        rows.append([label, md_text(code), str(len(regions)), str(count)])
    body = [
        "# Wilayah",
        "Semua provinsi di Indonesia dengan jumlah artikel yang menyebut wilayahnya.",
        table(["Provinsi", "Kode", "Kabupaten/kota disebut", "Artikel"], rows),
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


def quotes_index(archive: Archive) -> str:
    page = "kutipan/index.md"
    body = [
        "# Kutipan",
        "Semua kutipan langsung, dari artikel terbaru; tautan membuka kutipan di teks artikelnya.",
        quote_items(page, archive.quotes) or "Belum ada kutipan.",
    ]
    return _hub(archive, page, "Kutipan", "Kutipan langsung pejabat dalam arsip.", body)
