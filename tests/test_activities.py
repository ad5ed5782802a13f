"""Unit tests of the activities stage, run on hand-made pieces (no other stage involved)."""

from __future__ import annotations

import re

import pytest

from netralitas import rules
from netralitas.document import Cleaned, Document, Piece
from netralitas.extract import activities
from netralitas.model import ACTIVITIES, Extraction


def doc_of(*paras: str) -> Document:
    body, pieces = "", []
    for text in paras:
        if body:
            body += "\n"
        pieces.append(Piece(len(body), len(body) + len(text), text))
        body += text
    doc = Document(path="t", body=body, out=Extraction(source="t", article_id="t"))
    doc.clean = Cleaned(body, pieces)
    return doc


def kinds(*paras: str) -> list[str]:
    return [a.kind for a in activities.extract(doc_of(*paras))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pejabat menandatangani Pakta Integritas netralitas.", ["pakta-integritas"]),
        ("Digelar penandatanganan komitmen bersama.", ["pakta-integritas"]),
        ("Pegawai membacakan ikrar netralitas.", ["ikrar-deklarasi"]),
        ("ASN mendeklarasikan sikap netral.", ["ikrar-deklarasi"]),
        ("Bawaslu memberi sosialisasi kepada guru.", ["sosialisasi"]),
        ("Pemkot mengadakan pembekalan pegawai.", ["sosialisasi"]),
        ("Kegiatan bimtek untuk kepala sekolah.", ["sosialisasi"]),
        ("Apel pagi di halaman kantor.", ["apel-upacara"]),
        ("Usai upacara HUT Korpri.", ["apel-upacara"]),
        ("Bupati mengimbau ASN menjaga netralitas.", ["imbauan"]),
        ("Sekda menghimbau pegawai tidak berkampanye.", ["imbauan"]),
        ("Himbauan itu disampaikan kemarin.", ["imbauan"]),
        ("Pegawai yang melanggar dikenai sanksi.", ["sanksi"]),
        ("Ia mendapat teguran tertulis.", ["sanksi"]),
        ("Ancaman hukuman disiplin menanti.", ["sanksi"]),
        ("Inspektorat akan mengawasi pegawai.", ["pengawasan"]),
        ("Tim melakukan patroli siber.", ["pengawasan"]),
        ("Diskominfo memantau akun pegawai.", ["pengawasan"]),
        ("Pegawai diimbau untuk menggunakan hak pilih.", []),
        ("Warga diimbau datang ke TPS.", []),
        ("Pegawai dilarang menghadiri deklarasi pasangan calon.", []),
        ("Auditor Badan Pengawasan Keuangan dan Pembangunan datang.", []),
        ("Isu itu diawasi secara ketat, kata dia.", []),
        ("Pejabat pembina kepegawaian memanggil pegawai.", []),
        ("", []),
    ],
)
def test_keywords(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


def test_fixed_order_and_first_evidence() -> None:
    doc = doc_of(
        "Pegawai yang melanggar akan diberi sanksi.",
        "Pagi itu digelar apel, lalu sosialisasi, lalu ikrar, lalu pakta integritas.",
        "Bupati mengimbau pegawai melapor; inspektorat melakukan pengawasan; sanksi menanti.",
    )
    found = activities.extract(doc)
    assert [a.kind for a in found] == list(ACTIVITIES)
    sanksi = next(a for a in found if a.kind == "sanksi")
    assert sanksi.why.span is not None
    assert doc.body[sanksi.why.span.start : sanksi.why.span.end] == "sanksi"
    assert sanksi.why.span.start < len("Pegawai yang melanggar akan diberi sanksi.")
    assert sanksi.why.rule == "activities.sanksi"


def test_negative_context_blocks_only_its_match() -> None:
    text = "Pegawai diimbau menggunakan hak pilihnya. Bupati juga mengimbau ASN tetap netral."
    found = activities.extract(doc_of(text))
    assert [a.kind for a in found] == ["imbauan"]
    span = found[0].why.span
    assert span is not None and text[span.start : span.end] == "mengimbau"


def test_upper_case_text_matches() -> None:
    assert kinds("BUPATI PIMPIN APEL DAN IKRAR NETRALITAS") == ["ikrar-deklarasi", "apel-upacara"]


@pytest.mark.parametrize("text", ["(", "apel " * 50000, "İİİ sanksi İİİ"])
def test_never_raises(text: str) -> None:
    activities.extract(doc_of(text))


def test_offsets_survive_letters_that_lengthen_when_lowered() -> None:
    text = "İstanbul İİ: pegawai diberi sanksi."
    found = activities.extract(doc_of(text))
    span = found[0].why.span
    assert span is not None and text[span.start : span.end] == "sanksi"


def test_patterns_are_lower_case_and_start_at_a_word() -> None:
    data = rules.load("activities", activities._SPEC)
    assert set(data["keywords"]) == set(ACTIVITIES)
    for group in ("keywords", "negative"):
        for patterns in data[group].values():
            for p in patterns:
                assert not re.search(r"(?<!\\)[A-Z]", p.pattern), p.pattern
                if group == "keywords":
                    assert p.pattern.startswith(r"\b"), p.pattern
