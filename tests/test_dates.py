"""Unit tests of the event-date stage, run on hand-made pieces (no cleaning stage involved)."""

from __future__ import annotations

import time

import pytest

from netralitas.document import Cleaned, Document, Piece
from netralitas.extract import dates
from netralitas.model import Extraction

FILLER = "Para pegawai diminta menjaga netralitas selama tahapan berlangsung"


def doc_of(*parts: tuple[str, str]) -> Document:
    """A document whose pieces are `parts` (kind, text), one per line."""
    body, pieces = "", []
    for kind, text in parts:
        if body:
            body += "\n\n"
        pieces.append(Piece(len(body), len(body) + len(text), text, kind))
        body += text
    doc = Document(path="t", body=body, out=Extraction(source="t", article_id="t"))
    doc.clean = Cleaned(body, pieces)
    return doc


def para(text: str) -> tuple[str, str]:
    return ("para", text)


def event(text: str):
    return dates.extract(doc_of(para(f"{FILLER}, {text} di kantor bupati.")))


@pytest.mark.parametrize(
    ("written", "iso", "inferred"),
    [
        ("Rabu (29/11/2023)", "2023-11-29", False),
        ("Rabu (22/05/24)", "2024-05-22", False),
        ("(10/08/2024)", "2024-08-10", False),
        ("Rabu, 6 November 2024", "2024-11-06", False),
        ("Rabu (11/10)", "2023-10-11", True),
        ("Senin (25/9)", "2023-09-25", True),
        ("Senin (30/09/2024)", "2024-09-30", False),
        ("Kamis, (17/10/2024)", "2024-10-17", False),
        ("Senin 13/11/2023", "2023-11-13", False),
        ("Senin (7 Oktober 2024)", "2024-10-07", False),
        ("Senin 18 November 2024", "2024-11-18", False),
        ("6 Juli 2024", "2024-07-06", False),
        ("(16/10/24)", "2024-10-16", False),
        ("Jumat, (17/05)", "2024-05-17", True),
        ("Senin (27/11l", "2023-11-27", True),
        ("Jum'at (17/11/2023)", "2023-11-17", False),
        ("Jum’at (17/11/2023)", "2023-11-17", False),
        ("Kamis, 23 Nopember 2023", "2023-11-23", False),
        ("Jumat, 9 Pebruari 2024", "2024-02-09", False),
        ("Selasa (8 Okt 2024)", "2024-10-08", False),
        ("Kamis (7 Des. 2023)", "2023-12-07", False),
        ("Senin, 4 Mar 2024", "2024-03-04", False),
        ("Sabtu (10 Agt 2024)", "2024-08-10", False),
        ("Senin pagi (25/9)", "2023-09-25", True),
        ("SENIN (13/1)", "2025-01-13", True),
        ("Ahad (5/11/2023)", "2023-11-05", False),
    ],
)
def test_forms(written: str, iso: str, inferred: bool) -> None:
    got = event(written)
    assert got is not None
    assert (got.date, got.text, got.inferred) == (iso, written, inferred)


def test_evidence_span_points_into_body() -> None:
    doc = doc_of(
        para("Judul berita tentang netralitas pegawai"), para(f"{FILLER}, Rabu (29/11/2023).")
    )
    got = dates.extract(doc)
    assert got is not None and got.why.span is not None
    assert doc.body[got.why.span.start : got.why.span.end] == got.text == "Rabu (29/11/2023)"
    assert got.why.rule == "dates.body-weekday"


def test_weekday_mismatch_keeps_date_with_lower_confidence() -> None:
    right, wrong = event("Rabu (29/11/2023)"), event("Selasa (29/11/2023)")
    assert right is not None and wrong is not None
    assert wrong.date == right.date == "2023-11-29"
    assert wrong.why.confidence < right.why.confidence


@pytest.mark.parametrize(
    "text",
    [
        "(31/02/2024)",  # no such day
        "(29/2/2023)",  # not a leap year
        "(12/13/2024)",  # no thirteenth month
        "Undang-Undang Nomor 5 Tahun 2014",
        "Pemilu 2024",
        "pukul 09.30 WIB",
        "sebanyak 3.5 persen",
        "17 Agustus 1945",
        "Perbup Nomor 12/2/2023",
        "pemungutan suara 14 Februari 2024",
        "pencoblosan pada 27 November 2024",
        "27 November 2024 mendatang",
        "",
    ],
)
def test_not_event_dates(text: str) -> None:
    assert event(text) is None


def test_first_weekday_date_wins_over_later_earlier_event() -> None:
    doc = doc_of(
        para(f"{FILLER}, Rabu (29/11/2023)."),
        para(f"Sementara pada Selasa (28/11/2023) ini sudah dilaksanakan deklarasi. {FILLER}."),
    )
    got = dates.extract(doc)
    assert got is not None and got.date == "2023-11-29"


