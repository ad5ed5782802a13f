"""Site pages: golden pages, determinism, stable paths, front matter round trip, hostile text,
writing and the drift check on a temporary docs/.

Golden pages: tests/golden_pages/ holds every page rendered from `sample_extractions()`.  After
an intended change of the pages, regenerate them with

    UPDATE_GOLDEN_PAGES=1 .venv/bin/pytest tests/test_site.py

and review the diff.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import frontmatter
import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from netralitas.model import (
    Activity,
    Election,
    EventDate,
    Extraction,
    Fact,
    Official,
    Quote,
    Region,
    Span,
    TextValue,
)
from netralitas.site import PageMeta, build_pages, check_pages, read_meta, write_pages
from netralitas.site.blocks import GENERATED_CLASS, UNINDEXED
from netralitas.site.schema import SiteError, dump_page, yaml_scalar
from netralitas.site.search import EXCLUDE_SELECTORS

GOLDEN = Path(__file__).parent / "golden_pages"
ROOT = Path(__file__).resolve().parent.parent
WHY = Fact("test", Span(0, 1))


def _quote(body: str, text: str, speaker: str | None) -> Quote:
    at = body.find(text)
    return Quote(text, Span(at, at + len(text)), speaker, WHY)


def _line_spans(body: str) -> list[Span]:
    """The paragraph spans the pipeline would record: one per line of the cleaned text."""
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body)]


def _tv(value: str) -> TextValue:
    return TextValue(value, WHY)


def article_cianjur() -> Extraction:
    body = (
        "Korpri Cianjur Ikrarkan Netralitas Jelang Pemilu\n"
        "CIANJUR – Ratusan ASN mengikuti apel di halaman kantor bupati, Rabu (29/11/2023).\n"
        "“ASN wajib netral, tidak ada tawar-menawar,” tegas Bupati Cianjur Herman Suherman.\n"
        "Ketua Korpri Kabupaten Cianjur Dadan Ginanjar menambahkan bahwa pengawasan berjalan. "
        "“Kami awasi media sosial pegawai,” ujar Dadan."
    )
    return Extraction(
        source="corpus/contoh-cianjur.txt",
        article_id="contoh-cianjur",
        title=_tv("Korpri Cianjur Ikrarkan Netralitas Jelang Pemilu"),
        outlet=_tv("Kabar Contoh"),
        dateline=_tv("CIANJUR"),
        date=EventDate("2023-11-29", "Rabu (29/11/2023)", False, WHY),
        regions=[Region("Kabupaten Cianjur", "Jawa Barat", "32.03", "kabupaten", WHY)],
        officials=[
            Official("Herman Suherman", "Bupati Cianjur", WHY, aliases=["Herman"]),
            Official(
                "Dadan Ginanjar",
                "Ketua Korpri Kabupaten Cianjur",
                WHY,
                other_roles=["Kepala Dinas Perhubungan Kabupaten Cianjur"],
                aliases=["Dadan"],
            ),
        ],
        quotes=[
            _quote(body, "ASN wajib netral, tidak ada tawar-menawar,", "Herman Suherman"),
            _quote(body, "Kami awasi media sosial pegawai,", "Dadan Ginanjar"),
        ],
        election=Election("pemilu-2024", WHY),
        activities=[Activity("apel-upacara", WHY), Activity("pengawasan", WHY)],
        url="https://contoh.example/berita/korpri-cianjur",
        published="2023-11-30",
        clean_text=body,
        paragraphs=_line_spans(body),
    )


def article_sukabumi() -> Extraction:
    body = (
        "SUKABUMI, Warta Contoh – Pemerintah Kota Sukabumi menggelar sosialisasi netralitas, "
        "Rabu (11/10).\n"
        "“Jangan ikut kampanye di media sosial,” kata Dadan Ginanjar yang hadir sebagai "
        "narasumber.\n"
        "Seorang peserta bertanya, “Bagaimana dengan grup keluarga?”"
    )
    return Extraction(
        source="corpus/Berita Sukabumi (1).txt",
        article_id="Berita Sukabumi (1)",
        outlet=_tv("Warta Contoh"),
        dateline=_tv("SUKABUMI"),
        date=EventDate("2023-10-11", "Rabu (11/10)", True, WHY),
        regions=[
            Region("Kota Sukabumi", "Jawa Barat", "32.72", "kota", WHY),
            Region("Provinsi Jawa Barat", "Jawa Barat", "32", "provinsi", WHY),
        ],
        officials=[Official("Dadan Ginanjar", "Narasumber sosialisasi", WHY)],
        quotes=[
            _quote(body, "Jangan ikut kampanye di media sosial,", "Dadan Ginanjar"),
            _quote(body, "Bagaimana dengan grup keluarga?", None),
            # Found in a caption the cleaned text leaves out: anchored in the quote list.
            Quote("Netral itu harga mati", Span(0, 5), "Dadan Ginanjar", WHY),
        ],
        election=Election("pilkada-2024", WHY),
        activities=[Activity("sosialisasi", WHY)],
        clean_text=body,
        paragraphs=_line_spans(body),
    )


def sample_extractions() -> list[Extraction]:
    return [article_cianjur(), article_sukabumi()]


# --- golden pages ----------------------------------------------------------------------------


def golden_subset(pages: dict[str, str]) -> dict[str, str]:
    """Every generated file but the pages and feeds of provinces without articles (checked
    in test_every_province_has_a_page_and_a_feed)."""
    empty = {
        path.rsplit("/", 1)[0]
        for path, text in pages.items()
        if path.startswith("wilayah/")
        and path.endswith("/index.md")
        and "<li><strong>Artikel:</strong> 0</li>" in text
    }
    return {p: t for p, t in pages.items() if p.rsplit("/", 1)[0] not in empty}


def test_golden_pages() -> None:
    pages = golden_subset(build_pages(sample_extractions()))
    if os.environ.get("UPDATE_GOLDEN_PAGES"):
        write_golden(pages)
    expected = {
        p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
        for p in GOLDEN.rglob("*")
        if p.is_file()
    }
    assert sorted(pages) == sorted(expected), "set of pages differs from tests/golden_pages/"
    for path, text in pages.items():
        assert text == expected[path], f"{path} differs from tests/golden_pages/{path}"


def write_golden(pages: dict[str, str]) -> None:
    for old in GOLDEN.rglob("*"):
        if old.is_file():
            old.unlink()
    for path, text in pages.items():
        target = GOLDEN / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    for d in sorted(GOLDEN.rglob("*"), key=lambda d: -len(d.parts)):
        if d.is_dir() and not any(d.iterdir()):
            d.rmdir()


def test_every_province_has_a_page_and_a_feed() -> None:
    from netralitas.gazetteer import load

    pages = build_pages(sample_extractions())
    provinces = [
        p
        for p in pages
        if p.startswith("wilayah/") and p.count("/") == 2 and p.endswith("/index.md")
    ]
    assert len(provinces) == 38 == len(load().provinces)
    for path in provinces:
        assert path.replace("index.md", "feed.xml") in pages
    aceh = pages["wilayah/aceh/index.md"]
    assert read_meta(aceh).kind == "provinsi"
    # every kabupaten/kota, zero too
    assert "<tr><td>Kabupaten Aceh Selatan</td><td>11.01</td><td>0</td><td>0</td></tr>" in aceh


def test_pages_are_deterministic_and_order_free() -> None:
    a = build_pages(sample_extractions())
    b = build_pages(list(reversed(sample_extractions())))
    assert a == b
    assert list(a) == sorted(a)


@pytest.mark.slow
def test_pages_do_not_depend_on_hash_seed() -> None:
    """Set and dict orders must not leak into pages: render in processes with other seeds."""
    code = (
        "import hashlib, sys; sys.path.insert(0, sys.argv[1]);"
        "from test_site import sample_extractions, hostile_extraction;"
        "from netralitas.site import build_pages;"
        "xs = [*sample_extractions(), hostile_extraction('<x> 😀')];"
        "print(hashlib.sha1(repr(sorted(build_pages(xs).items())).encode()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code, str(Path(__file__).parent)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1


def test_page_paths_are_stable_when_articles_come_and_go() -> None:
    both = build_pages(sample_extractions())
    only_cianjur = build_pages([article_cianjur()])
    only_sukabumi = build_pages([article_sukabumi()])
    assert set(only_cianjur) <= set(both)
    assert set(only_sukabumi) <= set(both)
    assert "artikel/contoh-cianjur.md" in both
    assert "wilayah/jawa-barat/kabupaten-cianjur.md" in both
    assert "wilayah/jawa-barat/kota-sukabumi.md" in both
    assert "wilayah/jawa-barat/index.md" in both
    assert "pejabat/dadan-ginanjar.md" in both
    # A file name with spaces and capitals gets a slug plus a hash of the name itself.
    odd = [p for p in both if p.startswith("artikel/berita-sukabumi-1-") and p.endswith(".md")]
    assert len(odd) == 1


def test_every_page_says_it_is_generated_and_from_what() -> None:
    pages = {p: t for p, t in build_pages(sample_extractions()).items() if p.endswith(".md")}
    for path, text in pages.items():
        meta = read_meta(text)
        assert meta is not None, path
        assert meta.generated_by == "netralitas build"
        assert meta.generated_from, path
    meta = read_meta(pages["artikel/contoh-cianjur.md"])
    assert meta.generated_from == ["corpus/contoh-cianjur.txt"]
    # The note ends every page (mdx.py relies on it) and stays out of the search index.
    for path, text in pages.items():
        assert text.splitlines()[-1].startswith(f'<p class="{GENERATED_CLASS}">'), path
    assert f".{GENERATED_CLASS}" in EXCLUDE_SELECTORS
    assert read_meta(pages["index.md"]).generated_from == ["corpus/*.txt"]


def test_article_page_marks_quotes_with_stable_anchors() -> None:
    x = article_cianjur()
    text = build_pages([x])["artikel/contoh-cianjur.md"]
    for q in x.quotes:
        qid = q.quote_id(x.article_id)
        assert f'<mark id="{qid}" class="kutipan">{q.text}</mark>' in text
    meta = read_meta(text)
    assert meta.quotes == [q.quote_id(x.article_id) for q in x.quotes]


def test_quote_outside_the_text_is_anchored_in_the_list() -> None:
    x = article_sukabumi()
    pages = build_pages([x])
    text = next(t for p, t in pages.items() if p.startswith("artikel/berita-sukabumi"))
    qid = x.quotes[2].quote_id(x.article_id)
    assert f'<span id="{qid}"></span>' in text
    assert text.count(f'id="{qid}"') == 1


# --- front matter ----------------------------------------------------------------------------

HOSTILE = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    "**tebal** _miring_ `kode`",
    "# Judul palsu",
    "kolom | tabel | palsu",
    "[tautan](javascript:alert(1)) ![gambar](x.png)",
    "---",
    "{{ config.site_name }} {% if x %}",
    "key: value # komentar, - daftar, ? tanya, & anchor, *alias, !tag, @at, `tick`",
    "'kutip tunggal' \"kutip ganda\" yes no null ~ 2024-01-01",
    "{: .kelas #id onclick=alert(1) }",
    "&amp; &lt;b&gt; &#60;i&#62;",
    "<!-- komentar -->",
    "Salam 😀 é ü 中文 \u200b nol-lebar",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_front_matter_round_trip(value: str) -> None:
    meta = PageMeta(
        title=value,
        kind="artikel",
        generated_from=[f"corpus/{value}.txt"],
        description=value,
        officials=[value, "Budi"],
        date="2024-01-01",
    )
    page = dump_page(meta, "isi")
    assert read_meta(page) == meta
    post = frontmatter.loads(page)
    assert post.content == "isi"
    raw = post.metadata
    assert raw["officials"] == [value, "Budi"]
    assert raw["date"] == "2024-01-01"  # a string, not a date object
    assert "<" not in raw["title"] and ">" not in raw["title"]  # HTML-safe for Material


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_front_matter_scalars_read_back_as_written(value: str) -> None:
    assert yaml.safe_load(f"k: {yaml_scalar(value)}") == {"k": value}
    meta = PageMeta(title=value or "x", kind="indeks", generated_from=[value], officials=[value])
    assert read_meta(dump_page(meta, "isi")) == meta


def test_front_matter_rejects_unknown_keys() -> None:
    text = "---\ntitle: x\nkind: artikel\ngenerated_by: netralitas build\ngenerated_from: []\nfoo: 1\n---\n"
    with pytest.raises(SiteError, match="unknown front-matter key"):
        read_meta(text)
    assert read_meta("---\ntitle: Tangan\n---\n\n# Tangan\n") is None  # hand-written


# --- hostile text ----------------------------------------------------------------------------


def hostile_extraction(value: str) -> Extraction:
    body = f"{value}\nParagraf “{value}” kata {value}.\n{value}"
    quote = _quote(body, value, value)
    return Extraction(
        source="corpus/hostile.txt",
        article_id="hostile",
        title=_tv(value),
        subtitle=_tv(value),
        outlet=_tv(value),
        dateline=_tv(value),
        date=EventDate("2024-01-02", value, False, WHY),
        regions=[Region(f"Kabupaten {value}", value, "99.01", "kabupaten", WHY)],
        officials=[Official(value, value, WHY, other_roles=[value], aliases=[value])],
        quotes=[quote] if quote.span.start >= 0 else [],
        election=Election("both", WHY),
        url=value,
        published="2024-01-03",
        clean_text=body,
        paragraphs=_line_spans(body),
    )


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.comments.append(data)


def render_html(markdown_text: str) -> str:
    """Markdown to HTML with the extensions mkdocs.yml enables."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)
    exts = [e if isinstance(e, str) else next(iter(e)) for e in config["markdown_extensions"]]
    return markdown.markdown(markdown_text, extensions=exts)


