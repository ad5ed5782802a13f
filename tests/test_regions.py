"""Unit tests of the regions stage: name resolution, cues, scoring, robustness."""

from __future__ import annotations

import time

import pytest

from netralitas.extract import extract_text
from netralitas.extract.places import region_prefix_len, resolve


def regions(text: str) -> list[str]:
    return [r.name for r in extract_text(text).regions]


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Solo", "any", ["Kota Surakarta"]),
        ("Sukabumi", "any", ["Kabupaten Sukabumi", "Kota Sukabumi"]),
        ("Sukabumi", "kota", ["Kota Sukabumi"]),
        ("Sukabumi", "kabupaten", ["Kabupaten Sukabumi"]),
        ("Jabar", "provinsi", ["Jawa Barat"]),
        ("Papua Barat Daya", "provinsi", ["Papua Barat Daya"]),
        ("Jakarta Timur", "any", ["Kota Administrasi Jakarta Timur"]),
        ("Administrasi Jakarta Timur", "kota", ["Kota Administrasi Jakarta Timur"]),
        ("Bengkulu", "any", ["Kota Bengkulu", "Bengkulu"]),
        ("Cikalongkulon", "kecamatan", ["Kabupaten Cianjur"]),
        ("Herman", "any", []),
    ],
)
def test_resolve(name: str, kind: str, expected: list[str]) -> None:
    assert [p.name for p in resolve(name, kind)] == expected


@pytest.mark.parametrize(
    ("words", "n"),
    [
        (["Kabupaten", "Cianjur", "Herman"], 2),
        (["Kab.", "OKI", "Budi"], 2),
        (["Jabar", "Budi"], 1),
        (["Kota", "Administrasi", "Jakarta", "Timur", "Anwar"], 4),
        (["Bengkulu", "Selatan", "Hamdan"], 2),
        (["Herman", "Suherman"], 0),
        ([], 0),
    ],
)
def test_region_prefix_len(words: list[str], n: int) -> None:
    assert region_prefix_len(words) == n


def test_kabupaten_and_kota_of_one_name_are_told_apart() -> None:
    assert regions("Wali Kota Sukabumi meminta ASN netral. ASN Sukabumi siap.") == ["Kota Sukabumi"]
    assert regions("Bupati Sukabumi meminta ASN netral. ASN Sukabumi siap.") == [
        "Kabupaten Sukabumi"
    ]


def test_bare_ambiguous_name_follows_the_rest_of_the_article() -> None:
    text = "SUKABUMI – Pemkot Sukabumi menggelar apel. Di Sukabumi, ASN diminta netral."
    assert regions(text) == ["Kota Sukabumi"]


def test_common_words_are_not_regions() -> None:
    # "Batu", "Malang", "Pati" without a cue are words, not Kota Batu / Malang / Pati
    text = (
        "Pegawai Pemkab Garut tidak boleh menjadi batu sandungan. Malang nasib ASN yang melanggar."
    )
    assert regions(text) == ["Kabupaten Garut"]


def test_a_hotel_address_is_not_the_region() -> None:
    text = (
        "Pemkab Garut menggelar bimtek di Hotel Santika, Bandung. "
        "Bupati Garut meminta ASN Garut netral."
    )
    assert regions(text) == ["Kabupaten Garut"]


def test_province_as_address_of_its_kabupaten_is_dropped() -> None:
    text = "Bupati Kaur meminta ASN netral di Kabupaten Kaur, Provinsi Bengkulu."
    assert regions(text) == ["Kabupaten Kaur"]


def test_mentions_and_why_point_into_the_body() -> None:
    text = "CIANJUR – Bupati Cianjur mengingatkan ASN Pemkab Cianjur agar netral."
    (region,) = extract_text(text).regions
    assert region.code == "32.03" and region.kind == "kabupaten"
    assert region.why.rule == "regions.gov_kabupaten"
    assert region.why.span is not None
    assert text[region.why.span.start : region.why.span.end] == "Cianjur"
    assert [text[m.start : m.end].lower() for m in region.mentions] == ["cianjur"] * 3
    assert 0 < region.why.confidence <= 1


@pytest.mark.parametrize(
    "text",
    ["", "\n\n\n", "Kabupaten", "Kota Kota Kota Kab. ( ( Provinsi", "se-", "“Bupati " * 500],
)
def test_never_raises(text: str) -> None:
    extract_text(text)


def test_long_line_is_linear() -> None:
    line = "Bupati Cianjur meminta ASN Pemkab Cianjur netral di Hotel Harper, Purwakarta. " * 4000
    start = time.perf_counter()
    assert regions(line) == ["Kabupaten Cianjur"]
    assert time.perf_counter() - start < 20


def test_deterministic() -> None:
    text = "Bupati Ciamis dan Bupati Pangandaran meminta ASN Ciamis dan ASN Pangandaran netral."
    assert regions(text) == regions(text) == ["Kabupaten Ciamis", "Kabupaten Pangandaran"]
