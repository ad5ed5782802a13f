"""`build_pages`: extractions in, every generated page out, as {docs-relative path: text}.

Pure and deterministic: no clock, no file system, sorted orders only, so the same corpus gives
byte-identical pages.
"""

from __future__ import annotations

from ..gazetteer import load as gazetteer
from ..model import Extraction
from . import hubs, pages
from .archive import Archive, Place, build_archive


def _regencies(archive: Archive, prov: Place) -> list:
    """Every kabupaten/kota of a province: the gazetteer's, plus any only the archive knows."""
    listed = [r for r in gazetteer().regencies if r.province == prov.name]
    codes = {r.code for r in listed}
    extra = [r for r in archive.regions.values() if r.province == prov.name and r.code not in codes]
    return sorted([*listed, *extra], key=lambda r: r.code)


def build_pages(extractions: list[Extraction], corpus_label: str = "corpus") -> dict[str, str]:
    """Render every page; `corpus_label` is the corpus directory as named in `generated_from`."""
    archive = build_archive(extractions, corpus_label)
    out: dict[str, str] = {
        "index.md": hubs.home(archive),
        "wilayah/index.md": hubs.provinces_index(
            archive, [(p.code, p.name) for p in gazetteer().provinces]
        ),
        "pejabat/index.md": hubs.officials_index(archive),
        "artikel/index.md": hubs.articles_index(archive),
        "kutipan/index.md": hubs.quotes_index(archive),
    }
    for article in archive.articles:
        out[article.path] = pages.article_page(archive, article)
    for prov in archive.provinces.values():
        out[prov.path] = pages.province_page(archive, prov, _regencies(archive, prov))
    for place in archive.regions.values():
        out[place.path] = pages.region_page(archive, place)
    for official in archive.officials.values():
        out[official.path] = pages.official_page(archive, official)
    return dict(sorted(out.items()))