@functools.cache
def structure(value: str) -> tuple[Counter, str]:
    """Every element (tag and attribute names) of every page rendered from an article made
    of `value`, and the article page's visible text."""
    elements: Counter = Counter()
    visible = ""
    for path, page in golden_subset(build_pages([hostile_extraction(value)])).items():
        if not path.endswith(".md"):
            continue  # data files and feeds: tests/test_data.py
        assert read_meta(page) is not None, path
        parsed = _Elements()
        parsed.feed(render_html(frontmatter.loads(page).content))
        assert not parsed.comments, path
        for tag, attrs in parsed.tags:
            elements[(tag, tuple(sorted(name for name, _ in attrs)))] += 1
            for name, val in attrs:
                if name == "href":
                    assert not (val or "").lower().startswith(("javascript:", "data:")), path
        if path == "artikel/hostile.md":
            visible = " ".join("".join(parsed.text).split())
    return elements, visible


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_stays_text(value: str) -> None:
    """A hostile article gives exactly the elements a harmless one gives, and its text shows
    as the same visible text."""
    elements, visible = structure(value)
    harmless, _ = structure("Teks biasa")
    assert elements == harmless
    assert " ".join(value.split()) in visible


# --- the Markdown extension for generated pages ---------------------------------------------

MDX = "netralitas.site.mdx"


