"""The whole path: corpus -> pages in docs/ -> `mkdocs build --strict`; the drift check of the
committed pages; the `netralitas build` command's errors, by exact text."""

from __future__ import annotations

import json
import os
import shutil
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from netralitas import cli
from netralitas.errors import CorpusError, Problem
from netralitas.site import build, build_pages, check, write_pages
from netralitas.site.build import in_child, mkdocs_build
from netralitas.site.files import is_generated
from netralitas.site.schema import SiteError
from netralitas.site.search import MARKER, SEARCH_CONFIG

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"


def hand_written_docs(target: Path) -> Path:
    """A copy of docs/ without its generated pages (the pages nav and links rely on)."""
    shutil.copytree(ROOT / "docs", target, ignore=lambda d, names: _generated(Path(d), names))
    return target


def _generated(directory: Path, names: list[str]) -> list[str]:
    return [n for n in names if n.endswith(".md") and is_generated(directory / n)]


def test_committed_pages_are_up_to_date() -> None:
    """docs/ holds exactly the pages the corpus gives; after changing the corpus or the
    extractors, run `netralitas build` (or `python3 scripts/dev.py build`) and commit docs/."""
    drift = check(ROOT / "corpus", ROOT / "docs")
    assert not drift, "pages in docs/ are stale; run `netralitas build`:\n" + "\n".join(
        map(str, drift)
    )


# --- strict site builds ----------------------------------------------------------------------


@pytest.mark.slow
def test_strict_build_of_the_corpus_is_clean_and_idempotent(tmp_path: Path) -> None:
    docs = hand_written_docs(tmp_path / "docs")
    site = tmp_path / "site"
    result = build(ROOT / "corpus", docs, site, config_file=CONFIG)
    assert result.articles == len(list((ROOT / "corpus").glob("*.txt")))
    assert (site / "index.html").is_file()
    home = (site / "index.html").read_text("utf-8")
    assert '<html lang="id"' in home
    for article in (ROOT / "corpus").glob("*.txt"):
        assert (site / "artikel" / article.stem / "index.html").is_file()
    _check_search(site, docs, result)
    again = build(ROOT / "corpus", docs, site, config_file=CONFIG, run_mkdocs=False)
    assert again.report.written == [] and again.report.removed == []
    assert again.search is None and "pagefind" not in again.seconds


def _check_search(site: Path, docs: Path, result) -> None:
    """Pagefind indexed exactly the pages that carry search attributes, in Indonesian; every
    page has the header's search form; Material's own search is gone; no font CDN."""
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text("utf-8"))
    assert list(entry["languages"]) == ["id"]
    marked = {}
    for page in docs.rglob("*.md"):
        key = page.relative_to(docs).with_suffix("").as_posix().removesuffix("index")
        marked[key.rstrip("/")] = f'<div class="{MARKER}"' in page.read_text("utf-8")
    assert result.search.pages == sum(marked.values()) > 0
    assert result.search.index_bytes > 0 and "pagefind" in result.seconds
    assert not (site / "search" / "search_index.json").exists()
    for page in site.rglob("*.html"):
        where = page.relative_to(site)
        if where.name == "404.html":
            continue
        text = page.read_text("utf-8")
        assert 'class="nt-search" role="search"' in text, where
        assert "fonts.googleapis.com" not in text and "fonts.gstatic.com" not in text, where
        source = where.parent.as_posix().removeprefix(".")
        assert ("data-pagefind-body" in text) == marked.get(source, False), where
    cari = (site / "cari" / "index.html").read_text("utf-8")
    assert "../assets/cari.js" in cari and "pagefind-ui" not in cari  # our UI on pagefind.js
    assert (site / "pagefind" / SEARCH_CONFIG).is_file()


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.script_text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.script_text.append(data)


HOSTILE_ARTICLE = """\
---
url: "javascript:alert('url')"
outlet: "<img src=x onerror=alert('outlet')>"
---
<script>alert('judul')</script> Bupati Contoh **Ajak** ASN [Netral](javascript:alert('md'))

CONTOH – Bupati Contoh Budi Santoso <b onmouseover=alert('b')>menegaskan</b> netralitas ASN
dalam apel pagi, Senin (4/12/2023). {{ config.site_name }} {: onclick=alert('attr') }

“<iframe src=javascript:alert('kutipan')></iframe> ASN harus netral | tidak memihak,” tegas Budi.

---

# Bukan judul
| a | b |
|---|---|
"""


