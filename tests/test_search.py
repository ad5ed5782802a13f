"""Search attributes on generated pages (site/search.py) and the theme's Pagefind body marker.

The whole path (build, index, searching in a browser) is in test_build.py and test_browser.py.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from netralitas.site import search
from netralitas.site.schema import PageMeta, SiteError

ROOT = Path(__file__).resolve().parent.parent


def _article(**kw) -> PageMeta:
    values = {
        "title": "Judul",
        "kind": "artikel",
        "generated_from": ["corpus/a.txt"],
        "date": "2024-10-07",
        "election": "pilkada-2024",
        "provinces": ["Jawa Tengah"],
        "regions": ["Kabupaten Banyumas"],
        "officials": ["Hana Wijayanti"],
        "activities": ["apel-upacara", "imbauan"],
    }
    return PageMeta(**{**values, **kw})


class _Spans(HTMLParser):
    """(tag, attrs, text) of every element of a tags() block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[str, dict, str]] = []

    def handle_starttag(self, tag, attrs):
        self.items.append((tag, dict(attrs), ""))

    def handle_data(self, data):
        if self.items and data.strip():
            tag, attrs, text = self.items[-1]
            self.items[-1] = (tag, attrs, text + data)


def _parse(block: str) -> list[tuple[str, dict, str]]:
    parser = _Spans()
    parser.feed(block)
    return parser.items


def test_article_filters_sort_and_meta() -> None:
    items = _parse(search.tags(_article(), outlet="Warta Contoh"))
    assert (
        items[0][0] == "div" and "hidden" in items[0][1] and "data-pagefind-ignore" in items[0][1]
    )
    filters = [(a["data-pagefind-filter"], t) for _, a, t in items if "data-pagefind-filter" in a]
    assert filters == [
        ("jenis halaman", "Artikel"),
        ("provinsi", "Jawa Tengah"),
        ("kabupaten/kota", "Kabupaten Banyumas"),
        ("pejabat", "Hana Wijayanti"),
        ("pemilu", "Pilkada Serentak 2024"),
        ("jenis kegiatan", "Apel/upacara"),
        ("jenis kegiatan", "Imbauan"),
        ("tahun", "2024"),
    ]
    sorts = [(a["data-pagefind-sort"], t) for _, a, t in items if "data-pagefind-sort" in a]
    assert sorts == [("tanggal", "2024-10-07")]
    meta = dict((a["data-pagefind-meta"], t) for _, a, t in items if "data-pagefind-meta" in a)
    assert meta == {"jenis": "Artikel", "tanggal": "7 Oktober 2024", "media": "Warta Contoh"}


def test_place_pages_filter_on_the_place_not_its_officials() -> None:
    meta = PageMeta(
        title="Kabupaten Banyumas",
        kind="wilayah",
        generated_from=["corpus/a.txt"],
        provinces=["Jawa Tengah"],
        regions=["Kabupaten Banyumas"],
        officials=["Hana Wijayanti"],
    )
    assert search.filters(meta) == [
        ("jenis halaman", "Kabupaten/kota"),
        ("provinsi", "Jawa Tengah"),
        ("kabupaten/kota", "Kabupaten Banyumas"),
    ]
    assert "data-pagefind-sort" not in search.tags(meta)  # no date: out of date-sorted lists


def test_no_duplicate_or_empty_filters_and_no_year_from_junk() -> None:
    meta = _article(officials=["Hana", "Hana", "  "], date="tanggal?", activities=[])
    pairs = search.filters(meta)
    assert pairs.count(("pejabat", "Hana")) == 1
    assert not [p for p in pairs if p[0] == "tahun" or not p[1]]


