"""Citations of quotes: the exact APA line, BibTeX and CSL-JSON (golden strings), and the
Kutip box on article pages."""

from __future__ import annotations

import json

from netralitas.site import build_pages
from netralitas.site.archive import build_archive
from netralitas.site.cite import (
    BIB_FILE,
    CSL_FILE,
    Citation,
    apa,
    bib_text,
    bibtex,
    citation,
    citation_files,
    kutip_box,
)
from test_site import article_cianjur, article_sukabumi, hostile_extraction, sample_extractions


def ref(extraction, n: int = 0):
    archive = build_archive([extraction])
    return archive.articles[0].quotes[n]


def test_apa_with_speaker_outlet_and_url() -> None:
    c = citation(ref(article_cianjur()))
    assert apa(c) == (
        "Herman Suherman (2023, 30 November). Korpri Cianjur Ikrarkan Netralitas Jelang Pemilu. "
        "Kabar Contoh. https://contoh.example/berita/korpri-cianjur — diakses via Arsip "
        "Netralitas ASN, artikel/contoh-cianjur/#k-aca067f835"
    )


def test_apa_without_speaker_puts_the_title_first() -> None:
    c = citation(ref(article_sukabumi(), 1))
    assert apa(c) == (
        "SUKABUMI, Warta Contoh – Pemerintah Kota Sukabumi menggelar sosialisasi netralitas, "
        "Rabu… (2023, 11 Oktober). Warta Contoh. — diakses via Arsip Netralitas ASN, "
        "artikel/berita-sukabumi-1-9123ce/#k-38182cb874"
    )


def test_apa_with_site_address_and_no_date() -> None:
    c = Citation("k-0", "Netral", "Budi", "Judul?", None, None, None, "https://x.example/a/#k-0")
    assert (
        apa(c) == "Budi (t.t.). Judul? — diakses via Arsip Netralitas ASN, https://x.example/a/#k-0"
    )
    site = citation(ref(article_cianjur()), site_url="https://arsip.example/netralitas/")
    assert site.permalink == "https://arsip.example/netralitas/artikel/contoh-cianjur/#k-aca067f835"


def test_bibtex() -> None:
    assert bibtex(citation(ref(article_cianjur()))) == (
        "@misc{k-aca067f835,\n"
        "  author = {{Herman Suherman}},\n"
        "  title = {{Korpri Cianjur Ikrarkan Netralitas Jelang Pemilu}},\n"
        "  howpublished = {Kabar Contoh},\n"
        "  year = {2023},\n"
        "  month = nov,\n"
        "  date = {2023-11-30},\n"
        "  url = {https://contoh.example/berita/korpri-cianjur},\n"
        "  note = {Kutipan: “ASN wajib netral, tidak ada tawar-menawar”. Diakses via Arsip "
        "Netralitas ASN, artikel/contoh-cianjur/\\#k-aca067f835},\n"
        "  language = {indonesian},\n"
        "}"
    )


def test_bibtex_escapes_tex() -> None:
    assert bib_text("50% & {x} #1 a_b $ ^ ~ \\") == (
        "50\\% \\& \\{x\\} \\#1 a\\_b \\$ \\textasciicircum{} \\textasciitilde{} \\textbackslash{}"
    )
    text = bibtex(citation(ref(hostile_extraction("{x} } {"))))
    depth = 0
    for ch in text.replace("\\{", "").replace("\\}", ""):
        depth += {"{": 1, "}": -1}.get(ch, 0)
        assert depth >= 0
    assert depth == 0


def test_citation_files_hold_every_quote_of_the_article() -> None:
    x = article_cianjur()
    r = ref(x, 1)
    refs = build_archive([x], "corpus").articles[0].quotes
    files = citation_files(r.article.path, refs)
    assert sorted(files) == [
        f"artikel/contoh-cianjur/{BIB_FILE}",
        f"artikel/contoh-cianjur/{CSL_FILE}",
    ]
    items = json.loads(files[f"artikel/contoh-cianjur/{CSL_FILE}"])
    assert [i["id"] for i in items] == [q.qid for q in refs]
    assert items[1] == {
        "id": "k-2c3f62bd21",
        "type": "article-newspaper",
        "language": "id",
        "author": [{"literal": "Dadan Ginanjar"}],
        "title": "Korpri Cianjur Ikrarkan Netralitas Jelang Pemilu",
        "container-title": "Kabar Contoh",
        "issued": {"date-parts": [[2023, 11, 30]]},
        "URL": "https://contoh.example/berita/korpri-cianjur",
        "archive": "Arsip Netralitas ASN",
        "archive_location": "artikel/contoh-cianjur/#k-2c3f62bd21",
        "note": "Kutipan: “Kami awasi media sosial pegawai”. Diakses via Arsip Netralitas "
        "ASN, artikel/contoh-cianjur/#k-2c3f62bd21",
    }
    bib = files[f"artikel/contoh-cianjur/{BIB_FILE}"]
    assert bib == "\n\n".join(bibtex(citation(q)) for q in refs) + "\n"
    assert citation_files(r.article.path, []) == {}


def test_every_quote_on_an_article_page_has_a_kutip_box() -> None:
    pages = build_pages(sample_extractions())
    for x in sample_extractions():
        path, page = next(
            (p, t) for p, t in pages.items() if p.startswith("artikel/") and x.article_id in t
        )
        assert page.count('<details class="kutip"') == len(x.quotes)
        for q in x.quotes:
            assert f'data-kutipan="{q.quote_id(x.article_id)}"' in page
        folder = path.removesuffix(".md")
        assert (f"{folder}/{BIB_FILE}" in pages) == bool(x.quotes)
        assert (f"{folder}/{CSL_FILE}" in pages) == bool(x.quotes)


def test_kutip_box_without_and_with_the_site_address() -> None:
    r = ref(article_cianjur())
    box = kutip_box(r.article.path, r)
    assert box.startswith(
        '<details class="kutip" data-kutipan="k-aca067f835" '
        'data-permalink="artikel/contoh-cianjur/#k-aca067f835" '
        'data-akar="../../">\n<summary>Kutip</summary>\n'
    )
    assert "\n\n" not in box  # one raw HTML block for Markdown
    assert 'data-label="APA"' in box and apa(citation(r)).split(".")[0] in box
    # BibTeX and CSL-JSON are files beside the page, which assets/kutip.js shows in the box.
    assert f'<a href="{BIB_FILE}" data-format="bibtex">BibTeX</a>' in box
    assert f'<a href="{CSL_FILE}" data-format="csl-json">CSL-JSON</a>' in box
    absolute = kutip_box(r.article.path, r, site_url="https://arsip.example")
    assert "data-permalink" not in absolute
    assert "https://arsip.example/artikel/contoh-cianjur/#k-aca067f835" in absolute


def test_hostile_text_in_citations_stays_text() -> None:
    r = ref(hostile_extraction("<script>alert(1)</script> &amp;"))
    box = kutip_box(r.article.path, r)
    assert "<script>" not in box
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;" in box