@pytest.mark.slow
def test_hostile_article_builds_and_injects_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    docs = hand_written_docs(tmp_path / "docs")
    site = tmp_path / "site"
    build(corpus, docs, site, config_file=CONFIG)
    for page in site.rglob("*.html"):
        parsed = _Html()
        parsed.feed(page.read_text("utf-8"))
        where = page.relative_to(site)
        for tag, attrs in parsed.elements:
            assert tag not in {"iframe", "img", "b"}, f"{where}: <{tag}> from the corpus"
            for name, value in attrs.items():
                assert not name.startswith("on"), f"{where}: {name}= from the corpus"
                if name in {"href", "src", "action", "formaction"}:
                    assert "alert(" not in (value or ""), f"{where}: <{tag} {name}=…> from corpus"
        assert "alert(" not in "".join(parsed.script_text), f"{where}: script from the corpus"
    article = (site / "artikel" / "hostile" / "index.html").read_text("utf-8")
    assert "&lt;script&gt;alert(&#x27;judul&#x27;)&lt;/script&gt;" in article or (
        "&lt;script&gt;alert('judul')&lt;/script&gt;" in article
    )


@pytest.mark.slow
def test_strict_build_of_sample_pages_links_everything(tmp_path: Path) -> None:
    """Every link and anchor between the sample pages resolves (validation warnings are fatal
    under --strict)."""
    from test_site import hostile_extraction, sample_extractions

    docs = hand_written_docs(tmp_path / "docs")
    write_pages(build_pages([*sample_extractions(), hostile_extraction("<b>x</b> | *y*")]), docs)
    mkdocs_build(CONFIG, docs, tmp_path / "site")
    assert (tmp_path / "site" / "pejabat" / "dadan-ginanjar" / "index.html").is_file()


# --- the command -----------------------------------------------------------------------------


def test_build_command_without_corpus(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build", "--corpus", "nowhere", "--no-mkdocs"]) == 1
    assert capsys.readouterr().err == "Error: no corpus directory: nowhere\n"


def test_build_command_without_config(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    assert cli.main(["build"]) == 1
    assert capsys.readouterr().err == "Error: no MkDocs configuration: mkdocs.yml\n"


def test_build_command_refuses_to_overwrite_hand_written(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Milik saya\n", encoding="utf-8")
    assert cli.main(["build", "--no-mkdocs"]) == 1
    assert capsys.readouterr().err == (
        "Error: docs/index.md: hand-written page in the way of a generated page; "
        "move or rename it\n"
    )


def test_full_build_reports_bad_corpus_files_from_its_page_step(tmp_path, capsys, monkeypatch):
    """With MkDocs, the pages are made in a child process: its CorpusError still names every
    bad file, one line each, and nothing is built."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "kosong.txt").write_text("", encoding="utf-8")
    (tmp_path / "corpus" / "rusak.txt").write_text("---\njudul: [\n---\nTeks.\n", "utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    assert cli.main(["build"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "Error: corpus/kosong.txt: no article text",
        "Error: corpus/rusak.txt:2: broken front matter: expected the node content, but found "
        "'<stream end>'",
    ]
    assert not (tmp_path / "site").exists()


def _answer(x: int) -> int:
    return x * 2


def _fail(problem: str) -> None:
    raise CorpusError([Problem("corpus/a.txt", 3, problem)])


def _die() -> None:
    os._exit(3)


def _unpicklable() -> object:
    return lambda: None


def test_in_child_returns_raises_and_reports_a_dead_child() -> None:
    assert in_child(_answer, 21) == 42
    with pytest.raises(CorpusError) as e:
        in_child(_fail, "rusak")
    assert e.value.problems == [Problem("corpus/a.txt", 3, "rusak")]
    assert str(e.value) == "corpus/a.txt:3: rusak"
    if sys.platform == "linux":
        with pytest.raises(SiteError, match=r"^the page step ended abnormally \(exit status 3\)$"):
            in_child(_die)
        with pytest.raises(SiteError, match=r"^the page step failed: <function "):
            in_child(_unpicklable)


def test_build_check_lists_drift(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    assert cli.main(["build", "--check"]) == 1
    out = capsys.readouterr()
    assert out.out.splitlines()[0] == "missing: artikel/index.md"
    assert out.err.endswith("page(s) differ; run `netralitas build`\n")
    assert cli.main(["build", "--no-mkdocs"]) == 0
    capsys.readouterr()
    assert cli.main(["build", "--check"]) == 0
