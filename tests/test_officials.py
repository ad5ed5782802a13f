"""Unit tests of the officials stage: tokens, names, roles, people, mentions."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netralitas.extract import extract_text, names, roles


def officials(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.role) for o in extract_text(text).officials]


def test_tokens_keep_offsets_and_split_glued_degrees() -> None:
    text = "Iwan Kurniawan,S.Sos. hadir. Ma'ruf Amin."
    toks = names.tokenize(text)
    assert [t.text for t in toks] == [
        "Iwan", "Kurniawan", ",", "S.Sos.", "hadir", ".", "Ma'ruf", "Amin", ".",
    ]  # fmt: skip
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert toks[4].sent_end and not toks[3].sent_end


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("H. Rudy Gunawan, S.H., M.H., membuka", "Rudy Gunawan"),
        ("Hj Anne Ratna Mustika SE mengatakan", "Anne Ratna Mustika"),
        ("AKBP Rohman Yonky Dilatha dan", "Rohman Yonky Dilatha"),
        ("Letkol Inf Anang Nurcahya menghadiri", "Anang Nurcahya"),
        ("M Arief mengatakan", "M Arief"),
        ("dr. Leli Yuliani, M.Kes, yang", "Leli Yuliani"),
        ("Tekankan Pentingnya Netralitas", None),
        ("Senin (7/10)", None),
        ("ASN Purwakarta", None),
    ],
)
def test_read_forward(text: str, name: str | None) -> None:
    toks = names.tokenize(text)
    found = names.read_forward(toks, 0, roles.blocked())
    assert (names.name_text(toks, *found, text) if found else None) == name


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Pj Wali Kota Cimahi, Dicky", "Pj Wali Kota Cimahi"),
        ("Ketua Korpri Kabupaten Cianjur Dadan Ginanjar", "Ketua Korpri Kabupaten Cianjur"),
        (
            "Penjabat (Pj) Sekretaris Daerah (Sekda) Kota Padang, Yudi",
            "Penjabat (Pj) Sekretaris Daerah (Sekda) Kota Padang",
        ),
        (
            "Kepala Dinas Perhubungan (Dishub) Kabupaten Cianjur ini",
            "Kepala Dinas Perhubungan (Dishub) Kabupaten Cianjur",
        ),
        (
            "Inspektur Inspektorat Bengkulu Selatan, Hamdan",
            "Inspektur Inspektorat Bengkulu Selatan",
        ),
        ("Dandim 0608/Cianjur Letkol Inf Anang", "Dandim 0608/Cianjur"),
        ("Asisten I Setkab Kukar Akhmad", "Asisten I Setkab Kukar"),
        ("Camat Cikalongkulon Asep Sodikin", "Camat Cikalongkulon"),
        ("Kepala Desa Sukanagalih, Ujang", "Kepala Desa Sukanagalih"),
        ("Ketua Panwascam Jatibarang, Udin", "Ketua Panwascam Jatibarang"),
        ("Kepala Dinas Pertamanan Kota Bogor Budi", "Kepala Dinas Pertamanan Kota Bogor"),
        ("Menteri PANRB Abdullah Azwar Anas", "Menteri PANRB"),
        ("Ketua mengatakan", None),  # "Ketua" needs an organisation
        ("Bupatinya hadir", None),
    ],
)
def test_role_match(text: str, role: str | None) -> None:
    toks = names.tokenize(text)
    rm = roles.match(toks, 0)
    got = text[toks[rm.a].start : toks[rm.b - 1].end] if rm else None
    assert got == role


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Pj Wali Kota Sukabumi", "Penjabat (Pj) Wali Kota Sukabumi", True),
        ("Bupati Purwakarta", "Pj Bupati Purwakarta", True),
        ("Bupati Cianjur", "Wakil Bupati Cianjur", False),
        (
            "Kepala BKPSDM Kaur",
            "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten Kaur",
            True,
        ),
        (
            "Ketua Korpri Kabupaten Cianjur",
            "Kepala Dinas Perhubungan (Dishub) Kabupaten Cianjur",
            False,
        ),
    ],
)
def test_same_role(a: str, b: str, same: bool) -> None:
    assert roles.same_role(a, b) is same


def test_role_before_and_after_the_name() -> None:
    assert officials("Dicky Saromi, Pj Wali Kota Cimahi, membuka rapat.") == [
        ("Dicky Saromi", "Pj Wali Kota Cimahi")
    ]
    assert officials("Rapat dibuka Pj Wali Kota Cimahi, Dicky Saromi, pagi ini.") == [
        ("Dicky Saromi", "Pj Wali Kota Cimahi")
    ]


def test_a_role_without_a_name_is_no_official() -> None:
    text = "Hadir Bupati Cianjur H Herman Suherman, Sekertaris Daerah (Sekda) Kabupaten Cianjur, Ketua Korpri Kabupaten Cianjur Dadan Ginanjar serta ASN."
    assert officials(text) == [
        ("Herman Suherman", "Bupati Cianjur"),
        ("Dadan Ginanjar", "Ketua Korpri Kabupaten Cianjur"),
    ]


def test_aliases_and_mentions_let_quotes_find_the_speaker() -> None:
    text = (
        "Bupati Cianjur H Herman Suherman membuka apel. Menurut H Herman, ASN harus netral.\n"
        "“Jaga netralitas,” tegas Herman.\n"
        "“Kami awasi,” kata Kapolres Cianjur AKBP Aszhari Kurniawan. Menurut Kapolres, patroli siber jalan."
    )
    herman, kapolres = extract_text(text).officials
    assert herman.aliases == ["Herman", "H Herman"]
    spans = [text[m.start : m.end] for m in herman.mentions]
    assert spans == ["Bupati Cianjur", "Herman Suherman", "Herman", "Herman"]
    assert "Kapolres" in [text[m.start : m.end] for m in kapolres.mentions]
    assert herman.why.rule == "officials.role-name" and herman.why.span is not None
    assert text[herman.why.span.start : herman.why.span.end] == "Bupati Cianjur H Herman Suherman"


def test_people_sharing_a_first_name_keep_it_to_neither() -> None:
    text = "Sekda Subang Budi Setiawan dan Ketua Bawaslu Subang Budi Hartono hadir. Budi tertawa."
    for o in extract_text(text).officials:
        assert "Budi" not in o.aliases


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "Bupati",
        "Pj Pj Pj , , Kepala ( ( ( Dinas",
        "“Kepala Dinas " * 300,
        "Bupati Cianjur H",
        "selaku Ketua Korpri",
        "Dadan, , Ketua Korpri Kabupaten Cianjur ini",
    ],
)
def test_never_raises(text: str) -> None:
    extract_text(text)


def test_long_line_is_linear() -> None:
    line = "Pj Bupati Garut Barnas Adjidin mengatakan, kata Barnas. " * 3000
    start = time.perf_counter()
    assert officials(line) == [("Barnas Adjidin", "Pj Bupati Garut")]
    assert time.perf_counter() - start < 20


def test_people_after_an_inline_related_teaser_are_not_officials() -> None:
    text = (
        "GARUT – Bupati Garut Rudy Gunawan meminta ASN netral. "
        "Baca juga: Bupati Subang Ruhimat Minta ASN Tak Kampanye\nKata Rudy, ASN harus netral."
    )
    assert officials(text) == [("Rudy Gunawan", "Bupati Garut")]
    assert [r.name for r in extract_text(text).regions] == ["Kabupaten Garut"]


def test_headline_name_needs_the_body() -> None:
    body = "\n\nGARUT – Pemkab Garut menggelar apel. Menurut Rudy, ASN harus netral."
    assert officials("Bupati Garut Rudy Gunawan Minta ASN Netral" + body) == [
        ("Rudy Gunawan", "Bupati Garut")
    ]
    assert officials("Bupati Garut Tekankan Netralitas ASN" + body) == []


def test_a_candidate_or_an_office_building_is_no_official() -> None:
    assert officials("ASN berfoto dengan calon Bupati Serang Andika Hazrumy kemarin.") == []
    assert officials("Apel digelar di Kantor Wali Kota Jakarta Timur, Cakung, kemarin.") == []


def test_non_breaking_spaces_inside_names_and_regions() -> None:
    text = (
        "Inspektur Inspektorat Bengkulu\u00a0Selatan, Hamdan\u00a0Syarbaini, menghimbau ASN."
        " “Netral,” ungkap Hamdan."
    )
    out = extract_text(text)
    assert [r.name for r in out.regions] == ["Kabupaten Bengkulu Selatan"]
    assert [(o.name, o.role, o.aliases) for o in out.officials] == [
        ("Hamdan Syarbaini", "Inspektur Inspektorat Bengkulu Selatan", ["Hamdan"])
    ]


_PIECES = [
    "Bupati", "Cianjur", "H", "Herman", "Suherman", ",", ".", "(", ")", "“", "”", "Pj", "Wali",
    "Kota", "Kabupaten", "Kab.", "Ketua", "Korpri", "Kepala", "Dinas", "ini", "selaku", "yang",
    "juga", "S.Sos", ",S.Sos", "Dandim", "0608/", "I", "se-", "\u00a0", "\n", "Baca juga:",
    "sapaan akrab", "disapa", "Kang", "kata", "Camat", "Kecamatan", "Provinsi", "Jawa Barat",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.sampled_from([" ", "", "\n"]))
def test_any_mix_of_role_words_never_raises(parts: list[str], sep: str) -> None:
    out = extract_text(sep.join(parts))
    for o in out.officials:
        assert o.name and o.role
    for r in out.regions:
        assert r.province and r.code


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ABDULLAH AZWAR ANAS meminta", "ABDULLAH AZWAR ANAS"),
        ("H. M. ARIEF RAHMAN juga", "M. ARIEF RAHMAN"),
        ("SRI MULYANI dan", "SRI MULYANI"),
        ("PANRB BKPSDM hadir", None),  # acronyms
        ("OPD KPU hadir", None),
        ("ANAS meminta", None),  # one word is too little to tell from an acronym
    ],
)
def test_caps_name_at(text: str, name: str | None) -> None:
    toks = names.tokenize(text)
    found = names.caps_name_at(toks, names.skip_titles(toks, 0), roles.caps_blocked())
    got = " ".join(t.text for t in toks[found[0] : found[1]]) if found else None
    assert got == name


def test_caps_name_backward_and_title_case() -> None:
    toks = names.tokenize("hadir DADANG SUHENDAR, Sekda")
    assert names.caps_name_at(toks, 3, roles.caps_blocked(), backward=True) == (1, 3)
    assert names.title_case("LA ODE AHMAD") == "La Ode Ahmad"


def test_a_capitals_headline_is_no_capitals_name() -> None:
    got = officials("BUPATI GARUT RUDY GUNAWAN MINTA ASN NETRAL\n\nGARUT – ASN diminta netral.")
    assert got == []


@pytest.mark.parametrize(
    ("word", "head"),
    [("Kadisdik", True), ("Kadinsos", True), ("Kakankemenag", True), ("Kadin", False)],
)
def test_compound_heads(word: str, head: bool) -> None:
    assert roles.starts_role(word) is head