def _extensions() -> list[str]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)
    return [e if isinstance(e, str) else next(iter(e)) for e in config["markdown_extensions"]]


def _convert(text: str, mdx: bool) -> str:
    exts = [e for e in _extensions() if e != MDX] + ([MDX] if mdx else [])
    return markdown.markdown(text, extensions=exts, extension_configs={"toc": {"permalink": True}})


def test_mkdocs_uses_the_extension() -> None:
    assert MDX in _extensions()


@pytest.mark.parametrize("value", ["Teks biasa", "<b>x</b> | *y*", "# Judul {#x}", "<!-- k -->"])
def test_extension_changes_no_byte_of_a_page(value: str) -> None:
    """The extension only saves Python-Markdown the work of finding the HTML blocks."""
    pages = golden_subset(build_pages([*sample_extractions(), hostile_extraction(value)]))
    for path, page in pages.items():
        if path.endswith(".md"):
            body = frontmatter.loads(page).content
            assert _convert(body, mdx=True) == _convert(body, mdx=False), path


def test_extension_stashes_generated_pages_only() -> None:
    md = markdown.Markdown(extensions=[MDX])
    stash = md.preprocessors["netralitas_blocks"]
    page = build_pages([article_cianjur()])["artikel/contoh-cianjur.md"]
    lines = frontmatter.loads(page).content.split("\n")
    out = stash.run(lines)
    assert [ln for ln in out if ln.startswith("<")] == []  # every HTML block stashed
    assert [ln for ln in out if ln.startswith("#")] == [ln for ln in lines if ln.startswith("#")]
    chunks = "\n".join(lines).split("\n\n")
    html = [c.startswith("<") for c in chunks]
    runs = sum(1 for i, h in enumerate(html) if h and (i == 0 or not html[i - 1]))
    assert runs == 4 and len(md.htmlStash.rawHtmlBlocks) == runs  # one per section
    hand_written = ["# Tentang", "", "<p>raw</p> *ekor*", "", "<div>x</div>"]
    assert stash.run(list(hand_written)) == hand_written


