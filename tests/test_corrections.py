"""Corrections in front matter win over extraction on every rebuild; a correction that cannot
hold is an error naming the file and the line of its entry."""

from __future__ import annotations

import pytest

from netralitas import corpus
from netralitas.errors import CorpusError
from netralitas.extract import extract_file

BODY = (
    "Bupati Contoh Ajak ASN Netral\n\n"
    "CIANJUR – Bupati Cianjur Herman Suherman meminta ASN netral, Senin (4/12/2023). Hadir pula "
    "Kepala Dinas Perhubungan Dadan Ginanjar.\n\n"
    "“ASN harus netral dalam Pemilu 2024,” kata Herman.\n\n"
    "Menurut Dadan, ASN yang melanggar akan dilaporkan. 'Tidak ada toleransi,' ujarnya.\n"
)


def extract(front: str):
    return extract_file(corpus.parse(f"---\n{front}---\n{BODY}", "corpus/contoh.txt"))


def errors(front: str) -> list[str]:
    with pytest.raises(CorpusError) as e:
        extract(front)
    return [str(p) for p in e.value.problems]


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
    assert ex.date.why.rule == "correction"


def test_regions_come_from_the_gazetteer() -> None:
    ex = extract("corrections:\n  regions: [Kota Sukabumi, Provinsi Jabar]\n")
    assert [(r["name"], r["province"], r["code"]) for r in ex.to_json()["regions"]] == [
        ("Kota Sukabumi", "Jawa Barat", "32.72"),
        ("Provinsi Jawa Barat", "Jawa Barat", "32"),
    ]
    assert ex.corrected == ["regions"]


def test_an_empty_region_list_says_the_article_has_none() -> None:
    ex = extract("corrections:\n  regions: []\n")
    assert ex.regions == [] and ex.corrected == ["regions"]


def test_unknown_regions_are_errors_with_their_lines_and_a_hint() -> None:
    assert errors(
        "corrections:\n  regions:\n    - Kabupaten Atlantis\n    - Kota Cianjur\n    - Sukabumi\n"
    ) == [
        "corpus/contoh.txt:4: corrections.regions: 'Kabupaten Atlantis' is not in the gazetteer",
        "corpus/contoh.txt:5: corrections.regions: 'Kota Cianjur' is not in the gazetteer; "
        "did you mean Kabupaten Cianjur?",
        "corpus/contoh.txt:6: corrections.regions: 'Sukabumi' is not in the gazetteer; "
        "did you mean Kabupaten Sukabumi or Kota Sukabumi?",
    ]


def test_added_quote_must_be_in_the_article() -> None:
    ex = extract(
        "corrections:\n  add_quotes:\n    - quote: meminta ASN netral\n      speaker: Herman Suherman\n"
    )
    added = [q for q in ex.quotes if q.checked]
    assert [(q.text, q.speaker) for q in added] == [("meminta ASN netral", "Herman Suherman")]
    assert BODY[added[0].span.start : added[0].span.end] == "meminta ASN netral"
    assert errors("corrections:\n  add_quotes:\n    - quote: kalimat yang tidak ada\n") == [
        "corpus/contoh.txt:4: corrections.add_quotes: text not in the article: "
        "'kalimat yang tidak ada'"
    ]


def test_added_quote_tolerates_spacing_and_quote_marks_and_replaces_an_overlap() -> None:
    ex = extract(
        "corrections:\n  add_quotes:\n"
        '    - {quote: "Menurut Dadan, ASN yang melanggar akan dilaporkan. \'Tidak ada",'
        " speaker: Dadan Ginanjar}\n"
    )
    texts = [(q.text, q.speaker, q.checked) for q in ex.quotes]
    assert texts[0][0] == "ASN harus netral dalam Pemilu 2024,"
    assert texts[-1] == (
        "Menurut Dadan, ASN yang melanggar akan dilaporkan. 'Tidak ada",
        "Dadan Ginanjar",
        True,
    )
    assert len(texts) == 2  # the extracted 'Tidak ada toleransi,' overlapped it: replaced
    assert "quotes" in ex.corrected


def test_speaker_fix_marks_the_quote_checked_and_resolves_an_alias() -> None:
    ex = extract("corrections:\n  speakers:\n    - quote: harus netral\n      speaker: Herman\n")
    q = next(q for q in ex.quotes if "harus netral" in q.text)
    assert (q.speaker, q.checked, q.why.rule) == ("Herman Suherman", True, "correction")
    assert ex.corrected == ["quotes"]


