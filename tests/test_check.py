"""`netralitas check`: every problem of the corpus at once, one line each with file and line,
warnings apart from errors, exit codes, and whether the generated pages are in sync."""

from __future__ import annotations

from pathlib import Path

import pytest

from netralitas import html, site
from netralitas.check import check_corpus
from netralitas.cli import main

DATA = Path(__file__).parent / "data" / "add"
GARUT = (DATA / "garut.txt").read_text("utf-8")


def page_text(name: str) -> str:
    return html.extract((DATA / name).read_bytes()).text


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    """A corpus of two clean articles with their pages in docs/; the cwd is its root."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "docs").mkdir()
    Path("corpus/garut.txt").write_text(GARUT, encoding="utf-8")
    Path("corpus/kendari.txt").write_text(page_text("kendari.html"), encoding="utf-8")
    site.build("corpus", "docs", "site", run_mkdocs=False)
    return tmp_path


def run(capsys, *args: str) -> tuple[int, list[str]]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    assert err == ""
    return code, out.splitlines()


def test_clean_corpus_with_pages_in_sync(project: Path, capsys) -> None:
    assert run(capsys) == (0, ["netralitas check: 2 articles: 0 errors, 0 warnings; pages in sync"])


def test_every_problem_at_once(project: Path, capsys) -> None:
    files = {
        "a-kosong.txt": b"",
        "b-spasi.txt": b"  \n\t\n",
        "c-biner.txt": b"PK\x03\x04\x00\x00",
        "d-cp1252.txt": "Judul\n\u201cnetral\u201d\n".encode("cp1252"),
        "e-rusak.txt": b"---\nurl: [a\n---\nIsi berita satu.\n",
        "f-daftar.txt": b"---\n- a\n---\nIsi berita dua.\n",
        "g-kunci.txt": b"---\nsumber: x\ncorrections:\n  tanggal: 2024-01-01\n---\nIsi tiga.\n",
        "h-koreksi.txt": (
            "---\ncorrections:\n  regions: [Kabupaten Atlantis]\n  speakers:\n"
            "    - quote: Satu tanda suka\n      speaker: Budi Santoso\n"
            "  add_quotes:\n    - quote: kalimat yang tidak ada\n---\n" + GARUT
        ).encode(),
        "i-garut-lagi.txt": ("---\noutlet: Lain\n---\n" + GARUT.replace(" ", "  ")).encode(),
        "j-sindikasi-diakui.txt": (
            "---\nnear_duplicate_of: kendari.txt\n---\n" + page_text("kendari-sindikasi.html")
        ).encode(),
        "k-garut-suntingan.txt": GARUT.replace("Kamis", "Rabu")
        .replace("hati-hati", "awas")
        .encode(),
        "l Nama Berkas.txt": b"Catatan pendek tanpa apa-apa.\n",
        "catatan.md": b"bukan artikel\n",
        "m-html.txt": (DATA / "kendari.html").read_bytes(),
    }
    for name, content in files.items():
        (project / "corpus" / name).write_bytes(content)
    (project / "corpus" / "arsip").mkdir()
    (project / "corpus" / ".gitkeep").write_bytes(b"")
    code, out = run(capsys)
    assert code == 1
    assert out == [
        "corpus/a-kosong.txt: no article text",
        "corpus/arsip: warning: a directory; only .txt files are articles",
        "corpus/b-spasi.txt: no article text",
        "corpus/c-biner.txt: binary file (contains NUL bytes), not text",
        "corpus/catatan.md: warning: not a .txt file; only .txt files are articles",
        "corpus/d-cp1252.txt:2: not UTF-8 text (byte 0x93); save the file as UTF-8",
        "corpus/e-rusak.txt:2: broken front matter: expected ',' or ']', but got '<stream end>'",
        "corpus/f-daftar.txt:2: front matter must be a mapping of keys",
        "corpus/g-kunci.txt:2: unknown front-matter key 'sumber' (known: url, outlet, published, "
        "added, near_duplicate_of, corrections)",
        "corpus/g-kunci.txt:4: unknown correction 'tanggal' (known: title, date, election, "
        "regions, officials, drop_officials, speakers, drop_quotes, add_quotes, activities)",
        "corpus/h-koreksi.txt:3: corrections.regions: 'Kabupaten Atlantis' is not in the gazetteer",
        "corpus/h-koreksi.txt:6: corrections.speakers: speaker 'Budi Santoso' names nobody in the "
        "article",
        "corpus/h-koreksi.txt:8: corrections.add_quotes: text not in the article: "
        "'kalimat yang tidak ada'",
        "corpus/h-koreksi.txt: duplicate of corpus/garut.txt: the same article text",
        "corpus/i-garut-lagi.txt: duplicate of corpus/garut.txt: the same article text",
        "corpus/k-garut-suntingan.txt: warning: near duplicate of corpus/garut.txt (similarity "
        "0.83); if both belong in the archive, add `near_duplicate_of: garut.txt`",
        "corpus/l Nama Berkas.txt: warning: file name is not canonical (lower-case letters, "
        "digits, - and _); its page will be artikel/l-nama-berkas-c05b74.md; `netralitas add` "
        "names files canonically",
        "corpus/l Nama Berkas.txt: warning: no region, date, official or quote found; if the "
        "article has one, add it under corrections:",
        "corpus/m-html.txt: warning: looks like an HTML page, not article text; add the page "
        "with `netralitas add FILE.html`, which keeps only the article",
        "corpus/m-html.txt: warning: no quote found; if the article has one, add it under "
        "corrections:",
        "netralitas check: 15 articles: 13 errors, 7 warnings; pages not checked (fix the errors "
        "above first)",
    ]


def test_warnings_alone_pass(project: Path, capsys) -> None:
    Path("corpus/sindikasi.txt").write_text(page_text("kendari-sindikasi.html"), "utf-8")
    site.build("corpus", "docs", "site", run_mkdocs=False)
    code, out = run(capsys)
    assert code == 0
    assert out[-1] == "netralitas check: 3 articles: 0 errors, 1 warning; pages in sync"


def test_nothing_found_lists_what_is_missing_and_corrections_silence_it(
    project: Path, capsys
) -> None:
    Path("corpus/pendek.txt").write_text(
        "Bupati Garut Dedi Kurniawan meminta ASN netral, Kamis (12/9/2024).\n", "utf-8"
    )
    report = check_corpus("corpus", None)
    assert [str(p) for p in report.problems] == [
        "corpus/pendek.txt: warning: no quote found; if the article has one, add it under "
        "corrections:"
    ]
    Path("corpus/tanpa.txt").write_text(
        "---\ncorrections:\n  regions: []\n---\nIsi tanpa apa-apa.\n", "utf-8"
    )
    assert str(check_corpus("corpus", None).problems[-1]) == (
        "corpus/tanpa.txt: warning: no date, official or quote found; if the article has one, "
        "add it under corrections:"
    )


def test_pages_out_of_sync(project: Path, capsys) -> None:
    article = Path("docs/artikel/garut.md")
    article.write_text(article.read_text("utf-8") + "\nsunting tangan\n", "utf-8")
    Path("docs/artikel/kendari.md").unlink()
    extra = Path("docs/artikel/lama.md")
    extra.write_text("---\ngenerated_by: netralitas build\n---\n# Lama\n", "utf-8")
    Path("docs/tentang.md").write_text("# Tentang\n", "utf-8")  # hand-written: never reported
    code, out = run(capsys)
    assert code == 1
    assert out == [
        "docs/artikel/garut.md: generated file differs from what the corpus gives; "
        "run `netralitas build`",
        "docs/artikel/kendari.md: generated file is missing; run `netralitas build`",
        "docs/artikel/lama.md: generated file no longer comes from the corpus; "
        "run `netralitas build`",
        "netralitas check: 2 articles: 3 errors, 0 warnings; pages not in sync (3 files)",
    ]
    assert run(capsys, "--no-pages") == (
        0,
        ["netralitas check: 2 articles: 0 errors, 0 warnings; pages not checked"],
    )


def test_many_stale_pages_are_summed_up(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr("netralitas.check.MAX_DRIFT", 5)
    for page in Path("docs").rglob("*.md"):
        page.write_text(page.read_text("utf-8") + "\n", "utf-8")
    code, out = run(capsys)
    pages = len(list(Path("docs").rglob("*.md")))
    assert code == 1 and pages > 5
    assert len(out) == 7
    assert out[5] == f"docs: and {pages - 5} more generated files differ; run `netralitas build`"
    assert out[6].endswith(f"pages not in sync ({pages} files)")


def test_missing_directories(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(capsys) == (
        1,
        [
            "corpus: no such corpus directory",
            "netralitas check: 0 articles: 1 error, 0 warnings; pages not checked",
        ],
    )
    Path("corpus").mkdir()
    assert run(capsys) == (
        1,
        [
            "docs: no such directory: pages not checked",
            "netralitas check: 0 articles: 1 error, 0 warnings; pages not checked",
        ],
    )


def test_time_option(project: Path, capsys) -> None:
    code, out = run(capsys, "--time")
    assert code == 0 and out[-1].endswith(" s)")


def test_the_repository_corpus_has_no_errors(root: Path) -> None:
    report = check_corpus(root / "corpus", None)
    assert report.errors == [], "\n".join(map(str, report.errors))


def test_unchanged_files_are_not_extracted_again(project: Path, monkeypatch) -> None:
    store = project / "cache.sqlite"
    first = check_corpus("corpus", "docs", cache=store)
    calls = []

    def extract_file(cf):
        calls.append(cf.path)
        raise RuntimeError("extractor broke")

    monkeypatch.setattr("netralitas.extract.extract_file", extract_file)
    again = check_corpus("corpus", "docs", cache=store)
    assert (again.problems, again.pages, calls) == (first.problems, "in sync", [])
    Path("corpus/garut.txt").write_text(GARUT + "\nTambahan.\n", "utf-8")
    changed = check_corpus("corpus", None, cache=store)
    assert calls == ["corpus/garut.txt"]
    assert [str(p) for p in changed.problems] == [
        "corpus/garut.txt: extraction failed (a bug): RuntimeError('extractor broke')"
    ]
    assert check_corpus("corpus", None, cache=False).articles == 2
    assert calls == ["corpus/garut.txt", "corpus/garut.txt", "corpus/kendari.txt"]


def test_cache_entries_of_another_extractor_version_are_dropped(
    tmp_path: Path, monkeypatch
) -> None:
    from netralitas.cache import ExtractionCache
    from netralitas.extract import extract_text

    path = tmp_path / "c.sqlite"
    store = ExtractionCache(path)
    key = store.key("corpus/a.txt", b"isi")
    store.put(key, extract_text("Isi berita.\n"))
    store.close()
    assert ExtractionCache(path).get(key).clean_text == "Isi berita."
    monkeypatch.setattr("netralitas.cache.extractor_version", lambda: "aturan-baru")
    store = ExtractionCache(path)
    assert store.db.execute("SELECT count(*) FROM entry").fetchone() == (0,)
    assert store.key("corpus/a.txt", b"isi") != key


def test_an_unusable_cache_is_only_a_miss(tmp_path: Path) -> None:
    from netralitas.cache import ExtractionCache
    from netralitas.extract import extract_text

    (tmp_path / "rusak.sqlite").write_bytes(b"bukan sqlite sama sekali" * 100)
    broken = ExtractionCache(tmp_path / "rusak.sqlite")
    assert broken.get("k") is None
    broken.put("k", extract_text("Isi.\n"))
    broken.close()


def test_ci_and_pre_commit_run_the_check(root: Path) -> None:
    import yaml

    workflow = yaml.safe_load((root / ".github/workflows/site.yml").read_text("utf-8"))
    jobs = workflow["jobs"]
    runs = [s.get("run", "") for s in jobs["test"]["steps"]]
    assert "python3 scripts/dev.py test" in runs
    assert any(r.startswith(".venv/bin/netralitas check") for r in runs)
    uses = [s.get("uses", "") for job in jobs.values() for s in job["steps"]]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert workflow["permissions"] == {"contents": "read"}
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert jobs["build"]["needs"] == "test" and jobs["deploy"]["needs"] == "build"

    hooks = yaml.safe_load((root / ".pre-commit-config.yaml").read_text("utf-8"))["repos"][0]
    entries = {h["id"]: h["entry"] for h in hooks["hooks"]}
    assert entries["netralitas-check"] == ".venv/bin/netralitas check"
    assert {"ruff-check", "ruff-format"} <= set(entries)

    guide = (root / "CONTRIBUTING.md").read_text("utf-8")
    assert guide.index("## Bahasa Indonesia") < guide.index("## English")
    for command in ("netralitas add", "netralitas check", "corrections:", "git commit"):
        assert command in guide


def test_extract_paths_with_the_cache_gives_the_same_extractions(root: Path, tmp_path) -> None:
    from netralitas import api
    from netralitas.cache import ExtractionCache

    files = sorted((root / "corpus").glob("*.txt"))[:2]
    plain = [x.to_json(explain=True) for x in api.extract_paths(files)]
    for _ in range(2):  # filling the cache, then reading it
        store = ExtractionCache(tmp_path / "c.sqlite")
        cached = [x.to_json(explain=True) for x in api.extract_paths(files, cache=store)]
        store.close()
        assert cached == plain
