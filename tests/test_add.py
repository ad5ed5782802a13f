"""`netralitas add`: text file, standard input, saved HTML page, URL (fetch monkeypatched: the
tests never touch the network); canonical names; never overwriting; duplicates."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from netralitas import add, corpus
from netralitas.cli import main
from netralitas.extract import extract_text

DATA = Path(__file__).parent / "data" / "add"
GARUT = "2024-09-12-kabupaten-garut-sekda-garut-minta-asn-tak.txt"
KENDARI = "2024-09-30-kota-kendari-pj-wali-kota-ingatkan-asn.txt"


@pytest.fixture
def cdir(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    return d


def run(capsys, *args: str) -> tuple[int, list[str], list[str]]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def add_cmd(cdir: Path, source: str | Path, *extra: str) -> list[str]:
    return [
        "add",
        str(source),
        "--corpus",
        str(cdir),
        "--added",
        "2024-10-05",
        "--no-build",
        *extra,
    ]


def test_text_file_is_added_under_its_canonical_name(cdir: Path, capsys) -> None:
    code, out, err = run(capsys, *add_cmd(cdir, DATA / "garut.txt"))
    assert (code, err) == (0, [])
    path = cdir / GARUT
    assert out == [
        f"Added {path}",
        "  title:      Sekda Garut Minta ASN Tak Unggah Dukungan ke Calon di Media Sosial",
        "  outlet:     -",
        "  url:        -",
        "  published:  -",
        "  date:       2024-09-12 (Kamis (12/9/2024))",
        "  regions:    Kabupaten Garut (Jawa Barat)",
        "  officials:  Dedi Kurniawan (Sekretaris Daerah (Sekda) Kabupaten Garut)",
        "  quotes:     1, 1 with a speaker",
        "  election:   pilkada-2024",
        "  activities: sosialisasi, imbauan",
    ]
    source = (DATA / "garut.txt").read_text("utf-8")
    assert path.read_text("utf-8") == "---\nadded: 2024-10-05\n---\n" + source
    assert [p.name for p in cdir.iterdir()] == [GARUT]  # no temporary file left


def test_standard_input(cdir: Path, capsys, monkeypatch) -> None:
    text = (DATA / "garut.txt").read_text("utf-8").replace("\n", "\r\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code, out, _ = run(capsys, *add_cmd(cdir, "-", "--outlet", "Warta Priangan"))
    assert code == 0 and out[0] == f"Added {cdir / GARUT}"
    written = (cdir / GARUT).read_text("utf-8")
    assert written.startswith("---\noutlet: Warta Priangan\nadded: 2024-10-05\n---\n")
    assert "\r" not in written  # line ends normalised


def test_saved_html_page(cdir: Path, capsys) -> None:
    code, out, _ = run(capsys, *add_cmd(cdir, DATA / "kendari.html"))
    assert code == 0
    assert out[:5] == [
        f"Added {cdir / KENDARI}",
        "  title:      Pj Wali Kota Ingatkan ASN Jaga Netralitas Jelang Pilkada",
        "  outlet:     Kabar Anoa",
        "  url:        https://kabaranoa.example/daerah/2024/10/01/pj-wali-kota-ingatkan-asn",
        "  published:  2024-10-01",
    ]
    cf = corpus.read(cdir / KENDARI)
    assert cf.meta == corpus.CorpusMeta(
        url="https://kabaranoa.example/daerah/2024/10/01/pj-wali-kota-ingatkan-asn",
        outlet="Kabar Anoa",
        published="2024-10-01",
        added="2024-10-05",
    )
    assert cf.body.startswith("Pj Wali Kota Ingatkan ASN Jaga Netralitas Jelang Pilkada\n\nKENDARI")
    for junk in (
        "Beranda",
        "Baca juga",
        "Tulis komentar",
        "dataLayer",
        "Hak cipta",
        "Oleh Redaksi",
    ):
        assert junk not in cf.body
    assert cf.body.endswith("perangkat daerah.\n")


def test_url_is_fetched_through_the_html_module(cdir: Path, capsys, monkeypatch) -> None:
    asked = []

    def fetch(url: str) -> bytes:
        asked.append(url)
        return (DATA / "kendari-sindikasi.html").read_bytes()

    monkeypatch.setattr("netralitas.html.fetch", fetch)
    url = "https://wartateluk.example/sultra/asn-kendari-diminta-netral"
    code, out, _ = run(capsys, *add_cmd(cdir, url))
    assert (code, asked) == (0, [url])
    name = "2024-09-30-kota-kendari-jelang-pilkada-asn-kendari-diminta.txt"
    assert out[0] == f"Added {cdir / name}"
    meta = corpus.read(cdir / name).meta
    # The page has no canonical link: the URL given is the article's address.
    assert (meta.url, meta.outlet, meta.published) == (url, "Warta Teluk", "2024-10-02")


def test_fetch_failure_is_one_line(cdir: Path, capsys, monkeypatch) -> None:
    def fetch(url: str) -> bytes:
        raise add.html.HtmlError(f"cannot fetch {url} (HTTP 404)")

    monkeypatch.setattr("netralitas.html.fetch", fetch)
    code, out, err = run(capsys, *add_cmd(cdir, "https://contoh.example/hilang"))
    assert (code, out, err) == (
        1,
        [],
        ["Error: cannot fetch https://contoh.example/hilang (HTTP 404)"],
    )


def test_options_override_the_page(cdir: Path, capsys) -> None:
    code, _, _ = run(
        capsys,
        *add_cmd(cdir, DATA / "kendari.html", "--url", "https://a.example/1", "--outlet", "A"),
        "--published",
        "2024-10-03",
    )
    meta = corpus.read(cdir / KENDARI).meta
    assert (code, meta.url, meta.outlet, meta.published) == (
        0,
        "https://a.example/1",
        "A",
        "2024-10-03",
    )


def test_canonical_name_falls_back_sensibly() -> None:
    bare = extract_text("Isi berita tanpa judul yang jelas dan tanpa tanggal.\n")
    meta = corpus.CorpusMeta(added="2024-10-05")
    assert add.canonical_name(bare, meta) == "2024-10-05-isi-berita-tanpa-judul-yang"
    meta.published = "2024-10-02"
    assert add.canonical_name(bare, meta) == "2024-10-02-isi-berita-tanpa-judul-yang"
    empty = extract_text("“ … ”\n")
    assert add.canonical_name(empty, meta) == "2024-10-02-artikel"
    province = extract_text(
        "Pemprov Jabar Minta ASN Netral\n\nBANDUNG – Pemerintah Provinsi Jawa Barat meminta ASN netral.\n"
    )
    assert add.canonical_name(province, meta).startswith("2024-10-02-provinsi-jawa-barat-")


def test_long_title_words_are_capped() -> None:
    ex = extract_text("Pengumuman" + "sangatpanjang" * 10 + " Kedua Ketiga\n\nIsi.\n")
    name = add.canonical_name(ex, corpus.CorpusMeta(added="2024-10-05"))
    assert name == "2024-10-05-" + ("pengumuman" + "sangatpanjang" * 10)[:50]


def test_never_overwrites_a_file(cdir: Path, capsys) -> None:
    (cdir / GARUT).write_text("Artikel lain yang kebetulan bernama sama.\n", encoding="utf-8")
    code, out, _ = run(capsys, *add_cmd(cdir, DATA / "garut.txt"))
    second = GARUT.replace(".txt", "-2.txt")
    assert (code, out[0]) == (0, f"Added {cdir / second}")
    assert (cdir / GARUT).read_text("utf-8") == "Artikel lain yang kebetulan bernama sama.\n"
    assert sorted(p.name for p in cdir.iterdir()) == [second, GARUT]


def test_create_new_links_a_complete_file_or_nothing(cdir: Path) -> None:
    first = add.create_new(cdir, "a", "satu\n")
    second = add.create_new(cdir, "a", "dua\n")
    assert (first.name, second.name) == ("a.txt", "a-2.txt")
    assert first.read_text() == "satu\n" and second.read_text() == "dua\n"
    assert sorted(p.name for p in cdir.iterdir()) == ["a-2.txt", "a.txt"]


def test_exact_duplicate_is_refused_naming_the_file(cdir: Path, capsys) -> None:
    assert run(capsys, *add_cmd(cdir, DATA / "garut.txt"))[0] == 0
    respaced = (DATA / "garut.txt").read_text("utf-8").replace(" ", "  ").replace("\n", "\n\n")
    (cdir.parent / "lagi.txt").write_text(respaced, encoding="utf-8")
    for source in (DATA / "garut.txt", cdir.parent / "lagi.txt"):
        code, out, err = run(capsys, *add_cmd(cdir, source))
        assert (code, out) == (1, [])
        assert err == [f"Error: already in the corpus: {cdir / GARUT} has the same text"]
    assert [p.name for p in cdir.iterdir()] == [GARUT]


def test_near_duplicate_is_reported_and_added_only_when_asked(cdir: Path, capsys) -> None:
    assert run(capsys, *add_cmd(cdir, DATA / "kendari.html"))[0] == 0
    code, out, err = run(capsys, *add_cmd(cdir, DATA / "kendari-sindikasi.html"))
    assert (code, out) == (1, [])
    assert err == [
        f"Error: near duplicate of {cdir / KENDARI} (similarity 0.79); "
        "add it anyway with --allow-near-duplicate"
    ]
    code, out, _ = run(capsys, *add_cmd(cdir, DATA / "kendari-sindikasi.html", "--force"))
    name = "2024-09-30-kota-kendari-jelang-pilkada-asn-kendari-diminta.txt"
    assert code == 0 and out[0] == f"Added {cdir / name}"
    assert (
        out[-1] == f"  note: near duplicate of {cdir / KENDARI} (similarity 0.79), added as asked"
    )
    assert corpus.read(cdir / name).meta.near_duplicate_of == [KENDARI]


def test_small_edits_are_a_near_duplicate(cdir: Path) -> None:
    text = (DATA / "garut.txt").read_text("utf-8")
    add.add_article(str(DATA / "garut.txt"), cdir, added="2024-10-05")
    edited = cdir.parent / "edit.txt"
    edited.write_text(text.replace("Kamis", "Rabu").replace("hati-hati", "berhati-hati"), "utf-8")
    with pytest.raises(add.AddError, match=r"^near duplicate of .* \(similarity 0\.[5-9]\d\)"):
        add.add_article(str(edited), cdir, added="2024-10-05")


def test_front_matter_of_a_text_file_is_kept_and_checked(cdir: Path, capsys) -> None:
    src = cdir.parent / "dengan-koreksi.txt"
    body = (DATA / "garut.txt").read_text("utf-8")
    src.write_text(
        "---\nurl: https://a.example/2\ncorrections:\n  regions: [Kota Garut]\n---\n" + body
    )
    code, out, err = run(capsys, *add_cmd(cdir, src))
    assert (code, out) == (1, [])
    assert err == [
        f"Error: {src}:4: corrections.regions: 'Kota Garut' is not in the gazetteer; "
        "did you mean Kabupaten Garut?"
    ]
    src.write_text("---\nurl: https://a.example/2\ncorrections:\n  election: both\n---\n" + body)
    assert run(capsys, *add_cmd(cdir, src))[0] == 0
    written = (cdir / GARUT).read_text("utf-8")
    assert written == (
        "---\nurl: https://a.example/2\nadded: 2024-10-05\ncorrections:\n  election: both\n---\n"
        + body
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("kosong.txt", b" \n\n", "{src}: no article text"),
        ("biner.txt", b"\x89PNG\r\n\x00\x00", "{src}: binary file (contains NUL bytes), not text"),
        (
            "cp1252.txt",
            "Judul\n\u201cnetral\u201d".encode("cp1252"),
            "{src}:2: not UTF-8 text (byte 0x93); save the file as UTF-8",
        ),
        (
            "halaman.html",
            b"<html><head><script>var a = 1;</script></head><body></body></html>",
            "{src}: no article text found in the page",
        ),
    ],
)
def test_bad_sources_are_one_line_errors(
    cdir: Path, capsys, name: str, content: bytes, message: str
) -> None:
    src = cdir.parent / name
    src.write_bytes(content)
    code, out, err = run(capsys, *add_cmd(cdir, src))
    assert (code, out, err) == (1, [], ["Error: " + message.format(src=src)])
    assert list(cdir.iterdir()) == []


def test_bad_options_and_missing_things(cdir: Path, capsys, tmp_path: Path) -> None:
    garut = str(DATA / "garut.txt")
    cases = [
        (
            ["add", garut, "--corpus", str(cdir), "--added", "2024-13-01"],
            "--added: month must be in 1..12",
        ),
        (
            ["add", garut, "--corpus", str(cdir), "--published", "kemarin"],
            "--published: expected a date YYYY-MM-DD, got 'kemarin'",
        ),
        (
            ["add", garut, "--corpus", str(cdir), "--name", "Nama Saya"],
            "--name: 'Nama Saya' is not a file name of lower-case letters, digits, - and _",
        ),
        (
            ["add", garut, "--corpus", str(tmp_path / "tidak-ada")],
            f"no corpus directory: {tmp_path / 'tidak-ada'}",
        ),
        (
            ["add", str(tmp_path / "hilang.txt"), "--corpus", str(cdir)],
            f"{tmp_path / 'hilang.txt'}: cannot read: No such file or directory",
        ),
    ]
    for argv, message in cases:
        assert run(capsys, *argv) == (1, [], [f"Error: {message}"])
    monkeypatch_stdin = io.TextIOWrapper(io.BytesIO(b""))
    old, sys.stdin = sys.stdin, monkeypatch_stdin
    try:
        assert run(capsys, "add", "-", "--corpus", str(cdir)) == (
            1,
            [],
            ["Error: <stdin>: no article text"],
        )
    finally:
        sys.stdin = old


def test_name_and_dry_run(cdir: Path, capsys) -> None:
    code, out, _ = run(capsys, *add_cmd(cdir, DATA / "garut.txt", "--name", "garut_1", "--dry-run"))
    assert (code, out[0], list(cdir.iterdir())) == (0, f"Would add {cdir / 'garut_1.txt'}", [])
    add.add_article(str(DATA / "garut.txt"), cdir, name="garut_1", added="2024-10-05")
    assert [p.name for p in cdir.iterdir()] == ["garut_1.txt"]


def test_pages_are_regenerated(tmp_path: Path, capsys) -> None:
    cdir, docs = tmp_path / "corpus", tmp_path / "docs"
    cdir.mkdir()
    docs.mkdir()
    code, out, err = run(
        capsys,
        "add",
        str(DATA / "garut.txt"),
        "--corpus",
        str(cdir),
        "--docs",
        str(docs),
        "--added",
        "2024-10-05",
    )
    assert (code, err) == (0, [])
    assert out[-2].startswith("Pages: 1 articles, ")
    assert (docs / "artikel" / GARUT.replace(".txt", ".md")).is_file()
    assert (docs / "wilayah" / "jawa-barat" / "kabupaten-garut.md").is_file()