# --- files -----------------------------------------------------------------------------------


def test_write_pages_writes_removes_and_spares_hand_written(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "artikel").mkdir(parents=True)
    (docs / "tentang.md").write_text("# Tentang\n", encoding="utf-8")
    (docs / "artikel" / "catatan.md").write_text("---\ntitle: Catatan\n---\n\nTangan.\n")
    pages = build_pages(sample_extractions())
    report = write_pages(pages, docs)
    assert sorted(report.written) == sorted(pages)
    assert check_pages(pages, docs) == []
    assert not list(docs.rglob("*.tmp"))

    again = write_pages(pages, docs)
    assert again.written == [] and again.removed == [] and again.unchanged == len(pages)

    fewer = build_pages([article_cianjur()])
    drift = check_pages(fewer, docs)
    assert drift and all(d.state in {"stale", "extra"} for d in drift)
    report = write_pages(fewer, docs)
    assert "wilayah/jawa-barat/kota-sukabumi.md" in report.removed
    assert not (docs / "wilayah/jawa-barat/kota-sukabumi.md").exists()
    assert check_pages(fewer, docs) == []
    assert (docs / "tentang.md").read_text() == "# Tentang\n"
    assert (docs / "artikel" / "catatan.md").exists()


def test_check_pages_names_missing_stale_and_extra(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    pages = build_pages([article_cianjur()])
    write_pages(pages, docs)
    (docs / "artikel/contoh-cianjur.md").unlink()
    (docs / "index.md").write_text(pages["index.md"] + "diubah\n", encoding="utf-8")
    (docs / "pejabat/lama.md").write_text(pages["pejabat/dadan-ginanjar.md"], encoding="utf-8")
    assert [str(d) for d in check_pages(pages, docs)] == [
        "missing: artikel/contoh-cianjur.md",
        "stale: index.md",
        "extra: pejabat/lama.md",
    ]


def test_write_pages_refuses_to_overwrite_a_hand_written_page(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Beranda tulisan tangan\n", encoding="utf-8")
    with pytest.raises(SiteError, match="hand-written page in the way"):
        write_pages(build_pages([]), docs)
    assert (docs / "index.md").read_text() == "# Beranda tulisan tangan\n"


# --- checked by a person ---------------------------------------------------------------------


def test_facts_a_person_checked_carry_the_mark() -> None:
    x = article_cianjur()
    x.corrected = ["date", "officials"]
    x.quotes[1].checked = True
    pages = build_pages([x])
    page = pages["artikel/contoh-cianjur.md"]
    mark = "diperiksa manusia</span>"
    lines = page.splitlines()
    date_line = next(ln for ln in lines if ln.startswith("<li><strong>Tanggal peristiwa:"))
    assert mark in date_line
    wilayah = next(ln for ln in lines if ln.startswith("<li><strong>Wilayah:"))
    assert mark not in wilayah
    assert f"{mark} Daftar pejabat ini dikoreksi" in page
    assert "<li><strong>Diperiksa manusia:</strong> tanggal, pejabat</li>" in page
    quotes = [ln for ln in lines if re.match(r"<p><strong>\d+\.</strong>", ln)]
    assert [mark in ln for ln in quotes] == [False, True]
    region = pages["wilayah/jawa-barat/kabupaten-cianjur.md"]
    items = [ln for ln in region.splitlines() if ln.startswith("<li>“")]
    assert [mark in ln for ln in items] == [False, True]
    assert mark in pages["metodologi.md"]


def _section(page: str, anchor: str) -> str:
    """The text of a page from the heading with `{#anchor}` to the next level-2 heading."""
    start = page.index(f"{{#{anchor}}}")
    end = page.find("\n## ", start)
    return page[start : end if end >= 0 else len(page)]


def test_repeats_stay_out_of_the_index() -> None:
    """What a page repeats from elsewhere is not indexed twice (issue 6: such repeats made
    most of a first search's download and of Pagefind's memory): quotes and article lists on
    region and official pages, an official's roles table, an article's officials and quotes
    (its text, which is indexed, has them); what the page itself says is indexed."""
    pages = build_pages(sample_extractions())
    region = pages["wilayah/jawa-barat/kabupaten-cianjur.md"]
    official = pages["pejabat/herman-suherman.md"]
    province = pages["wilayah/jawa-barat/index.md"]
    article = pages["artikel/contoh-cianjur.md"]
    for page, anchor in [
        (region, "kutipan"),
        (region, "komitmen"),
        (region, "artikel-sumber"),
        (official, "kutipan"),
        (official, "artikel"),
        (official, "jabatan-menurut-artikel"),
        (province, "komitmen"),
        (article, "pejabat"),
        (article, "kutipan"),
    ]:
        body = _section(page, anchor)
        wrapped = body.split(UNINDEXED, 1)[-1]
        assert UNINDEXED in body and "\n\n</div>" in wrapped, (anchor, body[:200])
    for page, anchor in [(region, "pejabat"), (article, "teks-artikel")]:
        text = _section(page, anchor).split('<div class="nt-pagefind"')[0]  # not its tags
        assert "data-pagefind-ignore" not in text, anchor
    # The official's roles stay indexed in the facts above the table.
    facts = official[: official.index("{#jabatan-menurut-artikel}")]
    assert "<strong>Jabatan terakhir:</strong>" in facts and "data-pagefind-ignore" not in facts
    # An article's classifications are filters, not words; its date and places are words.
    summary = _section(article, "ringkasan")
    ignored = '<span data-pagefind-ignore="index">'
    for label in ("Pemilihan", "Kegiatan", "Tautan sumber", "Berkas korpus"):
        assert f"<strong>{label}:</strong> {ignored}" in summary, label
    for label in ("Tanggal peristiwa", "Wilayah"):
        assert f"<strong>{label}:</strong> <span data-pagefind" not in summary, label


@given(st.text())
@settings(max_examples=300)
def test_clean_drops_exactly_the_controls(text: str) -> None:
    """text.clean's shortcut for printable text gives what the regex alone gives."""
    from netralitas.site import text as t

    assert t.clean(text) == t._CONTROLS.sub("", text)
    assert t.clean(text + "\u2028x\x85") == t._CONTROLS.sub("", text) + "x"
