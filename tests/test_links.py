"""Every internal link of the built site resolves.

The generated pages write their links as raw HTML with final URLs (site/html.py), which MkDocs
neither rewrites nor validates; so this test does: every internal `href`/`src` of every built
HTML page must name a file of the site (a folder: its index.html), and every `#fragment` an
`id` (or `<a name>`) in the page it points to.  The checker itself is tested on a tiny tree,
and on a broken copy of the built site, so it cannot pass by finding nothing.
"""

from __future__ import annotations

import functools
import posixpath
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"
LINK_ATTRS = {"href", "src"}
SYNTH_ARTICLES = 24  # beside the corpus: more regions, officials, months and quotes


class _Page(HTMLParser):
    """The ids and the link targets of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
            elif name in LINK_ATTRS:
                self.links.append(value)


@functools.cache
def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text("utf-8"))
    page.close()
    return page


def _target(site: Path, page: Path, url: str) -> tuple[Path, str]:
    """(the file an internal URL of `page` names, its fragment); a bare fragment names the page
    itself, a folder its index.html, a path out of the site a file that cannot exist.  The
    site is served at the root of its host, as `mkdocs serve` does it."""
    parts = urlsplit(url)
    fragment = unquote(parts.fragment)
    if not parts.path:
        return page, fragment
    # A site-absolute path (404.html has them) starts from the site's root.
    here = "" if parts.path.startswith("/") else page.parent.relative_to(site).as_posix()
    path = posixpath.normpath(posixpath.join(here, unquote(parts.path).lstrip("/")))
    if path == ".." or path.startswith("../"):
        return site / "\0outside", fragment
    target = site / path
    if parts.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, fragment


def _is_external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.scheme or parts.netloc)


def broken_links(site: Path) -> list[str]:
    """ "page: url (why)" for every internal link of the built site that does not resolve."""
    _parse.cache_clear()
    problems = []
    for page in sorted(site.rglob("*.html")):
        where = page.relative_to(site).as_posix()
        for url in _parse(page).links:
            if _is_external(url):
                continue
            target, fragment = _target(site, page, url)
            if not target.is_file():
                problems.append(f"{where}: {url} (no such file)")
            elif fragment and target.suffix == ".html" and fragment not in _parse(target).ids:
                problems.append(f"{where}: {url} (no id {fragment!r} there)")
    return problems


# --- the checker on a tiny tree --------------------------------------------------------------


def _write(site: Path, path: str, html: str) -> None:
    target = site / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html, encoding="utf-8")


def test_checker_finds_missing_pages_files_and_anchors(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _write(site, "index.html", '<a href="a/">a</a><a href="a/#satu">satu</a><p id="atas"></p>')
    _write(
        site,
        "a/index.html",
        '<h2 id="satu"></h2><a href="../">home</a><a href="#satu">here</a>'
        '<a href="../#atas">top</a><img src="../gambar.png"><a href="https://contoh.example/x">'
        'out</a><a href="../cari/?q=x%20y">cari</a><a name="lama"></a><a href="#lama">lama</a>',
    )
    _write(site, "cari/index.html", "<p>cari</p>")
    (site / "gambar.png").write_bytes(b"")
    assert broken_links(site) == []

    _write(
        site,
        "b/index.html",
        '<a href="../tidak-ada/">x</a><a href="../a/#dua">y</a><a href="#nol">z</a>'
        '<script src="../hilang.js"></script><a href="../../luar/">w</a>'
        '<a href="../a/index.html#satu">ok</a><a href="/a/#satu">abs</a><a href="/x/">abs</a>',
    )
    assert broken_links(site) == [
        "b/index.html: ../tidak-ada/ (no such file)",
        "b/index.html: ../a/#dua (no id 'dua' there)",
        "b/index.html: #nol (no id 'nol' there)",
        "b/index.html: ../hilang.js (no such file)",
        "b/index.html: ../../luar/ (no such file)",
        "b/index.html: /x/ (no such file)",
    ]


# --- the built site --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built_site(tmp_path_factory) -> Path:
    """The corpus plus some synthetic articles, built as `netralitas build` does it."""
    from netralitas.site import build
    from netralitas.synth import generate
    from test_build import hand_written_docs

    tmp = tmp_path_factory.mktemp("links-site")
    corpus = tmp / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    for art in generate(SYNTH_ARTICLES, 7):
        (corpus / art.name).write_text(art.text, encoding="utf-8")
    docs = hand_written_docs(tmp / "docs")
    site = tmp / "site"
    build(corpus, docs, site, config_file=CONFIG, cache=False)
    return site


@pytest.mark.slow
def test_every_internal_link_of_the_built_site_resolves(built_site: Path, tmp_path: Path) -> None:
    pages = list(built_site.rglob("*.html"))
    assert len(pages) > 50
    links = sum(len(_parse(p).links) for p in pages)
    assert links > 1000
    assert broken_links(built_site) == []

    # The same site with one link to a page and one quote anchor broken is caught.
    broken = tmp_path / "broken"
    shutil.copytree(built_site, broken)
    article = next(
        p for p in sorted((broken / "artikel").rglob("index.html")) if "#k-" in p.read_text()
    )
    html = article.read_text("utf-8")
    html = html.replace('href="#k-', 'href="#hilang-k-', 1)
    html = html.replace('href="../../pejabat/', 'href="../../pejabat-hilang/', 1)
    article.write_text(html, encoding="utf-8")
    found = broken_links(broken)
    where = article.relative_to(broken).as_posix()
    assert len(found) == 2 and all(f.startswith(f"{where}: ") for f in found), found
    assert any("no id 'hilang-k-" in f for f in found)
    assert any("pejabat-hilang" in f and "no such file" in f for f in found)
