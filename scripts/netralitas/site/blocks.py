"""Building blocks shared by the pages: fact lists, article tables, quote lists, sections.

They return raw HTML (html.py), which escapes every corpus string; labels written here are our
own.  Only the section headings are Markdown (Material's table of contents and permalinks).
"""

from __future__ import annotations

from . import labels
from .archive import Archive, Article, Official, QuoteRef
from .html import NONE, Html, a, blocks, cat, code, el, em, esc, join, link, p, table, ul
from .schema import PageMeta, dump_page
from .text import one_line, safe_url, slugify

GENERATED_CLASS = "nt-dibuat"  # search.EXCLUDE_SELECTORS keeps the note out of the index


def generated_note(sources: list[str]) -> Html:
    shown = join("seluruh korpus" if "*" in s else s for s in sources[:3])
    more = f" dan {len(sources) - 3} berkas lain" if len(sources) > 3 else ""
    note = cat(
        "Halaman ini dibuat otomatis oleh ",
        code("netralitas build"),
        " dari ",
        shown,
        more,
        "; fakta di atas diekstrak mesin dan bisa keliru.",
    )
    return p(em(note), class_=GENERATED_CLASS)


def generated_page(meta: PageMeta, *parts: str) -> str:
    """A generated page: its front matter, the parts, and the note that says it is generated,
    always last (mdx.py recognises generated pages by that note)."""
    return dump_page(meta, blocks(*parts, generated_note(meta.generated_from)))


def date_cell(article: Article) -> str:
    return labels.date(article.date) if article.date else NONE


def places_html(page: str, archive: Archive, article: Article) -> Html:
    """Linked regions of an article: "Kabupaten Cianjur (Jawa Barat)"; a province on its own
    only when none of its kabupaten/kota is named."""
    places = [p for p in map(archive.place_of, article.x.regions) if p is not None]
    covered = {p.province for p in places if p.kind != "provinsi"}
    out = []
    for place in places:
        if place.kind == "provinsi":
            if place.name not in covered:
                out.append(link(place.name, page, place.path))
        else:
            prov = archive.province_of(place)
            out.append(
                cat(link(place.name, page, place.path), " (", link(prov.name, page, prov.path), ")")
            )
    return join(out)


def article_table(page: str, archive: Archive, articles: list[Article]) -> Html:
    rows = [
        [
            date_cell(a),
            link(a.title, page, a.path),
            places_html(page, archive, a),
            election_html(a),
        ]
        for a in articles
    ]
    return table(["Tanggal", "Judul", "Wilayah", "Pemilihan"], rows)


def official_items(page: str, officials: list[Official], articles: list[Article]) -> Html:
    """Officials with the role the given articles give them (the newest first)."""
    ids = {id(a) for a in articles}
    items = []
    for o in officials:
        here = next((r for r, a in o.roles if id(a) in ids), None)
        items.append(cat(link(o.name, page, o.path), f" — {here}" if here else ""))
    return ul(items)


CHECKED = Html(
    '<span class="diperiksa" title="Fakta ini dikoreksi atau dikonfirmasi seseorang di berkas '
    'korpus">diperiksa manusia</span>'
)


def checked_badge(checked: bool) -> Html:
    """The "checked by a person" mark after a fact (empty when a machine found it)."""
    return Html(f" {CHECKED}") if checked else Html("")


def source_link(article: Article, text: str = "sumber") -> Html | None:
    """A link to the article at its outlet; None without a safe http(s) URL."""
    url = safe_url(article.x.url)
    return a(text, url) if url else None


def outlet_of(article: Article) -> str | None:
    x = article.x
    return x.outlet.value if x.outlet and one_line(x.outlet.value) else None


def speaker_html(page: str, ref: QuoteRef) -> Html:
    """ "<a>Nama</a>, Jabatan" or "tanpa atribusi"."""
    if not ref.speaker:
        return esc("tanpa atribusi")
    who = link(ref.speaker.name, page, ref.speaker.path)
    return cat(who, ", ", ref.role) if ref.role else who


def quote_items(page: str, quotes: list[QuoteRef], speaker: bool = True) -> Html:
    """One item per quote: the text, who said it (with the role the article gives), date,
    outlet, the permalink to the quote in its article, and the outlet's page."""
    items = []
    for ref in quotes:
        who = speaker_html(page, ref) if speaker else (ref.role or "")
        a_ = ref.article
        meta = [
            date_cell(a_) if a_.date else None,
            outlet_of(a_),
            link(a_.title, page, a_.path, ref.qid),
            source_link(a_),
        ]
        items.append(
            cat(
                f"“{one_line(ref.quote.text)}”",
                " — " if who else "",
                who,
                " (",
                join((m for m in meta if m), " · "),
                ")",
                checked_badge(ref.quote.checked),
            )
        )
    return ul(items)


def tag_path(value: str) -> str:
    """The tag page of an activity kind or an election ("tag/sosialisasi.md")."""
    return f"tag/{value}.md"


def activities_html(article: Article, page: str | None = None) -> Html:
    """The activity kinds; linked to their tag pages when `page` is given."""
    kinds = [a.kind for a in article.x.activities]
    if not kinds:
        return esc(NONE)
    if page:
        return join(link(labels.activity(k), page, tag_path(k)) for k in kinds)
    return join(labels.activity(k) for k in kinds)


def election_html(article: Article, page: str | None = None) -> Html:
    """The election; linked to its tag page when `page` is given ("both" links to both)."""
    e = article.x.election
    if not e:
        return esc(NONE)
    values = ["pemilu-2024", "pilkada-2024"] if e.value == "both" else [e.value]
    if page and all(v in labels.ELECTION_TAGS for v in values):
        return join((link(labels.election(v) or v, page, tag_path(v)) for v in values), " dan ")
    return esc(labels.election(e.value) or e.value)


def commitment_table(
    page: str, archive: Archive, articles: list[Article], where: bool = True
) -> Html:
    """The dated list of commitments: what kind, for which election, where, in which article."""
    header = ["Tanggal", *(["Wilayah"] if where else []), "Kegiatan", "Pemilihan", "Artikel"]
    rows = [
        [
            date_cell(a),
            *([places_html(page, archive, a)] if where else []),
            activities_html(a),
            election_html(a),
            link(a.title, page, a.path),
        ]
        for a in articles
    ]
    return table(header, rows)


# Pagefind leaves out what is inside such an element (but reads its filters).
UNINDEXED = "<div data-pagefind-ignore>"


def unindexed(content: str) -> Html:
    """Inline content shown but kept out of the search index (see `section`)."""
    return el("span", content, data_pagefind_ignore="index")


def section(title: str, count: int | None, body: str, empty: str, indexed: bool = True) -> str:
    """A level-2 Markdown heading (its anchor fixed by the title, not the count, which
    changes), then the body's HTML blocks, or `empty` as a paragraph.

    `indexed=False` keeps the body out of the search index: region and official pages repeat
    the quotes and article lists of their articles, and an article's officials and quotes
    repeat its own text, which is indexed.  At 10,000 articles such repeats were two thirds of
    what a first search for a common word downloads, and Pagefind's memory grows with every
    indexed word (issue 6's budgets)."""
    heading = f"## {title}" + (f" ({count})" if count is not None else "")
    heading += f" {{#{slugify(title)}}}"
    if not body.strip():
        return f"{heading}\n\n{p(empty)}" if empty else heading
    if not indexed:
        body = f"{UNINDEXED}\n\n{body}\n\n</div>"
    return f"{heading}\n\n{body}"
