"""Corpus files: front matter schema, problems named by file and line, text never changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netralitas import corpus
from netralitas.errors import CorpusError

BODY = "JUDUL\n\nCIANJUR – Isi berita.\n"


def problems(text: str, path: str = "corpus/x.txt") -> list[str]:
    with pytest.raises(CorpusError) as e:
        corpus.parse(text, path)
    return [str(p) for p in e.value.problems]


def test_plain_text_has_no_front_matter() -> None:
    cf = corpus.parse(BODY, "corpus/x.txt")
    assert cf.body == BODY and cf.body_line == 1 and cf.meta == corpus.CorpusMeta()
    assert cf.article_id == "x"


def test_front_matter_is_read_and_body_keeps_its_bytes() -> None:
    text = (
        "---\nurl: https://contoh.id/a\noutlet: Contoh\npublished: 2024-10-01\n"
        "corrections:\n  date: 2024-09-30\n  speakers:\n    - quote: netral\n      speaker: Budi\n"
        "---\n" + BODY
    )
    cf = corpus.parse(text, "corpus/x.txt")
    assert cf.body == BODY
    assert cf.body_line == 11
    assert cf.meta.url == "https://contoh.id/a"
    assert cf.meta.published == "2024-10-01"
    assert cf.meta.corrections.date == "2024-09-30"
    assert cf.meta.corrections.speakers == [corpus.QuoteFix("netral", "Budi")]


def test_every_problem_is_listed_with_its_line() -> None:
    text = (
        "---\nurl: 3\nsumber: x\ncorrections:\n  tanggal: 2024-01-01\n  election: pilpres\n---\n"
        + BODY
    )
    assert problems(text) == [
        "corpus/x.txt:2: url: expected text, got 3",
        "corpus/x.txt:3: unknown front-matter key 'sumber' (known: url, outlet, published, added, near_duplicate_of, corrections)",
        "corpus/x.txt:5: unknown correction 'tanggal' (known: title, date, election, regions, officials, drop_officials, speakers, drop_quotes, add_quotes, activities)",
        "corpus/x.txt:6: corrections.election: unknown election 'pilpres' (one of: pemilu-2024, pilkada-2024, both)",
    ]


def test_broken_yaml_names_the_line() -> None:
    assert problems("---\nurl: [a\noutlet: b\n---\n" + BODY) == [
        "corpus/x.txt:3: broken front matter: expected ',' or ']', but got ':'"
    ]


def test_front_matter_must_be_a_mapping() -> None:
    assert problems("---\n- a\n- b\n---\n" + BODY) == [
        "corpus/x.txt:2: front matter must be a mapping of keys"
    ]


def test_bad_date() -> None:
    assert problems("---\npublished: 2024-02-30\n---\n" + BODY) == [
        "corpus/x.txt:2: published: day is out of range for month"
    ]


@pytest.mark.parametrize("text", ["", "   \n\n\t\n", "---\nurl: https://a.id\n---\n\n"])
def test_empty_article(text: str) -> None:
    assert [p.endswith("no article text") for p in problems(text)] == [True]


def test_decode_rejects_binary_and_non_utf8(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x00\x00")
    (tmp_path / "cp.txt").write_bytes("baris satu\n\u201cnetral\u201d".encode("cp1252"))
    with pytest.raises(CorpusError) as e:
        corpus.read(tmp_path / "bin.txt")
    assert str(e.value).endswith("bin.txt: binary file (contains NUL bytes), not text")
    with pytest.raises(CorpusError) as e:
        corpus.read(tmp_path / "cp.txt")
    assert str(e.value).endswith("cp.txt:2: not UTF-8 text (byte 0x93); save the file as UTF-8")


def test_bom_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffJUDUL\nIsi.".encode())
    assert corpus.read(tmp_path / "bom.txt").body == "JUDUL\nIsi."


def test_correction_entries_keep_their_lines() -> None:
    text = (
        "---\noutlet: Contoh\ncorrections:\n  regions: [Kota Sukabumi]\n  speakers:\n"
        "    - quote: netral\n      speaker: Budi\n    - {quote: a, speaker: b}\n---\n" + BODY
    )
    c = corpus.parse(text, "corpus/x.txt").meta.corrections
    assert c.line("regions") == 4 and c.line("regions", 0) == 4
    assert (c.line("speakers"), c.line("speakers", 0), c.line("speakers", 0, "speaker")) == (
        5,
        6,
        7,
    )
    assert c.line("speakers", 1, "speaker") == 8
    assert c.line("add_quotes") is None


def test_near_duplicate_of_takes_one_name_or_a_list() -> None:
    one = corpus.parse("---\nnear_duplicate_of: a.txt\n---\n" + BODY, "corpus/x.txt")
    two = corpus.parse("---\nnear_duplicate_of: [a.txt, b.txt]\n---\n" + BODY, "corpus/x.txt")
    assert one.meta.near_duplicate_of == ["a.txt"]
    assert two.meta.near_duplicate_of == ["a.txt", "b.txt"]
    assert problems("---\nnear_duplicate_of: 3\n---\n" + BODY) == [
        "corpus/x.txt:2: near_duplicate_of: expected a list of strings"
    ]


def test_front_matter_written_then_read_gives_the_same_values() -> None:
    meta = corpus.CorpusMeta(
        url="https://contoh.id/berita?id=1&x=2",
        outlet="Kabar: Contoh #1",
        published="2024-10-01",
        added="2024-10-05",
        near_duplicate_of=["a.txt"],
    )
    c = meta.corrections
    c.title, c.date, c.election, c.regions = "yes", "2024-09-30", "both", []
    c.officials = [corpus.OfficialFix("Budi", "Bupati: Contoh", ["Pak Budi"])]
    c.drop_officials = ["null"]
    c.speakers = [corpus.QuoteFix("“Kita netral,” {{ x }}", None)]
    c.add_quotes = [corpus.QuoteFix("- kalimat", "Budi")]
    c.activities = ["imbauan"]
    text = corpus.dump_front_matter(meta)
    assert text.startswith("---\nurl: https://contoh.id/berita?id=1&x=2\n")
    assert "published: 2024-10-01\n" in text  # dates stay as people write them
    assert corpus.parse(text + BODY, "corpus/x.txt").meta == meta
    assert corpus.dump_front_matter(corpus.CorpusMeta()) == ""


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_DATE = st.dates().map(lambda d: d.isoformat())


@settings(max_examples=150, deadline=None)
@given(
    url=st.none() | _TEXT,
    outlet=st.none() | _TEXT,
    published=st.none() | _DATE,
    names=st.lists(_TEXT, max_size=2),
    quote=_TEXT,
    speaker=st.none() | _TEXT,
    regions=st.none() | st.lists(_TEXT, max_size=2),
)
def test_any_front_matter_written_then_read_is_the_same(
    url, outlet, published, names, quote, speaker, regions
) -> None:
    meta = corpus.CorpusMeta(
        url=url, outlet=outlet, published=published, added="2024-10-05", near_duplicate_of=names
    )
    meta.corrections.regions = regions
    meta.corrections.add_quotes = [corpus.QuoteFix(quote, speaker)]
    meta.corrections.drop_quotes = names
    assert corpus.parse(corpus.dump_front_matter(meta) + BODY, "corpus/x.txt").meta == meta
