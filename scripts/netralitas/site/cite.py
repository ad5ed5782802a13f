"""Ready citations of a quote: an APA-style line in Indonesian, BibTeX and CSL-JSON, and the
"Kutip" box that shows them on a page.

A citation names the speaker, the article (title, outlet, date, source URL) and the quote's
permalink in this archive.  Without a known site address (`site_url`) the permalink is the
site-relative path ("artikel/x/#k-…"); the box carries what `assets/kutip.js` needs to turn it
into the full address in the reader's browser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import labels
from .archive import ISO_DATE, QuoteRef
from .html import Html
from .text import attr, html_text, json_array, one_line, page_url, safe_url, url_rel

ARCHIVE_NAME = "Arsip Netralitas ASN"
VIA = f"diakses via {ARCHIVE_NAME}"


@dataclass(frozen=True)
class Citation:
    """Everything a citation of one quote says."""

    qid: str
    quote: str
    speaker: str | None
    title: str
    outlet: str | None
    date: str | None  # ISO; publication date, else the event date
    url: str | None  # the article at its outlet (http/https only)
    permalink: str  # the quote in this archive


def permalink(ref: QuoteRef, site_url: str | None = None) -> str:
    """The quote's permalink: its article page with the quote's anchor."""
    base = (site_url.rstrip("/") + "/") if site_url else ""
    return f"{base}{page_url(ref.article.path)}#{ref.qid}"


def citation(ref: QuoteRef, site_url: str | None = None) -> Citation:
    x = ref.article.x
    date = ref.article.issued
    return Citation(
        qid=ref.qid,
        quote=one_line(ref.quote.text),
        speaker=ref.speaker.name if ref.speaker else None,
        title=ref.article.title,
        outlet=(one_line(x.outlet.value) or None) if x.outlet else None,
        date=date if date and ISO_DATE.fullmatch(date) else None,
        url=safe_url(x.url),
        permalink=permalink(ref, site_url),
    )


# --- APA -------------------------------------------------------------------------------------


def _sentence(text: str) -> str:
    """The text closed with a full stop unless it already ends in one (or ? !)."""
    return text if text.endswith((".", "?", "!", "…")) else text + "."


def _apa_date(iso: str | None) -> str:
    if not iso:
        return "(t.t.)"  # tanpa tahun
    year, month, day = (int(p) for p in iso.split("-"))
    return f"({year}, {day} {labels.month(month)})"


def apa(c: Citation) -> str:
    """Speaker (Tahun, Tanggal Bulan). Judul. Outlet. URL — diakses via Arsip Netralitas ASN,
    permalink.  Without a speaker the title takes the author's place, as APA does."""
    head = (
        f"{c.speaker} {_apa_date(c.date)}. {_sentence(c.title)}"
        if c.speaker
        else f"{_sentence(c.title)} {_apa_date(c.date)}."
    )
    parts = [head]
    if c.outlet:
        parts.append(_sentence(c.outlet))
    if c.url:
        parts.append(c.url)
    return " ".join(parts) + f" — {VIA}, {c.permalink}"


# --- BibTeX ----------------------------------------------------------------------------------

_BIB_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_URL_SPECIAL = {"\\": "", "{": "%7B", "}": "%7D", "%": r"\%", "#": r"\#"}


# A scan for the few special characters, not str.translate: that looks every character up in
# a Python dict, a tenth of rendering the citation files.
_BIB_SPECIAL_RE = re.compile("[" + re.escape("".join(_BIB_SPECIAL)) + "]")
_URL_TABLE = str.maketrans(_URL_SPECIAL)


def bib_text(text: str) -> str:
    """Text for a braced BibTeX value: TeX's special characters escaped, braces balanced."""
    return _BIB_SPECIAL_RE.sub(lambda m: _BIB_SPECIAL[m.group()], one_line(text))


def bib_url(url: str) -> str:
    return url.translate(_URL_TABLE)


def _note(c: Citation) -> str:
    quote = c.quote.rstrip(" ,;:")  # the comma before "katanya" is no part of a citation
    return f"Kutipan: “{quote}”. Diakses via {ARCHIVE_NAME}, {c.permalink}"