def test_weekday_date_beats_earlier_bare_date() -> None:
    doc = doc_of(
        para(f"Pada 6 Juli 2024 lalu pegawai sudah berkumpul. {FILLER}."),
        para(f"{FILLER}, Senin (7/10/2024)."),
    )
    got = dates.extract(doc)
    assert got is not None and got.date == "2024-10-07"


def test_caption_counts_only_without_body_date() -> None:
    caption = ("caption", "Bupati memberi arahan kepada pegawai (10/08/2024). Foto: Humas.")
    alone = dates.extract(doc_of(caption, para(f"{FILLER} menjelang Pilkada.")))
    assert alone is not None and alone.date == "2024-08-10"
    assert alone.why.rule == "dates.caption-date"
    both = dates.extract(doc_of(caption, para(f"{FILLER}, Senin (12/8/2024).")))
    assert both is not None and both.date == "2024-08-12"


@pytest.mark.parametrize(
    "header",
    [
        ("para", "Selasa, 1 Oktober 2024, 00:45 WITA"),
        ("para", "Selasa, 1 Oktober 2024"),
        ("para", "Kabarkita.com - 01/10/2024, 10:45 WIB"),
        ("para", "Diterbitkan oleh redaksi pada Selasa, 1 Oktober 2024 untuk pembaca setia"),
        ("header", "Selasa, 1 Oktober 2024 oleh Redaksi Kabarkita dan tim liputan daerah"),
    ],
)
def test_publication_header_loses_to_event(header: tuple[str, str]) -> None:
    got = dates.extract(doc_of(header, para(f"{FILLER}, Senin (30/9).")))
    assert got is not None and (got.date, got.inferred) == ("2024-09-30", True)
    only = dates.extract(doc_of(header, para(f"{FILLER} menjelang Pilkada.")))
    assert only is not None and only.date == "2024-10-01"
    assert only.why.rule == "dates.publication-header"


def test_time_inside_a_paragraph_is_still_the_event() -> None:
    got = event("Senin (7/10/2024) pukul 08.00 WIB")
    assert got is not None and got.why.rule == "dates.body-weekday"


def test_future_reference_loses_to_event() -> None:
    doc = doc_of(
        para(f"Apel akan digelar pada Kamis (10/10/2024) di alun-alun. {FILLER}."),
        para(f"{FILLER}, Senin (7/10/2024)."),
    )
    got = dates.extract(doc)
    assert got is not None and got.date == "2024-10-07"


def test_yearless_without_weekday_borrows_the_article_year() -> None:
    doc = doc_of(
        para("Selasa, 1 Oktober 2024, 00:45 WITA"),
        para(f"Kegiatan itu digelar pada 28 September lalu. {FILLER}."),
    )
    got = dates.extract(doc)
    assert got is not None and (got.date, got.inferred) == ("2024-09-28", True)


def test_lowercase_minggu_is_not_a_weekday() -> None:
    got = event("dua minggu lalu, 3 September 2024")
    assert got is not None and got.text == "3 September 2024"
    assert got.why.rule == "dates.body-date"


def test_election_day_with_weekday_is_an_event() -> None:
    got = event("Rabu (27/11/2024)")
    assert got is not None and got.date == "2024-11-27"


def test_without_cleaning_reads_the_lines() -> None:
    body = f"{FILLER}, Rabu (29/11/2023).\n"
    doc = Document(path="t", body=body, out=Extraction(source="t", article_id="t"))
    got = dates.extract(doc)
    assert got is not None and got.date == "2023-11-29"


@pytest.mark.parametrize(
    "text",
    ["", "(", "Rabu (", "Rabu ((((", "(29/", "Senin (99/99/9999)", "\n\n\n", "(1/1" * 1000],
)
def test_never_raises(text: str) -> None:
    dates.extract(doc_of(para(text)))


def test_long_line_is_fast() -> None:
    text = (FILLER + " Rabu (29/11/2023) 12/3 (4/5) Senin ") * 20000  # about 1.7 MB
    start = time.perf_counter()
    got = dates.extract(doc_of(para(text)))
    assert got is not None and got.date == "2023-11-29"
    assert time.perf_counter() - start < 5


def test_bare_weekday_moves_the_header_date_back() -> None:
    doc = doc_of(
        para("Senin, 30 September 2024 18:45 WIB"),
        para(f"{FILLER}, kata Sekda di Tenggarong, Jumat."),
    )
    got = dates.extract(doc)
    assert got is not None and (got.date, got.text, got.inferred) == ("2024-09-27", "Jumat", True)
    assert got.why.rule == "dates.weekday-before-header"


def test_bare_weekday_same_as_header_keeps_the_day() -> None:
    doc = doc_of(para("Senin, 30 September 2024 18:45 WIB"), para(f"{FILLER}, pada Senin."))
    got = dates.extract(doc)
    assert got is not None and got.date == "2024-09-30"


def test_timed_header_needs_a_short_line() -> None:
    text = f"Kamis, 10 Oktober 2024 10.00 WIB, bertempat di aula kantor bupati, {FILLER}."
    got = dates.extract(doc_of(para(text)))
    assert got is not None and got.why.rule == "dates.body-weekday"
