"""Stage `clean`: page furniture out, captions and headers apart, repeated text once.

Golden cleaned texts: tests/golden/clean/NAME.clean lists the kept pieces of NAME.txt, one per
line as "KIND: text" (test_golden.py checks the extracted facts of the same article).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netralitas.document import Cleaned, Document
from netralitas.extract import clean as clean_stage
from netralitas.extract import heading
from netralitas.extract.clean import clean
from netralitas.model import Extraction

GOLDEN = Path(__file__).parent / "golden" / "clean"
CASES = sorted(GOLDEN.glob("*.clean"))

LEDE = (
    "CIANJUR – Bupati Cianjur mengingatkan seluruh aparatur sipil negara agar menjaga "
    "netralitas menjelang Pemilu 2024 dalam apel pagi di halaman kantor bupati, Senin (2/10/2023)."
)
BODY = (
    "Menurut dia, pegawai yang terbukti ikut berkampanye akan diperiksa inspektorat dan bisa "
    "dijatuhi hukuman disiplin sesuai peraturan yang berlaku bagi pegawai negeri."
)


def kept(c: Cleaned) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in c.pieces]


def reasons(c: Cleaned) -> dict[str, str]:
    return {r.span.text(c.body).strip(): r.reason for r in c.removed}


def assert_slices(c: Cleaned) -> None:
    """Every piece and removal is a true slice of the body; pieces in order, not overlapping."""
    end = 0
    for p in c.pieces:
        assert c.body[p.start : p.end] == p.text
        assert p.text == p.text.strip() and p.text
        assert p.start >= end
        end = p.end
    for r in c.removed:
        assert 0 <= r.span.start < r.span.end <= len(c.body)


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_golden_cleaned_text(case: Path) -> None:
    body = case.with_suffix(".txt").read_text(encoding="utf-8")
    want = []
    for line in case.read_text(encoding="utf-8").splitlines():
        kind, _, text = line.partition(": ")
        want.append((kind, text))
    got = clean(body)
    assert kept(got) == want
    assert_slices(got)


def test_furniture_lines_are_removed_with_their_reason() -> None:
    body = "\n".join(
        [
            "HEADLINE",
            "Share it",
            "ADVERTISEMENT",
            "SCROLL TO CONTINUE WITH CONTENT",
            "Beranda / Berita / Daerah",
            LEDE,
            "0 Comments",
            "Baca juga: Bupati Lantik Kepala Dinas Baru",
            BODY,
            "Pewarta : Agus",
            "Editor : Ardy",
            "Back to top button",
        ]
    )
    c = clean(body)
    assert kept(c) == [("para", LEDE), ("para", BODY)]
    why = reasons(c)
    assert why["HEADLINE"] == "label"
    assert why["Share it"] == "furniture: share"
    assert why["ADVERTISEMENT"] == "furniture: ads"
    assert why["SCROLL TO CONTINUE WITH CONTENT"] == "furniture: ads"
    assert why["Beranda / Berita / Daerah"] == "furniture: navigation"
    assert why["0 Comments"] == "comment form"  # too early to cut the rest
    assert why["Baca juga: Bupati Lantik Kepala Dinas Baru"] == "related link"
    assert why["Pewarta : Agus"] == why["Editor : Ardy"] == "byline"
    assert why["Back to top button"] == "furniture: navigation"
    assert_slices(c)


@pytest.mark.parametrize(
    "junk",
    [
        "Bagikan:",
        "Facebook Twitter WhatsApp Telegram",
        "Scroll untuk membaca",
        "Lanjutkan membaca",
        "Komentar (3)",
        "Tulis Komentar",
        "2 jam yang lalu",
        "Dibaca: 1.204 kali",
        "Tags: netralitas, pilkada",
        "#Pilkada2024 #NetralitasASN",
        "Copyright © 2024 Kabar Daerah",
        "Ikuti berita terkini dari kami di Google News",
        "Halaman 1 dari 2",
        "Artikel ini telah tayang di Kabarkota.com dengan judul Bupati Ajak ASN Netral",
        "Laporan wartawan Kabarkota.com, Rina Marlina",
        "Penulis: Rina | Editor: Agus",
        "Foto: Humas Pemkab",
        "POLITIK & PEMERINTAHAN",
        "Pilkada 2024",
        "* * *",
    ],
)
def test_more_furniture_goes(junk: str) -> None:
    c = clean(f"{junk}\n{LEDE}")
    assert kept(c) == [("para", LEDE)], reasons(c)


@pytest.mark.parametrize(
    ("ending", "signoff"),
    [
        ("pungkasnya. NDI/SYA", "NDI/SYA"),
        ("tandasnya. (rkp)", "(rkp)"),
        ("katanya. (***)", "(***)"),
        ("ujarnya.(adv/hms)", "(adv/hms)"),
        ("tutupnya. (Pewarta: Agus)", "(Pewarta: Agus)"),
    ],
)
def test_signoff_glued_to_the_last_paragraph_is_cut(ending: str, signoff: str) -> None:
    last = f"“Kami akan menindak tegas setiap pelanggaran,” {ending}"
    c = clean(f"{LEDE}\n{last}")
    assert kept(c)[-1] == ("para", last[: -len(signoff)].rstrip())
    assert reasons(c)[signoff] == "sign-off"


@pytest.mark.parametrize("tail", ["dan PNS/PPPK", "bagi pegawai (ASN)", "kata Bupati NTB"])
def test_text_that_only_looks_like_a_signoff_stays(tail: str) -> None:
    line = f"Imbauan itu berlaku untuk seluruh pegawai {tail}"
    assert kept(clean(f"{LEDE}\n{line}"))[-1] == ("para", line)


def test_comment_form_cuts_the_rest_only_after_the_article_began() -> None:
    form = "LEAVE A REPLY\nPlease enter your comment!\nNama Komentator: Bagus sekali beritanya"
    c = clean(f"{LEDE}\n{BODY}\n{form}")
    assert kept(c) == [("para", LEDE), ("para", BODY)]
    assert c.removed[-1].reason == "comment form and after"
    assert c.removed[-1].span.end == len(c.body)
    early = clean(f"Leave a Comment\n{LEDE}\n{BODY}")
    assert kept(early) == [("para", LEDE), ("para", BODY)]


def test_caption_is_kept_apart_and_its_second_copy_dropped() -> None:
    cap = "Bupati memimpin apel netralitas ASN di halaman kantor bupati. Foto: Humas Pemkab."
    c = clean(f"{cap}\n{cap}\n{LEDE}")
    assert kept(c) == [("caption", cap), ("para", LEDE)]
    assert reasons(c)[cap] == "repeated caption"
    assert c.paragraphs == [c.pieces[1]]
    assert cap not in c.text


@pytest.mark.parametrize(
    "caption",
    [
        "Pj Wali Kota saat memberi arahan kepada pegawai (foto:Rina/Kabarkota.com).",
        "Pj Wali Kota saat memberi arahan kepada pegawai. (Dok. Humas)",
        "Pj Wali Kota saat memberi arahan kepada pegawai. ANTARA/HO-Diskominfo",
        "FOTO: Pj Wali Kota saat memberi arahan kepada pegawai di aula, Senin (7/10/2024).",
        "Pj Wali Kota saat memberi arahan kepada pegawai. (Istimewa)",
    ],
)
def test_caption_forms(caption: str) -> None:
    assert kept(clean(f"{caption}\n{LEDE}"))[0] == ("caption", caption)


def test_paragraph_with_a_quote_and_a_glued_credit_stays_text() -> None:
    line = "“Kami tidak akan ragu menjatuhkan sanksi kepada pegawai,” tegasnya. Foto: Humas."
    assert kept(clean(f"{LEDE}\n{line}"))[-1] == ("para", line)


@pytest.mark.parametrize(
    "header",
    [
        "Selasa, 1 Oktober 2024, 00:45 WITA",
        "Rabu, 06 Nov 2024 14:20 WIB",
        "06/11/2024 14:20 WIB",
        "Diterbitkan 6 November 2024",
        "Kabarkota.com - 06/11/2024, 14:20 WIB",
        "Oleh Redaksi - Rabu, 6 November 2024 | 10:15 WIB",
    ],
)
def test_publication_header_is_a_header_piece(header: str) -> None:
    c = clean(f"{header}\n{LEDE}")
    assert kept(c) == [("header", header), ("para", LEDE)]
    assert c.paragraphs == [c.pieces[1]]


def test_repeated_body_with_small_edits_is_reduced_to_one_copy() -> None:
    paras = [
        LEDE,
        BODY,
        "Ia juga meminta kepala perangkat daerah mendata pegawai yang mengambil cuti selama "
        "masa kampanye agar pengawasan bisa dilakukan sejak awal.",
        "“Kita ingin semua pegawai tetap melayani masyarakat dengan baik,” tutup Bupati.",
    ]
    edited = [
        paras[0].replace("CIANJUR – ", "").replace(", Senin (2/10/2023)", ""),
        paras[1].replace("Menurut dia", "Menurut Bupati"),
        "Bupati juga meminta kepala dinas mendata pegawai yang mengambil cuti selama masa "
        "kampanye agar pengawasan dilakukan sejak awal.",
        paras[3],
    ]
    c = clean("\n".join(paras + edited))
    assert kept(c) == [("para", p) for p in paras]
    # three copies close enough to be repeats; the edited third one is caught between them
    assert [r.reason for r in c.removed] == ["repeated text"] * 2 + ["repeated body"] + [
        "repeated text"
    ]


def test_similar_but_distinct_paragraphs_are_kept() -> None:
    a = "Bupati meminta pegawai menjaga netralitas di media sosial selama masa kampanye Pilkada."
    b = "Sekda meminta pegawai menjaga kerahasiaan data pemilih selama masa pemutakhiran data."
    assert kept(clean(f"{a}\n{b}")) == [("para", a), ("para", b)]


def test_short_lines_repeat_only_when_identical() -> None:
    c = clean("Netralitas harga mati\nNetralitas harga mati\nNetralitas bukan pilihan")
    assert kept(c) == [("para", "Netralitas harga mati"), ("para", "Netralitas bukan pilihan")]


def test_related_list_after_the_article() -> None:
    body = f"{LEDE}\n{BODY}\nBerita Terkait\nBupati Lantik Pejabat\n3 hari lalu\nDPRD Sahkan APBD"
    assert kept(clean(body)) == [("para", LEDE), ("para", BODY)]


def test_link_heading_takes_its_link_even_before_the_article() -> None:
    body = f"BACA JUGA\nKapolres Ajak Warga Jaga Kamtibmas\nBupati Ajak ASN Netral\n{LEDE}"
    c = clean(body)
    assert kept(c) == [("para", "Bupati Ajak ASN Netral"), ("para", LEDE)]
    assert reasons(c)["Kapolres Ajak Warga Jaga Kamtibmas"] == "related list"


def test_list_heading_before_the_article_takes_nothing_else() -> None:
    c = clean(f"Berita Terkait\nBupati Ajak ASN Netral\n{LEDE}")
    assert kept(c) == [("para", "Bupati Ajak ASN Netral"), ("para", LEDE)]


@pytest.mark.parametrize(
    "body",
    ["", "   ", "\n\n\n", "\t \u200b\n\ufeff", "“", "***", "Share it", "a", "“tanpa penutup"],
)
def test_no_exception_on_degenerate_input(body: str) -> None:
    c = clean(body)
    assert_slices(c)
    doc = Document(path="x", body=body, out=Extraction(source="x", article_id="x"), clean=c)
    heading.extract(doc)


def test_crlf_and_zero_width_edges_stay_slices() -> None:
    body = f"\ufeffJudul Berita Netralitas ASN\r\n\r\n\u200b{LEDE}\u200b \r\n"
    c = clean(body)
    assert [p.text for p in c.pieces] == ["Judul Berita Netralitas ASN", LEDE]
    assert_slices(c)


def test_huge_inputs_are_fast_and_safe() -> None:
    words = [f"kata{i % 997}x{i % 13}" for i in range(150_000)]
    one_line = " ".join(words)  # about 1.5 MB on one line
    many = "\n\n".join(" ".join(words[i : i + 50]) for i in range(0, len(words), 50)) * 3
    started = time.perf_counter()
    for body in (one_line, many, "(" * 1_000_000, "Foto: " * 200_000, ". NDI/SYA" * 100_000):
        c = clean(body)
        assert_slices(c)
        heading.extract(Document("x", body, Extraction("x", "x"), clean=c))
    assert time.perf_counter() - started < 30


_PARTS = [
    "\n",
    "\n\n",
    " ",
    "\r\n",
    "\u200b",
    "Share it",
    "HEADLINE",
    "Baca juga: ",
    "LEAVE A REPLY",
    "Pewarta : Agus",
    "(rkp)",
    " NDI/SYA",
    "(***)",
    "Foto: Humas.",
    "(foto:Agus/Kabar.com)",
    "Selasa, 1 Oktober 2024, 00:45 WITA",
    "CIANJUR – ",
    "HALOSMI.ID – ",
    "Tenggarong (ANTARA) - ",
    "“",
    "”",
    "Bupati Ajak ASN Netral",
    LEDE,
    BODY,
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_PARTS), st.text(max_size=30)), max_size=40))
def test_any_text_gives_slices_and_a_heading(parts: list[str]) -> None:
    body = "".join(parts)
    c = clean(body)
    assert_slices(c)
    h = heading.extract(Document("x", body, Extraction("x", "x"), clean=c))
    for tv in (h.title, h.subtitle, h.outlet, h.dateline):
        if tv is not None:
            assert tv.why.span is not None and tv.why.span.text(body) == tv.value


def test_stage_entry_point_uses_the_document_body() -> None:
    doc = Document(path="x", body=f"Share it\n{LEDE}", out=Extraction(source="x", article_id="x"))
    assert kept(clean_stage.extract(doc)) == [("para", LEDE)]