def bibtex(c: Citation) -> str:
    fields: list[tuple[str, str]] = []
    if c.speaker:
        fields.append(("author", "{" + bib_text(c.speaker) + "}"))  # a name, not "Last, First"
    fields.append(("title", "{" + bib_text(c.title) + "}"))  # keep its capitals
    if c.outlet:
        fields.append(("howpublished", bib_text(c.outlet)))
    if c.date:
        year, month, _ = c.date.split("-")
        fields += [("year", year), ("month", MONTHS[int(month) - 1]), ("date", c.date)]
    if c.url:
        fields.append(("url", bib_url(c.url)))
    fields += [("note", bib_text(_note(c))), ("language", "indonesian")]
    body = "".join(
        f"  {name} = {value if name == 'month' else '{' + value + '}'},\n" for name, value in fields
    )
    return f"@misc{{{c.qid},\n{body}}}"


# --- CSL-JSON --------------------------------------------------------------------------------


def csl(c: Citation) -> dict:
    item: dict = {"id": c.qid, "type": "article-newspaper", "language": "id"}
    if c.speaker:
        item["author"] = [{"literal": c.speaker}]
    item["title"] = c.title
    if c.outlet:
        item["container-title"] = c.outlet
    if c.date:
        item["issued"] = {"date-parts": [[int(p) for p in c.date.split("-")]]}
    if c.url:
        item["URL"] = c.url
    item["archive"] = ARCHIVE_NAME
    item["archive_location"] = c.permalink
    item["note"] = _note(c)
    return item


# --- the box and the citation files -----------------------------------------------------------

# Beside each article page (artikel/x/): the BibTeX and CSL-JSON of all its quotes.  In the
# page they would be 60% of its bytes, which MkDocs holds in memory for every page at once;
# assets/kutip.js fetches them when a reader opens a Kutip box.
BIB_FILE = "kutipan.bib"
CSL_FILE = "kutipan.json"


def file_paths(article_path: str) -> tuple[str, str]:
    """docs-relative paths of an article page's citation files (artikel/x.md -> artikel/x/…)."""
    folder = page_url(article_path)
    return folder + BIB_FILE, folder + CSL_FILE


def citation_files(
    article_path: str, refs: list[QuoteRef], site_url: str | None = None
) -> dict[str, str]:
    """The BibTeX and CSL-JSON files of an article's quotes (none without quotes)."""
    if not refs:
        return {}
    cites = [citation(r, site_url) for r in refs]
    bib, csl_path = file_paths(article_path)
    return {
        bib: "\n\n".join(bibtex(c) for c in cites) + "\n",
        csl_path: json_array([csl(c) for c in cites]),
    }


def kutip_box(page: str, ref: QuoteRef, site_url: str | None = None) -> Html:
    """A raw-HTML <details> block (no blank line inside): the APA line, and links to the
    article's BibTeX and CSL-JSON files, whose entry for this quote assets/kutip.js shows in
    the box (with copy buttons) when it is opened.  Without script the APA text is there to
    select and the files to download."""
    c = citation(ref, site_url)
    data = f' data-kutipan="{attr(c.qid)}"'
    if not site_url:
        data += (
            f' data-permalink="{attr(c.permalink)}" data-akar="{attr(url_rel(page, "index.md"))}"'
        )
    folder = url_rel(page, ref.article.path)
    folder = "" if folder == "./" else folder
    rows = [
        f'<details class="kutip"{data}>',
        "<summary>Kutip</summary>",
        '<p class="kutip-format">APA</p>',
        f'<pre class="kutip-teks" data-format="apa" data-label="APA">{html_text(apa(c))}</pre>',
        f'<p class="kutip-berkas">Semua kutipan artikel ini: '
        f'<a href="{attr(folder + BIB_FILE)}" data-format="bibtex">BibTeX</a> · '
        f'<a href="{attr(folder + CSL_FILE)}" data-format="csl-json">CSL-JSON</a></p>',
        "</details>",
    ]
    return Html("\n".join(rows))
