"""Corrections in front matter win over extraction on every rebuild."""

from __future__ import annotations

import pytest

from netralitas import corpus
from netralitas.errors import CorpusError
from netralitas.extract import extract_file

BODY = (
    "Bupati Contoh Ajak ASN Netral\n\n"
    "CIANJUR – Bupati Cianjur Herman Suherman meminta ASN netral, Senin (4/12/2023).\n\n"
    "“ASN harus netral dalam Pemilu 2024,” kata Herman.\n"
)


def extract(front: str):
    return extract_file(corpus.parse(f"---\n{front}---\n{BODY}", "corpus/contoh.txt"))


def test_metadata_and_scalar_corrections() -> None:
    ex = extract(
        "url: https://contoh.id/1\noutlet: Contoh Pos\npublished: 2023-12-05\n"
        "corrections:\n  date: 2023-12-03\n  election: both\n  title: Judul Benar\n"
        "  activities: [imbauan]\n"
    )
    j = ex.to_json()
    assert (j["url"], j["outlet"], j["published"]) == (
        "https://contoh.id/1",
        "Contoh Pos",
        "2023-12-05",
    )
    assert (j["date"], j["election"], j["title"]) == ("2023-12-03", "both", "Judul Benar")
    assert j["activities"] == ["imbauan"]
    assert j["corrected"] == ["title", "date", "election", "activities"]


def test_regions_come_from_the_gazetteer() -> None:
    ex = extract("corrections:\n  regions: [Kota Sukabumi, Provinsi Jabar]\n")
    assert [(r["name"], r["province"], r["code"]) for r in ex.to_json()["regions"]] == [
        ("Kota Sukabumi", "Jawa Barat", "32.72"),
        ("Provinsi Jawa Barat", "Jawa Barat", "32"),
    ]


def test_unknown_region_is_an_error() -> None:
    with pytest.raises(CorpusError) as e:
        extract("corrections:\n  regions: [Kabupaten Atlantis]\n")
    assert str(e.value) == "corpus/contoh.txt: corrections.regions: no region 'Kabupaten Atlantis'"


def test_added_quote_must_be_in_the_article() -> None:
    ex = extract(
        "corrections:\n  add_quotes:\n    - quote: meminta ASN netral\n      speaker: Herman Suherman\n"
    )
    added = [q for q in ex.quotes if q.checked]
    assert [(q.text, q.speaker) for q in added] == [("meminta ASN netral", "Herman Suherman")]
    assert BODY[added[0].span.start : added[0].span.end] == "meminta ASN netral"
    with pytest.raises(CorpusError) as e:
        extract("corrections:\n  add_quotes:\n    - quote: kalimat yang tidak ada\n")
    assert str(e.value) == (
        "corpus/contoh.txt: add_quotes: text not in the article: 'kalimat yang tidak ada'"
    )


def test_officials_are_replaced_or_added_by_name() -> None:
    ex = extract(
        "corrections:\n  officials:\n    - name: Dadan Ginanjar\n      role: Ketua Korpri Kabupaten Cianjur\n"
    )
    dadan = [o for o in ex.officials if o.name == "Dadan Ginanjar"]
    assert [(o.role, o.why.rule) for o in dadan] == [
        ("Ketua Korpri Kabupaten Cianjur", "correction")
    ]
