"""Quotes stage: quote marks, statement filter, attribution.

Most cases run the clean stage and the quotes stage on a short text with the officials given by
hand, so they pin this stage whatever the officials stage finds; the golden cases in
tests/golden/quotes/ run the whole pipeline.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netralitas.document import Document, Piece
from netralitas.extract import clean, extract_text, quotes
from netralitas.extract.lexicon import lexicon, role_key, role_match, run_at, tolerant
from netralitas.extract.quotemarks import Block, blocks, scan
from netralitas.model import Extraction, Fact, Official, Quote

LEX = lexicon()

OFFICIALS = [
    ("Budi Santoso", "Bupati Garut", [], ["Budi"]),
    ("Andi Pratama", "Penjabat (Pj) Sekretaris Daerah (Sekda) Kabupaten Garut", [], []),
    ("Rudi Hartono", "Kapolres Garut", [], []),
]


def officials(spec=OFFICIALS) -> list[Official]:
    return [
        Official(name=n, role=r, why=Fact("test"), other_roles=list(o), aliases=list(a))
        for n, r, o, a in spec
    ]


def doc_of(body: str, people: list[Official] | None = None) -> Document:
    doc = Document(path="t.txt", body=body, out=Extraction(source="t.txt", article_id="t"))
    doc.clean = clean.extract(doc)
    doc.out.officials = officials() if people is None else people
    return doc


def run(body: str, people: list[Official] | None = None) -> list[Quote]:
    return quotes.extract(doc_of(body, people))


def pairs(body: str, people: list[Official] | None = None) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in run(body, people)]


BUDI, ANDI, RUDI = "Budi Santoso", "Andi Pratama", "Rudi Hartono"
INTRO = "Bupati Garut Budi Santoso membuka acara itu.\n\n"

# (id, text, expected [(quote text, speaker)])
CASES = [
    (
        "curly",
        INTRO + "“Kita harus netral sampai akhir,” kata Budi.",
        [("Kita harus netral sampai akhir,", BUDI)],
    ),
    (
        "straight",
        INTRO + '"Kita harus netral sampai akhir," kata Budi.',
        [("Kita harus netral sampai akhir,", BUDI)],
    ),
    (
        "straight-opens-curly-closes",
        INTRO + '"Kita harus netral sampai akhir,” ujarnya.',
        [("Kita harus netral sampai akhir,", BUDI)],
    ),
    (
        "opens-with-closer",
        INTRO + "” Kita harus netral sampai akhir,” ujarnya.",
        [("Kita harus netral sampai akhir,", BUDI)],
    ),
    (
        "doubled-curly-apostrophes",
        INTRO + "’’Kita harus netral sampai akhir,’’ ujarnya.",
        [("Kita harus netral sampai akhir,", BUDI)],
    ),
    (
        "doubled-straight-apostrophes",
        INTRO + "''Kita harus netral sampai akhir,'' ujarnya.",
        [("Kita harus netral sampai akhir,", BUDI)],
    ),
    (
        "spaces-inside",
        INTRO + "“ Kita harus netral sampai akhir, ” kata Budi.",
        [("Kita harus netral sampai akhir,", BUDI)],
    ),
    (
        "straight-spaces-inside",
        INTRO + '" Kita harus netral sampai akhir "  ujar dia.',
        [("Kita harus netral sampai akhir", BUDI)],
    ),
    (
        "glued-opening",
        'Budi Santoso mengatakan,"Kita harus netral sampai akhir," katanya.',
        [("Kita harus netral sampai akhir,", BUDI)],
    ),
    (
        "line-break",
        INTRO + "“Kita harus netral dan\ntidak memihak siapa pun,” kata Budi.",
        [("Kita harus netral dan\ntidak memihak siapa pun,", BUDI)],
    ),
    (
        "paragraph-break",
        INTRO + "“Kita harus netral dan\n\ntidak memihak siapa pun,” kata Budi.",
        [("Kita harus netral dan\n\ntidak memihak siapa pun,", BUDI)],
    ),
    (
        "cue-on-next-line",
        INTRO + "“Kita harus netral sampai akhir,”\nkata Rudi Hartono.",
        [("Kita harus netral sampai akhir,", RUDI)],
    ),
    (
        "missing-opening",
        INTRO + "Kita harus netral dan tidak memihak siapa pun,” katanya.",
        [("Kita harus netral dan tidak memihak siapa pun,", BUDI)],
    ),
    (
        "missing-closing",
        INTRO
        + "“Kita harus netral sampai akhir, kata Budi. “Pelanggar akan kami tindak,” katanya.",
        [("Kita harus netral sampai akhir,", BUDI), ("Pelanggar akan kami tindak,", BUDI)],
    ),
    (
        "multi-paragraph",
        INTRO
        + "“Pemilu datang dan pergi, tetapi ASN tetap melayani.\n\n“Karena itu jaga sikap,” kata Andi Pratama.",
        [
            ("Pemilu datang dan pergi, tetapi ASN tetap melayani.", ANDI),
            ("Karena itu jaga sikap,", ANDI),
        ],
    ),
    (
        "ends-mid-quote",
        "Budi Santoso mengatakan, “Kepala desa milik semua warga, bukan milik",
        [("Kepala desa milik semua warga, bukan milik", BUDI)],
    ),
    (
        "scare-quotes",
        "Budi Santoso meminta ASN tetap 'netral' dan tidak “genit” di media sosial menjelang pemilu.",
        [],
    ),
    (
        "short-partial-quote",
        'Budi Santoso menyebut ASN "tidak boleh ikut-ikutan" dalam kampanye.',
        [],
    ),
    (
        "event-title",
        "Pemkab Garut menggelar apel bertajuk “Netralitas ASN Menuju Pilkada Damai 2024” di alun-alun.",
        [],
    ),
    (
        "regulation-title",
        "Budi Santoso merujuk pada “Surat Keputusan Bersama tentang Pedoman Netralitas Pegawai”.",
        [],
    ),
    (
        "title-case-slogan",
        "Di depan kantor terpasang “Gerakan Bersama Jaga Netralitas Aparatur”.",
        [],
    ),
    ("short-with-cue", INTRO + "“Siap!” jawab Budi.", [("Siap!", BUDI)]),
    ("non-official-cue", INTRO + "“Siap!” jawab para peserta.", [("Siap!", None)]),
    (
        "clitic",
        INTRO + "“Jaga netralitas,” tegasnya.\n\n“Jangan ikut kampanye,” pungkasnya.",
        [("Jaga netralitas,", BUDI), ("Jangan ikut kampanye,", BUDI)],
    ),
    (
        "clitic-typo",
        INTRO
        + "“Jaga netralitas,” ujarnnya.\n\n“Jangan ikut kampanye,” pungaksnya.\n\n“Laporkan pelanggaran,” tegas nya.",
        [
            ("Jaga netralitas,", BUDI),
            ("Jangan ikut kampanye,", BUDI),
            ("Laporkan pelanggaran,", BUDI),
        ],
    ),
    (
        "unlisted-clitic",
        INTRO + "“Jaga netralitas kita,” kelakarnya.",
        [("Jaga netralitas kita,", BUDI)],
    ),
    ("kata-dia", INTRO + "“Jaga netralitas kita,” kata dia.", [("Jaga netralitas kita,", BUDI)]),
    (
        "ia-menegaskan",
        INTRO + "“Jaga netralitas kita,” ia menegaskan.",
        [("Jaga netralitas kita,", BUDI)],
    ),
    (
        "role-pj-sekda",
        INTRO + "“Jaga netralitas kita,” tegas Pj Sekda.",
        [("Jaga netralitas kita,", ANDI)],
    ),
    (
        "role-kapolres",
        INTRO + "“Kami amankan semua tahapan,” kata Kapolres.",
        [("Kami amankan semua tahapan,", RUDI)],
    ),
    (
        "role-with-region",
        INTRO + "“Kami amankan semua tahapan,” kata Kapolres Garut.",
        [("Kami amankan semua tahapan,", RUDI)],
    ),
    (
        "role-demonstrative",
        INTRO
        + "Rudi Hartono hadir.\n\n“Kami amankan semua tahapan,” ujar perwira menengah Polri ini.",
        [("Kami amankan semua tahapan,", RUDI)],
    ),
    (
        "short-name",
        INTRO + "“Kami amankan semua tahapan,” pesan Rudi.",
        [("Kami amankan semua tahapan,", RUDI)],
    ),
    (
        "subject-verb-after",
        INTRO + "“Kami amankan semua tahapan,” Rudi Hartono menambahkan.",
        [("Kami amankan semua tahapan,", RUDI)],
    ),
    (
        "passive-after",
        INTRO + "“Kami amankan semua tahapan,” demikian disampaikan Rudi Hartono.",
        [("Kami amankan semua tahapan,", RUDI)],
    ),
    (
        "apposition",
        "Acara dibuka.\n\n“Kami amankan semua tahapan,” kata Kapolres Garut, AKBP Rudi Hartono, kepada wartawan.",
        [("Kami amankan semua tahapan,", RUDI)],
    ),
    (
        "before-mengatakan",
        "Rudi Hartono hadir.\n\nBudi Santoso mengatakan, “ASN harus netral.”",
        [("ASN harus netral.", BUDI)],
    ),
    (
        "before-menurut",
        INTRO + "Menurut Rudi, “Kami siap mengamankan.”",
        [("Kami siap mengamankan.", RUDI)],
    ),
    (
        "before-colon",
        "Rudi Hartono hadir.\n\nAndi Pratama menegaskan: “Pelanggar akan disanksi.”",
        [("Pelanggar akan disanksi.", ANDI)],
    ),
    (
        "before-menurutnya",
        INTRO + "Menurutnya, “Semua harus ikut menjaga.”",
        [("Semua harus ikut menjaga.", BUDI)],
    ),
    (
        "before-kata",
        "Acara dibuka.\n\nKata Budi Santoso, “ASN harus netral.”",
        [("ASN harus netral.", BUDI)],
    ),
    (
        "colon-line-before",
        INTRO + "Rudi Hartono lalu mengatakan:\n\n“Kami siap mengamankan semua tahapan.”",
        [("Kami siap mengamankan semua tahapan.", RUDI)],
    ),
    (
        "two-in-turn",
        INTRO
        + "“ASN harus netral,” kata Budi. “Polisi juga netral,” sahut Rudi.\n\n“Itu komitmen kami,” ujarnya.",
        [("ASN harus netral,", BUDI), ("Polisi juga netral,", RUDI), ("Itu komitmen kami,", RUDI)],
    ),
    (
        "same-paragraph-continuation",
        INTRO + "“ASN harus netral,” kata Rudi Hartono. “Tidak ada tawar-menawar soal itu.”",
        [("ASN harus netral,", RUDI), ("Tidak ada tawar-menawar soal itu.", RUDI)],
    ),
    (
        "pronoun-subject-skipped",
        INTRO
        + "Ia juga memuji Kapolres Garut Rudi Hartono. “Warga bisa memilih dengan tenang,” katanya.",
        [("Warga bisa memilih dengan tenang,", BUDI)],
    ),
    (
        "object-not-subject",
        "Andi Pratama membuka acara.\n\nIa bertemu dengan Rudi Hartono di pendopo. “Kami sepakat menjaga netralitas,” katanya.",
        [("Kami sepakat menjaga netralitas,", ANDI)],
    ),
    (
        "context-no-cue",
        "Budi Santoso mengajak warga menjaga kondusivitas. “Mari kita jaga bersama-sama.”",
        [("Mari kita jaga bersama-sama.", BUDI)],
    ),
    (
        "unattributed",
        "“ASN netral, pilkada damai dan bermartabat.” Tulisan itu terpampang di spanduk.\n\nBudi Santoso hadir kemudian.",
        [("ASN netral, pilkada damai dan bermartabat.", None)],
    ),
    (
        "repeated",
        INTRO
        + "“ASN harus netral dan profesional dalam bekerja setiap hari,” kata Budi.\n\n“ASN harus netral dan profesional dalam bekerja setiap hari.” katanya.",
        [("ASN harus netral dan profesional dalam bekerja setiap hari,", BUDI)],
    ),
    (
        "near-repeat",
        INTRO
        + "“ASN harus netral dan profesional dalam bekerja setiap hari,” kata Budi.\n\n“ASN harus netral dan profesional dalam berkerja setiap hari,” katanya.",
        [("ASN harus netral dan profesional dalam bekerja setiap hari,", BUDI)],
    ),
    (
        "nested",
        INTRO + "“Jangan ada istilah ‘main aman’ dengan calon,” kata Budi.",
        [("Jangan ada istilah ‘main aman’ dengan calon,", BUDI)],
    ),
    (
        "single-marks",
        INTRO + "‘Pegawai cukup bekerja dengan baik,’ ujarnya. Ia datang Jum'at lalu.",
        [("Pegawai cukup bekerja dengan baik,", BUDI)],
    ),
    (
        "apostrophes-are-not-marks",
        "Budi Santoso hadir Jum'at pagi dan membaca Qur'an bersama warga.",
        [],
    ),
    (
        "baca-juga-not-speaker",
        INTRO
        + "Baca juga: Kapolres Garut Rudi Hartono Siaga Pilkada\n\n“Jaga netralitas kita,” katanya.",
        [("Jaga netralitas kita,", BUDI)],
    ),
    (
        "next-paragraph-cue",
        "Acara dibuka.\n\n“ASN harus netral dalam bekerja.”\n\n"
        "Hal itu disampaikan Kapolres Garut AKBP Rudi Hartono.",
        [("ASN harus netral dalam bekerja.", RUDI)],
    ),
    (
        "demikian-cue",
        INTRO + "“ASN harus netral dalam bekerja.”\n\nDemikian ditegaskan Rudi Hartono.",
        [("ASN harus netral dalam bekerja.", RUDI)],
    ),
    (
        "three-appositions",
        "Acara dibuka.\n\n“ASN harus netral,” jelas Kepala Bidang Pengadaan, "
        "Pemberhentian dan Informasi BKPSDM Garut, Rudi Hartono.",
        [("ASN harus netral,", RUDI)],
    ),
    (
        "bare-quote-paragraph-then-cue",
        "Rudi Hartono hadir.\n\n“ASN tetap melayani warga.”\n\n“Karena itu jaga sikap,” kata Budi Santoso.",
        [("ASN tetap melayani warga.", BUDI), ("Karena itu jaga sikap,", BUDI)],
    ),
    (
        "bare-quote-paragraph-after-a-quote",
        "Acara dibuka.\n\n“Kami siap,” kata Rudi.\n\n“ASN tetap melayani warga.”\n\n“Jaga sikap,” kata Budi.",
        [("Kami siap,", RUDI), ("ASN tetap melayani warga.", RUDI), ("Jaga sikap,", BUDI)],
    ),
    (
        "cue-names-a-body",
        INTRO + "“Kami sudah menerima tiga laporan,” kata Bawaslu.",
        [("Kami sudah menerima tiga laporan,", None)],
    ),
    (
        "honorific-and-lower-case-role",
        INTRO + "“Kami amankan semua tahapan,” kata pak kapolres.",
        [("Kami amankan semua tahapan,", RUDI)],
    ),
    (
        "honorific-and-role",
        INTRO + "“Kami amankan semua tahapan,” kata Pak Kapolres.",
        [("Kami amankan semua tahapan,", RUDI)],
    ),
    (
        "caption-excluded",
        "Bupati Garut Budi Santoso memberi arahan. (Foto: Humas)\n\n"
        + INTRO
        + "“Jaga netralitas kita,” katanya.",
        [("Jaga netralitas kita,", BUDI)],
    ),
]


@pytest.mark.parametrize(("body", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_phenomena(body: str, want: list[tuple[str, str | None]]) -> None:
    assert pairs(body) == want


def test_shared_first_name_goes_to_the_closest_mention() -> None:
    people = officials(
        [("Budi Santoso", "Bupati Klaten", [], []), ("Budi Hartono", "Kapolres Klaten", [], [])]
    )
    body = (
        "Bupati Klaten Budi Santoso membuka rapat.\n\n“Pelapor kami lindungi,” kata Budi.\n\n"
        "Kapolres Klaten AKBP Budi Hartono menyampaikan hal senada. “Personel sudah siaga,” kata Budi."
    )
    assert pairs(body, people) == [
        ("Pelapor kami lindungi,", "Budi Santoso"),
        ("Personel sudah siaga,", "Budi Hartono"),
    ]


def test_other_role_resolves() -> None:
    people = officials(
        [
            (
                "Dedi Kurniadi",
                "Ketua Korpri Kabupaten Ciamis",
                ["Kepala Dinas Perhubungan (Dishub) Kabupaten Ciamis"],
                [],
            )
        ]
    )
    body = "Ketua Korpri Kabupaten Ciamis, Dedi Kurniadi, hadir.\n\nBupati datang.\n\n“Kami awasi,” ujar Kepala Dinas Perhubungan (Dishub) Kabupaten Ciamis."
    (q,) = run(body, people)
    assert q.speaker == "Dedi Kurniadi" and q.why.rule == "quotes.after-cue-role"


def test_unlisted_speaker_gets_the_fuller_name_written_earlier() -> None:
    body = (
        INTRO
        + "Komandan Kodim Letkol Inf Heru Purwanto juga hadir.\n\n“TNI netral,” sahut Heru.\n\n“Tidak ada yang ikut politik,” katanya."
    )
    assert pairs(body) == [
        ("TNI netral,", "Heru Purwanto"),
        ("Tidak ada yang ikut politik,", "Heru Purwanto"),
    ]


def test_speaker_missed_by_officials_stage_is_known_from_the_start() -> None:
    body = (
        "Sekda Kota Mataram, Lalu Wirahadi Pratama, memberi arahan.\n\n“Satu foto bisa viral,” "
        "ujarnya.\n\n“Surat edaran sudah dikirim,” kata Wirahadi."
    )
    got = run(body, [])
    assert [(q.text, q.speaker) for q in got] == [
        ("Satu foto bisa viral,", "Wirahadi Pratama"),
        ("Surat edaran sudah dikirim,", "Wirahadi Pratama"),
    ]
    assert [q.why.rule for q in got] == [
        "quotes.clitic-previous-subject",
        "quotes.after-cue-unlisted-name",
    ]


def test_no_officials_gives_no_speaker_from_pronouns() -> None:
    assert pairs("Acara dibuka.\n\n“Jaga netralitas kita,” katanya.", []) == [
        ("Jaga netralitas kita,", None)
    ]


def test_why_names_rule_cue_span_and_confidence() -> None:
    body = INTRO + "“Jaga netralitas kita,” tegas Budi."
    (q,) = run(body)
    assert q.why.rule == "quotes.after-cue-name"
    assert q.why.span is not None and body[q.why.span.start : q.why.span.end] == "tegas Budi"
    assert 0 < q.why.confidence <= 1


def test_headline_quote_is_not_a_statement() -> None:
    from netralitas.extract import extract_text

    body = 'Bupati Garut: "Jangan Ada ASN Ikut Kampanye"\n\nGARUT – Bupati Garut Budi Santoso meminta ASN netral, Senin (2/9/2024).\n\n“Jangan ada ASN yang ikut kampanye pasangan calon,” kata Budi.'
    got = [(q["text"], q["speaker"]) for q in extract_text(body).to_json()["quotes"]]
    assert got == [("Jangan ada ASN yang ikut kampanye pasangan calon,", "Budi Santoso")]


# -- quote marks -----------------------------------------------------------------------------


def marks(body: str) -> list[tuple[str, bool, bool, bool]]:
    pieces = [Piece(i, i + len(line), line) for i, line in _lines(body)]
    return [
        (body[c.start : c.end], c.open_missing, c.close is None, c.continued)
        for c in scan(body, blocks(body, pieces), LEX.comma_cue)
    ]


def _lines(body: str):
    pos = 0
    for line in body.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


def test_marks_flags() -> None:
    assert marks("“A b c,” katanya.") == [("A b c,", False, False, False)]
    assert marks("A b c,” katanya.") == [("A b c,", True, False, False)]
    assert marks("“A b c.\n\n“D e,” katanya.") == [
        ("A b c.", False, True, True),
        ("D e,", False, False, False),
    ]
    assert marks("“A b c") == [("A b c", False, True, False)]
    assert marks("Kata “a” lalu “b c” dan 'd'.") == [
        ("a", False, False, False),
        ("b c", False, False, False),
        ("d", False, False, False),
    ]


def test_blocks_join_hard_wrapped_lines_only() -> None:
    body = "Satu dua tiga\nempat lima.\nEnam tujuh."
    pieces = [Piece(i, i + len(line), line) for i, line in _lines(body)]
    assert [b.text for b in blocks(body, pieces)] == ["Satu dua tiga\nempat lima.", "Enam tujuh."]


# -- vocabulary --------------------------------------------------------------------------------


def test_tolerant_cue_words() -> None:
    assert tolerant("ujarnnya", LEX.clitic_forms) == "ujarnya"
    assert tolerant("pungaksnya", LEX.clitic_forms) == "pungkasnya"
    assert tolerant("katanya", LEX.clitic_forms) == "katanya"
    assert tolerant("kampanye", LEX.clitic_forms) is None
    assert tolerant("kta", LEX.cue_verbs) is None  # short words need an exact match


@pytest.mark.parametrize(
    ("cue", "held", "fits"),
    [
        ("Pj Sekda", "Penjabat (Pj) Sekretaris Daerah (Sekda) Kota Padang", True),
        ("Sekda Padang", "Penjabat (Pj) Sekretaris Daerah (Sekda) Kota Padang", True),
        ("Kapolres", "Kapolres Garut", True),
        ("Kapolres Garut", "Kepala Kepolisian Resor Garut", True),
        ("Bupati Cianjur", "Bupati", True),
        ("Wali Kota Cimahi", "Pj Walikota Cimahi", True),
        ("Bupati", "Wakil Bupati Garut", False),
        ("Wakil Bupati", "Bupati Garut", False),
        ("Kepala Dinas Pendidikan", "Kepala Dinas Perhubungan", False),
        ("Ketua Bawaslu", "Ketua KPU Garut", False),
    ],
)
def test_role_match(cue: str, held: str, fits: bool) -> None:
    assert bool(role_match(role_key(cue, LEX), role_key(held, LEX))) is fits


def test_run_after_cue() -> None:
    text = "ujar Kepala Dinas Perhubungan (Dishub) Kabupaten Ciamis ini."
    r = run_at(text, 5, LEX)
    assert r is not None and r.text == "Kepala Dinas Perhubungan (Dishub) Kabupaten Ciamis"
    assert r.role and r.demonstrative
    r = run_at("kata Kapolres Garut, AKBP Rudi Hartono, kepada wartawan", 5, LEX)
    assert r is not None and r.text == "Kapolres Garut, AKBP Rudi Hartono"
    r = run_at("kata H. Budi Santoso Senin lalu", 5, LEX)
    assert r is not None and r.text == "H. Budi Santoso"


# -- the five evaluation articles, with their gold officials -------------------------------------

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="evaluation data not present")
@pytest.mark.parametrize("gold", sorted((SHARED / "gold").glob("*.yaml")), ids=lambda p: p.stem)
def test_eval_articles_with_gold_officials(gold: Path) -> None:
    g = yaml.safe_load(gold.read_text(encoding="utf-8"))
    body = (SHARED / "raw" / f"{gold.stem}.txt").read_text(encoding="utf-8")
    people = officials([(o["name"], o.get("role"), [], []) for o in g["officials"]])
    assert pairs(body, people) == [(q["text"], q["speaker"]) for q in g["quotes"]]


# -- robustness ------------------------------------------------------------------------------

_PIECES = "'' ’’ |kata |katanya |ujar dia |Budi |Budi Santoso |Kapolres |Menurut |mengatakan, |ini |Baca juga: |Jum'at |netral |Pj Sekda "
ALPHABET = st.sampled_from([*"“”„\"'’‘«»,.:;!? \n\n\t-–()aAbBkKnNyY", *_PIECES.split("|")])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ALPHABET, max_size=120).map("".join))
def test_any_marked_text(body: str) -> None:
    check(body)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text(body: str) -> None:
    check(body)


def check(body: str) -> None:
    for people in (officials(), []):
        got = run(body, people)
        assert [q.span.start for q in got] == sorted(q.span.start for q in got)
        for q in got:
            assert q.text == "".join(body[p.start : p.end] for p in q.source_parts())
            assert all(q.span.start <= p.start < p.end <= q.span.end for p in q.source_parts())
            assert q.text and q.text == q.text.strip()
            assert q.why.rule.startswith("quotes.") and 0 <= q.why.confidence <= 1
            span = q.why.span
            assert span is not None and 0 <= span.start <= span.end <= len(body)
            assert q.speaker is None or (isinstance(q.speaker, str) and q.speaker)


@pytest.mark.parametrize("body", ["", "\n\n", "“", "”", '"', "''", "“”", "“ ”", "a” b", "“a\n\n“b"])
def test_degenerate(body: str) -> None:
    check(body)


def test_without_clean_stage() -> None:
    doc = Document(
        path="t",
        body=INTRO + "“Jaga netralitas,” katanya.",
        out=Extraction(source="t", article_id="t"),
    )
    doc.out.officials = officials()
    assert [(q.text, q.speaker) for q in quotes.extract(doc)] == [("Jaga netralitas,", BUDI)]


def _single_block(body: str) -> Document:
    doc = doc_of("x", officials())
    doc.body = body
    assert doc.clean is not None
    doc.clean.pieces[:] = [Piece(0, len(body), body)]
    return doc


@pytest.mark.parametrize(
    "body",
    [
        " ".join(f"“Kalimat nomor {i} dari Budi,” katanya." for i in range(30000)),  # ~1 MB line
        "“a” ‘b’ 'c' \"d\" ”e“ " * 40000,
        "“" * 1_000_000,
        "Budi Santoso mengatakan bahwa ASN harus netral. " * 20000,
    ],
    ids=["many-quotes", "many-marks", "only-marks", "no-marks"],
)
@pytest.mark.slow
def test_one_megabyte_line_is_linear(body: str) -> None:
    doc = _single_block(body)
    start = time.process_time()
    got = quotes.extract(doc)
    assert time.process_time() - start < 30
    assert all(q.text == body[q.span.start : q.span.end] for q in got)


def test_deterministic() -> None:
    body = INTRO + "“Jaga netralitas,” katanya. “Jangan ikut kampanye,” kata Rudi Hartono."
    assert run(body) == run(body)


def test_block_type_is_a_body_slice() -> None:
    body = "a\nb"
    (b,) = blocks(body, [Piece(0, 1, "a"), Piece(2, 3, "b")])
    assert b == Block(0, 3, "a\nb")


def test_skips_leave_removed_lines_out_of_the_text() -> None:
    from netralitas.extract.quotemarks import Skips

    body = "awal kata\nIKLAN\nakhir kata"
    skips = Skips(body, [(10, 15)])
    assert skips.text(0, len(body)) == "awal kata\nakhir kata"
    assert skips.text(0, 9) == "awal kata"
    assert skips.text(16, len(body)) == "akhir kata"


_LINES = st.sampled_from(
    [
        "“Kami netral dan tidak memihak,” kata Budi.",
        "“Kalimat yang terpotong iklan",
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "masih berlanjut di baris ini,” ujar Budi Santoso.",
        "Bupati Contoh Budi Santoso hadir, Senin (7/10/2024).",
        "Baca juga: Berita lain",
        "",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_LINES, st.text(max_size=60)), max_size=12))
def test_every_quote_is_made_of_spans_of_its_source(lines: list[str]) -> None:
    """Through the whole pipeline (clean removes furniture inside quotes): the quote text is
    exactly the body at its parts, in order, inside its span."""
    body = "\n".join(lines)
    for q in extract_text(body).quotes:
        parts = q.source_parts()
        assert q.text == "".join(body[p.start : p.end] for p in parts)
        assert [p.start for p in parts] == sorted(p.start for p in parts)
        assert all(q.span.start <= p.start < p.end <= q.span.end for p in parts)


def test_quote_opening_on_a_removed_repeated_line_has_its_true_part() -> None:
    """Found by Hypothesis: a quote mark at the end of a line, the next line a repeat that
    clean removes.  The quote is one stretch of text that is not its whole span, so it keeps
    that part (the span alone would claim the removed line)."""
    body = (
        "“Pegawai wajib netral,” kata Rina.\n"
        "Kutipan lengkap «\n"
        "“Pegawai wajib netral,” kata Rina.\n"
        "sampai pelantikan nanti,” ujar Rina Wulandari."
    )
    last = extract_text(body).quotes[-1]
    assert last.text == "sampai pelantikan nanti,"
    assert [body[p.start : p.end] for p in last.source_parts()] == [last.text]


def test_quote_broken_by_an_advert_line_keeps_true_parts() -> None:
    body = (
        "Bupati Contoh Budi Santoso hadir, Senin (7/10/2024).\n"
        "“ASN harus netral sampai\nADVERTISEMENT\nhari pemungutan suara,” kata Budi."
    )
    [q] = extract_text(body).quotes
    assert q.text == "ASN harus netral sampai\nhari pemungutan suara,"
    assert [body[p.start : p.end] for p in q.parts] == [
        "ASN harus netral sampai\n",
        "hari pemungutan suara,",
    ]