def test_speaker_may_be_set_to_nobody() -> None:
    ex = extract("corrections:\n  speakers:\n    - {quote: harus netral, speaker: null}\n")
    q = next(q for q in ex.quotes if "harus netral" in q.text)
    assert (q.speaker, q.checked) == (None, True)


def test_speaker_and_quote_errors_name_their_lines() -> None:
    front = (
        "corrections:\n"
        "  speakers:\n"
        "    - quote: harus netral\n"
        "      speaker: Budi Santoso\n"
        "    - quote: tidak pernah ditulis\n"
        "      speaker: Herman\n"
        "    - quote: meminta ASN netral\n"
        "      speaker: Herman\n"
        "  add_quotes:\n"
        "    - quote: Tidak ada toleransi\n"
        "      speaker: Siti Aminah\n"
    )
    assert errors(front) == [
        "corpus/contoh.txt:5: corrections.speakers: speaker 'Budi Santoso' names nobody in the "
        "article",
        "corpus/contoh.txt:6: corrections.speakers: text not in the article: "
        "'tidak pernah ditulis'",
        "corpus/contoh.txt:8: corrections.speakers: no extracted quote has 'meminta ASN netral'; "
        "list it under add_quotes",
        "corpus/contoh.txt:12: corrections.add_quotes: speaker 'Siti Aminah' names nobody in the "
        "article",
    ]


def test_drop_quotes() -> None:
    ex = extract("corrections:\n  drop_quotes: [Tidak ada toleransi]\n")
    assert [q.text for q in ex.quotes] == ["ASN harus netral dalam Pemilu 2024,"]
    # Text in the article but in no extracted quote: nothing to drop (no error after the
    # extractor improves); text that is nowhere in the article is an error.
    assert extract("corrections:\n  drop_quotes: [meminta ASN netral]\n").quotes
    assert not extract("corrections:\n  drop_quotes: [pemilu 2024, tidak ADA]\n").quotes
    assert errors("corrections:\n  drop_quotes:\n    - ASN wajib netral\n") == [
        "corpus/contoh.txt:4: corrections.drop_quotes: text not in the article: 'ASN wajib netral'"
    ]


def test_officials_are_replaced_or_added_by_name() -> None:
    ex = extract(
        "corrections:\n  officials:\n    - name: Dadan Ginanjar\n"
        "      role: Ketua Korpri Kabupaten Cianjur\n"
        "    - {name: Herman Suherman, role: Bupati Cianjur, aliases: [Pak Herman]}\n"
    )
    by_name = {o.name: o for o in ex.officials}
    assert (by_name["Dadan Ginanjar"].role, by_name["Dadan Ginanjar"].why.rule) == (
        "Ketua Korpri Kabupaten Cianjur",
        "correction",
    )
    assert "Pak Herman" in by_name["Herman Suherman"].aliases
    assert ex.corrected == ["officials"]


def test_official_not_named_in_the_article_is_an_error() -> None:
    assert errors("corrections:\n  officials:\n    - name: Budi Santoso\n      role: Sekda\n") == [
        "corpus/contoh.txt:4: corrections.officials: 'Budi Santoso' is not named in the article "
        "(give the form it uses under aliases)"
    ]
    ex = extract("corrections:\n  officials:\n    - {name: H. Dadan, aliases: [Dadan Ginanjar]}\n")
    assert "H. Dadan" in [o.name for o in ex.officials]


def test_drop_officials() -> None:
    ex = extract("corrections:\n  drop_officials: [Dadan Ginanjar]\n")
    assert "Dadan Ginanjar" not in [o.name for o in ex.officials]
    assert ex.corrected == ["officials"]


def test_every_problem_of_a_file_at_once() -> None:
    front = (
        "corrections:\n  regions: [Kabupaten Atlantis]\n"
        "  drop_quotes: [tidak ada sanksi]\n  add_quotes:\n    - quote: bukan teks artikel\n"
    )
    assert [p.split(": ", 2)[1] for p in errors(front)] == [
        "corrections.regions",
        "corrections.drop_quotes",
        "corrections.add_quotes",
    ]