HOSTILE = [
    "<script>alert(1)</script>",
    "Sri <img src=x onerror=alert('x')> Lestari",
    "A &amp; B &lt;b&gt; &#60;i&#62;",
    "Kutip \"dua\" dan 'satu', koma: titik dua",
    "**tebal** [tautan](javascript:alert(1)) {: onclick=x } | pipa",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_corpus_values_never_become_markup(name: str) -> None:
    block = search.tags(_article(officials=[name], regions=[name]), outlet=name)
    items = _parse(block)
    assert {tag for tag, _, _ in items} == {"div", "span"}
    names = {k for _, attrs, _ in items for k in attrs}
    assert names <= {"class", "hidden", "data-pagefind-ignore"} | {
        "data-pagefind-filter",
        "data-pagefind-sort",
        "data-pagefind-meta",
    }
    texts = {t for _, a, t in items if a.get("data-pagefind-filter") == "pejabat"}
    assert texts == {search.filter_value(name)}
    shown = {t for _, a, t in items if a.get("data-pagefind-meta") == "media"}
    assert shown == {" ".join(name.split())}


@pytest.mark.parametrize("name", HOSTILE)
def test_filter_values_cannot_start_markup_however_often_decoded(name: str) -> None:
    """Pagefind's UI inserts filter values as HTML after Pagefind decoded them, maybe twice."""
    value = search.filter_value(name)
    for _ in range(3):
        assert not re.search(r"<[A-Za-z!/?]", value)
        assert not re.search(r"&[A-Za-z#]", value)
        value = html.unescape(value)
    assert search.filter_value(name).replace("\u2060", "") == " ".join(name.split())


def test_search_address_and_region_link() -> None:
    query = search.search_query([("kabupaten/kota", "Kabupaten Cianjur")], q="apel pagi")
    assert query == "?q=apel%20pagi&filter=kabupaten/kota:Kabupaten%20Cianjur"
    assert search.search_query([]) == ""
    assert search.search_query([("pejabat", "A & B")]) == "?filter=pejabat:A%20%26%20B"
    link = search.region_link(
        "wilayah/jawa-barat/kabupaten-cianjur.md", "Kabupaten Cianjur", "wilayah"
    )
    assert link == (
        '<p><a href="../../../cari/?filter=kabupaten/kota:Kabupaten%20Cianjur"'
        ' class="nt-cari-wilayah">Cari di wilayah ini</a></p>'
    )
    prov = search.region_link("wilayah/jawa-barat/index.md", "Jawa Barat", "provinsi")
    assert 'href="../../cari/?filter=provinsi:Jawa%20Barat"' in prov


def test_search_page_and_its_script_are_there() -> None:
    page = (ROOT / "docs" / search.SEARCH_PAGE).read_text("utf-8")
    assert "pagefind_ui: true" in page and 'id="nt-cari"' in page
    script = (ROOT / "docs" / "assets" / "cari.js").read_text("utf-8")
    assert "\\u2060" in script  # the same guard as search.filter_value


def test_theme_indexes_the_pages_that_hold_the_block() -> None:
    """overrides/main.html wraps a page's content in data-pagefind-body exactly when the page
    holds the block tags() writes."""
    template = (ROOT / "overrides" / "main.html").read_text("utf-8")
    assert f"'<div class=\"{search.MARKER}\"' in page.content" in template
    assert "data-pagefind-body" in template
    assert search.tags(_article()).startswith(f'<div class="{search.MARKER}"')


def test_only_pages_of_single_things_with_content_are_indexed() -> None:
    hub = PageMeta(title="Beranda", kind="beranda", generated_from=["corpus/*.txt"])
    assert search.tags(hub) == ""
    empty = PageMeta(title="Aceh", kind="provinsi", generated_from=["corpus/*.txt"])
    assert search.tags(empty, indexed=False) == ""
    assert search.tags(empty) != ""


def test_pagefind_summary_line_is_read() -> None:
    out = "Total: \n  Indexed 1 language\n  Indexed 54 pages\n  Indexed 853 words\n"
    assert search._indexed_pages(out) == 54
    assert search._indexed_pages("nothing") == 0


def test_indexing_needs_a_built_site(tmp_path: Path) -> None:
    with pytest.raises(SiteError, match="no built site to index"):
        search.index_site(tmp_path)
