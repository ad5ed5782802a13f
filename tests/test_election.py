"""Unit tests of the election stage, run on hand-made pieces (no other stage involved)."""

from __future__ import annotations

import re

import pytest

from netralitas import rules
from netralitas.document import Cleaned, Document, Piece
from netralitas.extract import election
from netralitas.model import ELECTIONS, EventDate, Extraction, Fact, Span, TextValue


def doc_of(*paras: str, title: str | None = None, date: str | None = None) -> Document:
    """A document: an optional title line, then one piece per paragraph."""
    lines = ([title] if title else []) + list(paras)
    body, pieces = "", []
    for text in lines:
        if body:
            body += "\n\n"
        pieces.append(Piece(len(body), len(body) + len(text), text))
        body += text
    doc = Document(path="t", body=body, out=Extraction(source="t", article_id="t"))
    doc.clean = Cleaned(body, pieces)
    if title:
        doc.out.title = TextValue(title, Fact("heading.test", Span(0, len(title))))
    if date:
        doc.out.date = EventDate(date, date, False, Fact("dates.test"))
    return doc


def value(doc: Document) -> str | None:
    found = election.extract(doc)
    assert found is None or found.value in ELECTIONS
    return found.value if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pegawai diminta netral dalam Pilkada Serentak 2024.", "pilkada-2024"),
        ("Pegawai diminta netral dalam Pemilihan Kepala Daerah tahun ini.", "pilkada-2024"),
        ("Pegawai diminta netral menjelang Pilgub dan Pilbup.", "pilkada-2024"),
        ("Pegawai diminta netral dalam Pilwalkot Medan.", "pilkada-2024"),
        ("Pegawai diminta netral dalam Pemilu 2024.", "pemilu-2024"),
        ("Pegawai diminta netral dalam Pemilihan Umum (Pemilu) 2024.", "pemilu-2024"),
        ("Pegawai diminta netral dalam Pileg dan Pilpres.", "pemilu-2024"),
        ("Pegawai diminta netral dalam Pemilu dan Pilkada Serentak 2024.", "both"),
        ("Pegawai diminta netral dalam Pemilu 2024 dan Pilkada.", "both"),
        ("Pegawai diminta disiplin masuk kantor.", None),
        ("Badan Pengawas Pemilu dan Komisi Pemilihan Umum hadir.", None),
        ("Pada Pemilu 2019 banyak pegawai diperiksa.", None),
    ],
)
def test_mentions(text: str, expected: str | None) -> None:
    assert value(doc_of(text)) == expected


def test_title_outweighs_body() -> None:
    body = "Di setiap pemilu pegawai diuji. Pemilu kali ini juga begitu, kata dia."
    assert value(doc_of(body)) == "pemilu-2024"
    assert value(doc_of(body, title="Pegawai Diminta Netral di Pilkada")) == "pilkada-2024"


def test_generic_mentions_are_light() -> None:
    doc = doc_of("Setiap pemilu menguji pegawai, tiap pemilu selalu ada godaan.", "Jelang pilkada.")
    assert value(doc) == "pilkada-2024"


def test_date_breaks_ties() -> None:
    text = "Aduan tentang pegawai yang terlibat pemilu maupun pilkada diterima."
    assert value(doc_of(text, date="2024-08-05")) == "pilkada-2024"
    assert value(doc_of(text, date="2024-01-08")) == "pemilu-2024"


def test_joint_mention_in_title_gives_both() -> None:
    doc = doc_of("Pegawai diminta netral.", title="Netralitas ASN pada Pemilu dan Pilkada")
    found = election.extract(doc)
    assert found is not None and found.value == "both"
    assert found.why.rule == "election.joint-mention"


def test_evidence_span_points_into_body() -> None:
    doc = doc_of("Rapat pegawai digelar.", "Semua diminta netral dalam Pilkada 2024 nanti.")
    found = election.extract(doc)
    assert found is not None and found.why.span is not None
    assert doc.body[found.why.span.start : found.why.span.end] == "Pilkada"


@pytest.mark.parametrize("text", ["", "(", "pemilu" * 10000, "Pilkada 20" + "2" * 5000])
def test_never_raises(text: str) -> None:
    election.extract(doc_of(text))


def test_patterns_are_lower_case_and_start_at_a_word() -> None:
    """The stage matches its joined regex against lower-cased text, only where a word starts."""
    data = rules.load("election", election._SPEC)
    groups = [data["ignore"], data["joint"]]
    groups += list(data["mentions"].values()) + list(data["weak"].values())
    for patterns in groups:
        for p in patterns:
            assert p.pattern.startswith(r"\b"), p.pattern
            assert not re.search(r"(?<!\\)[A-Z]", p.pattern), p.pattern


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        (r"\bpilkada\b", {"p"}),
        (r"\b(meng|di)?h?imbau(an|kan)?\b", {"m", "d", "h", "i"}),
        (r"\b27\s+(november|nov)", {"2"}),
        (r"\b[ab]\w+", {"a", "b"}),
        (r"\b\w+", None),
        (r"\b(x)?", None),  # may match nothing
    ],
)
def test_first_chars(pattern: str, chars: set[str] | None) -> None:
    from netralitas.extract.patterns import first_chars

    assert first_chars(pattern) == chars
