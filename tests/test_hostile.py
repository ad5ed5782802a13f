"""Bad and hostile input through `extract`, `check` and `add`, run in-process as the CLI runs:
each case ends in one clear line naming the file (and line) or is handled sensibly, never in a
traceback; the other articles of the same run are still processed; `add` writes a complete
corpus file or nothing.  Also: two renders of the same extractions are byte-identical, and the
HTML builders of the pages keep any text as text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netralitas.cli import main
from netralitas.site import build_pages
from netralitas.site import html as h
from netralitas.site.text import clean
from test_site import _Elements, hostile_extraction, sample_extractions

DATA = Path(__file__).parent / "data" / "add"
GARUT = (DATA / "garut.txt").read_bytes()  # the good article beside every hostile one

# Short articles in our own words, distinct enough not to be near duplicates of each other.
CIAMIS = (
    "Bupati Ciamis Ajak ASN Jaga Netralitas\n\n"
    "CIAMIS – Bupati Ciamis Herdiat Sunarya mengingatkan pegawai negeri agar tidak berpihak "
    "pada Pilkada Serentak 2024, Senin (7/10/2024).\n\n"
    "\u201cJangan ikut kampanye,\u201d ujar Herdiat.\n"
)
BITUNG = (
    "Wali Kota Bitung Tegaskan Sanksi bagi Pegawai\n\n"
    "BITUNG – Wali Kota Bitung Maurits Mantiri menegaskan sanksi bagi ASN yang memihak calon, "
    "Rabu (2/10/2024).\n\n"
    '"Kami akan tindak tegas," kata Maurits.\n'
)
SLEMAN = (
    "Sekda Sleman Larang Foto Bergaya Jari\n\n"
    "SLEMAN – Sekretaris Daerah Kabupaten Sleman Susmiarto melarang aparatur berfoto dengan "
    "gaya jari yang menandai nomor urut calon, Selasa (1/10/2024).\n"
)
NAMES = "Berita Sleman Ñandú.txt"  # spaces and non-ASCII letters

# name -> (content, check lines, extract error or None when it extracts, add error or None)
CASES: dict[str, tuple[bytes, list[str], str | None, str | None]] = {
    "kosong.txt": (b"", ["{f}: no article text"], "{f}: no article text", "{f}: no article text"),
    "spasi.txt": (
        b"  \n\t\r\n \n",
        ["{f}: no article text"],
        "{f}: no article text",
        "{f}: no article text",
    ),
    "biner.txt": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        ["{f}: binary file (contains NUL bytes), not text"],
        "{f}: binary file (contains NUL bytes), not text",
        "{f}: binary file (contains NUL bytes), not text",
    ),
    "cp1252.txt": (
        "Judul\nBupati berkata \u201cnetral\u201d di sini.\n".encode("cp1252"),
        ["{f}:2: not UTF-8 text (byte 0x93); save the file as UTF-8"],
        "{f}:2: not UTF-8 text (byte 0x93); save the file as UTF-8",
        "{f}:2: not UTF-8 text (byte 0x93); save the file as UTF-8",
    ),
    "bom.txt": (("\ufeff---\noutlet: Kabar Ciamis\n---\n" + CIAMIS).encode(), [], None, None),
    "crlf.txt": (
        ("---\noutlet: Bitung Pos\n---\n" + BITUNG).replace("\n", "\r\n").encode(),
        [],
        None,
        None,
    ),
    "html.txt": (
        (DATA / "kendari.html").read_bytes(),
        [
            "{f}: warning: looks like an HTML page, not article text; add the page with "
            "`netralitas add FILE.html`, which keeps only the article",
            "{f}: warning: no quote found; if the article has one, add it under corrections:",
        ],
        None,
        None,  # `add` reads it as the HTML page it is and keeps only the article
    ),
    "rusak.txt": (
        b"---\nurl: [a\n---\nIsi berita satu.\n",
        ["{f}:2: broken front matter: expected ',' or ']', but got '<stream end>'"],
        "{f}:2: broken front matter: expected ',' or ']', but got '<stream end>'",
        "{f}:2: broken front matter: expected ',' or ']', but got '<stream end>'",
    ),
    "daftar.txt": (
        b"---\n- a\n- b\n---\nIsi berita dua.\n",
        ["{f}:2: front matter must be a mapping of keys"],
        "{f}:2: front matter must be a mapping of keys",
        "{f}:2: front matter must be a mapping of keys",
    ),
    "kunci.txt": (
        b"---\noutlet: X\nsumber: x\n---\nIsi berita tiga.\n",
        [
            "{f}:3: unknown front-matter key 'sumber' (known: url, outlet, published, added, "
            "near_duplicate_of, corrections)"
        ],
        "{f}:3: unknown front-matter key 'sumber' (known: url, outlet, published, added, "
        "near_duplicate_of, corrections)",
        "{f}:3: unknown front-matter key 'sumber' (known: url, outlet, published, added, "
        "near_duplicate_of, corrections)",
    ),
    NAMES: (
        SLEMAN.encode(),
        [
            "{f}: warning: file name is not canonical (lower-case letters, digits, - and _); its "
            "page will be artikel/berita-sleman-nandu-6120ca.md; `netralitas add` names files "
            "canonically",
            "{f}: warning: no quote found; if the article has one, add it under corrections:",
        ],
        None,
        None,
    ),
}
# What `add` names the good ones (its canonical name), and what the file must hold.
ADDED = {
    "bom.txt": (
        "2024-10-07-kabupaten-ciamis-bupati-ciamis-ajak-asn-jaga.txt",
        "outlet: Kabar Ciamis",
    ),
    "crlf.txt": (
        "2024-10-02-kota-bitung-wali-kota-bitung-tegaskan-sanksi.txt",
        "outlet: Bitung Pos",
    ),
    "html.txt": ("2024-09-30-kota-kendari-pj-wali-kota-ingatkan-asn.txt", "Kendari"),
    NAMES: ("2024-10-01-kabupaten-sleman-sekda-sleman-larang-foto-bergaya.txt", "Susmiarto"),
}


def cli(capsys, *argv: str) -> tuple[int, str, list[str]]:
    """Run the CLI in-process; a traceback (or any exception escaping main) fails the test."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out
    return code, out, err.splitlines()


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    """corpus/ holding one good article; the cwd is its parent."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "garut.txt").write_bytes(GARUT)
    return tmp_path


def corpus_names(cdir: Path) -> list[str]:
    """Every entry, dot files (temporary files) included."""
    return sorted(p.name for p in cdir.iterdir())


@pytest.mark.parametrize("name", CASES)
def test_extract_names_the_bad_file_and_processes_the_rest(project: Path, capsys, name) -> None:
    content, _, error, _ = CASES[name]
    f = f"corpus/{name}"
    Path(f).write_bytes(content)
    code, out, err = cli(capsys, "extract", "corpus/garut.txt", f)
    if error is None:
        assert (code, err) == (0, [])
        data = json.loads(out)
        assert [d["source"] for d in data] == ["corpus/garut.txt", f]
        assert data[0]["title"] == GARUT.decode().splitlines()[0]
    else:
        # every file was read; the problems of all bad ones are listed, one line each
        assert (code, err) == (1, ["Error: " + error.format(f=f)])


def test_extract_reads_bom_and_crlf_like_plain_utf8(project: Path, capsys) -> None:
    for name in ("bom.txt", "crlf.txt"):
        Path("corpus", name).write_bytes(CASES[name][0])
    Path("corpus/ciamis.txt").write_text(CIAMIS, "utf-8")
    Path("corpus/bitung.txt").write_text(BITUNG, "utf-8")
    code, out, _ = cli(
        capsys,
        "extract",
        *(f"corpus/{n}" for n in ("bom.txt", "ciamis.txt", "crlf.txt", "bitung.txt")),
    )
    assert code == 0
    keys = ("title", "date", "regions", "officials", "election", "activities")
    bom, ciamis, crlf, bitung = json.loads(out)
    for hostile, plain in ((bom, ciamis), (crlf, bitung)):
        assert {k: hostile[k] for k in keys} == {k: plain[k] for k in keys}
        assert [q["text"] for q in hostile["quotes"]] == [q["text"] for q in plain["quotes"]]
        assert [q["speaker"] for q in hostile["quotes"]] == [q["speaker"] for q in plain["quotes"]]
    assert not bom["title"].startswith("\ufeff")


def test_check_reports_every_hostile_file_at_once(project: Path, capsys) -> None:
    for name, (content, *_) in CASES.items():
        Path("corpus", name).write_bytes(content)
    code, out, err = cli(capsys, "check", "--no-pages")
    expected = [
        line.format(f=f"corpus/{name}") for name in sorted(CASES) for line in CASES[name][1]
    ]
    errors = sum(1 for line in expected if ": warning: " not in line)
    warnings = len(expected) - errors
    assert (code, err) == (1, [])
    assert out.splitlines() == [
        *expected,
        f"netralitas check: {len(CASES) + 1} articles: {errors} errors, {warnings} warnings; "
        "pages not checked",
    ]


@pytest.mark.parametrize("name", CASES)
def test_add_writes_the_whole_file_or_nothing(project: Path, capsys, name) -> None:
    content, _, _, error = CASES[name]
    src = project / "src" / name
    src.parent.mkdir()
    src.write_bytes(content)
    code, out, err = cli(
        capsys, "add", str(src), "--corpus", "corpus", "--added", "2024-10-05", "--no-build"
    )
    if error is not None:
        assert (code, out, err) == (1, "", ["Error: " + error.format(f=src)])
        assert corpus_names(Path("corpus")) == ["garut.txt"]  # no temporary file left
        return
    added, holds = ADDED[name]
    assert (code, err) == (0, [])
    assert out.splitlines()[0] == f"Added corpus/{added}"
    assert corpus_names(Path("corpus")) == [added, "garut.txt"]
    raw = (project / "corpus" / added).read_bytes()
    assert b"\r" not in raw and not raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"\n")
    assert holds in raw.decode("utf-8")
    # what was written is a complete corpus file: `check` reads it without an error
    code, out, _ = cli(capsys, "check", "--no-pages", "--no-cache")
    assert code == 0, out


def test_add_failing_late_leaves_nothing(project: Path, capsys, monkeypatch) -> None:
    """A failure while the file is being written leaves neither the file nor its temporary."""
    from netralitas import add

    def broken_link(src, dst) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(add.os, "link", broken_link)
    src = project / "ciamis.txt"
    src.write_text(CIAMIS, "utf-8")
    with pytest.raises(OSError):
        add.add_article(str(src), "corpus", added="2024-10-05")
    assert corpus_names(Path("corpus")) == ["garut.txt"]


# --- big input: slow (a few seconds each) ------------------------------------------------------


def big_article() -> bytes:
    """About 10 MB: a real article followed by many distinct paragraphs."""
    para = BITUNG.split("\n\n")[1] + "\n\n"
    paras = [para.replace("Bitung", f"Bitung{i}") for i in range(10_000_000 // len(para) + 1)]
    return (CIAMIS + "\n" + "".join(paras)).encode()


def long_line() -> bytes:
    """An article whose second paragraph is one line of 1 MB."""
    return (SLEMAN.rstrip("\n") + " " + "kata " * 200_000 + "\n").encode()


@pytest.mark.slow
@pytest.mark.parametrize("make", [big_article, long_line], ids=["10MB", "1MB-line"])
def test_big_input_is_processed_everywhere(project: Path, capsys, make) -> None:
    content = make()
    assert len(content) >= 1_000_000
    Path("corpus/besar.txt").write_bytes(content)
    code, out, err = cli(capsys, "extract", "corpus/besar.txt", "corpus/garut.txt")
    assert (code, err) == (0, [])
    big, garut = json.loads(out)
    assert big["title"] and big["regions"] and garut["quotes"]
    code, out, err = cli(capsys, "check", "--no-pages")
    assert code == 0 and err == []
    assert out.splitlines()[-1].startswith("netralitas check: 2 articles: 0 errors")
    # `add` of the same text: refused as a duplicate, naming the file; nothing written
    src = project / "besar.txt"
    src.write_bytes(content)
    code, out, err = cli(capsys, "add", str(src), "--corpus", "corpus", "--no-build")
    assert (code, err) == (1, ["Error: already in the corpus: corpus/besar.txt has the same text"])
    assert corpus_names(Path("corpus")) == [".cache", "besar.txt", "garut.txt"] or corpus_names(
        Path("corpus")
    ) == ["besar.txt", "garut.txt"]
    if make is big_article:
        return  # adding it whole takes as long again; the 1 MB line shows it
    # into an empty corpus it is added whole (trailing white space trimmed)
    (project / "leer").mkdir()
    code, out, err = cli(
        capsys, "add", str(src), "--corpus", "leer", "--added", "2024-10-05", "--no-build"
    )
    assert (code, err) == (0, [])
    (added,) = (project / "leer").iterdir()
    assert added.read_bytes().endswith(content.rstrip() + b"\n")


# --- determinism ------------------------------------------------------------------------------


@settings(max_examples=25, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=30), max_size=3), st.randoms(use_true_random=False))
def test_two_renders_give_byte_identical_pages_and_data(values: list[str], rnd) -> None:
    """Same extractions (in any order) -> the same bytes in every page and data file."""
    xs = [*sample_extractions(), *(hostile_extraction(v) for v in values)]
    for i, x in enumerate(xs):  # distinct ids and sources, as a corpus has
        if x.article_id == "hostile":
            x.article_id, x.source = f"hostile-{i}", f"corpus/hostile-{i}.txt"
    first = build_pages(xs)
    shuffled = list(xs)
    rnd.shuffle(shuffled)
    second = build_pages(shuffled)
    assert list(first) == list(second)
    for path in first:
        assert first[path].encode("utf-8") == second[path].encode("utf-8"), path
    assert any(not p.endswith(".md") for p in first)  # data files are compared too


# --- the HTML builders ------------------------------------------------------------------------


def _parse(markup: str) -> _Elements:
    parsed = _Elements()
    parsed.feed(markup)
    parsed.close()
    return parsed


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_html_builders_keep_any_text_as_text(value: str) -> None:
    """Whatever the text, each builder makes its own elements only, and the text reads back
    the same (controls dropped, white space folded), also when joined to markup with `+`."""
    shown = re.sub(r"\s+", " ", clean(value))
    cell = shown if value else h.NONE
    link = h.link(value, "artikel/a.md", "pejabat/b.md", "k-1")
    table = ["table", "thead", "tr", "th", "tbody", "tr", "td"]
    pieces = [  # (markup, its elements, its text; lists and tables put a row per line)
        (h.esc(value), [], shown),
        (h.cat(value, h.Html("<b></b>"), value), ["b"], shown + shown),
        (h.join([value, value], "|"), [], f"{shown}|{shown}"),
        (value + h.em("x"), ["em"], shown + "x"),
        (h.em("x") + value, ["em"], "x" + shown),
        (h.strong(value), ["strong"], shown),
        (h.code(value), ["code"], shown),
        (h.p(value, class_=value), ["p"], shown),
        (h.a(value, value), ["a"], shown),
        (link, ["a"], shown),
        (h.ul([value]), ["ul", "li"], f"\n{shown}\n"),
        (h.table([value], [[value]]), table, f"\n{shown}\n\n{cell}\n\n"),
    ]
    for markup, tags, text in pieces:
        parsed = _parse(markup)
        assert [tag for tag, _ in parsed.tags] == tags, markup
        assert not parsed.comments
        assert "".join(parsed.text) == text, markup
    assert dict(_parse(link).tags[0][1]) == {"href": "../../pejabat/b/#k-1"}
    assert dict(_parse(h.p("x", class_=value)).tags[0][1]) == (
        {"class": " ".join(clean(value).split())} if value else {}
    )
