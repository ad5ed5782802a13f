"""Search with Pagefind: the attributes generated pages carry, and indexing the built site.

Pagefind reads everything it needs from the HTML, so no MkDocs plugin is involved:

- `tags(meta)` gives a hidden block of `data-pagefind-filter`, `-sort` and `-meta` elements
  that the page functions append to a page's Markdown (Python-Markdown passes raw HTML blocks
  through; every value is escaped, corpus text stays text);
- the theme override (overrides/main.html) wraps the content of every page that holds that
  block (MARKER) in `data-pagefind-body`, so only the pages `tags` chose are indexed (single
  articles, regions, officials; never hub pages, navigation, header or footer);
- `index_site(site_dir)` runs the `pagefind` binary (from the `pagefind[bin]` package) on the
  built site after `mkdocs build`; it writes `site_dir/pagefind/`, the index and the script
  (pagefind.js) that docs/cari.md loads, and adds SEARCH_CONFIG.  Pagefind stems Indonesian
  because the pages say `lang="id"`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from . import labels
from .html import Html, a, p
from .schema import PageMeta, SiteError
from .text import html_text, one_line, url_rel

# Page kinds whose content is indexed (when they hold something: see `tags`).
INDEXED_KINDS = ("artikel", "wilayah", "provinsi", "pejabat")
# Where their built pages are (directory URLs): articles, officials, provinces, kabupaten/kota.
# Pagefind reads only these files: the list pages (every article, every tag) are megabytes of
# HTML it would parse for nothing (at 10,000 articles: 170 MB of its memory and 5 s).
INDEXED_GLOB = "{artikel/*,pejabat/*,wilayah/*,wilayah/*/*}/index.html"
# The class of the block `tags` writes; overrides/main.html indexes the pages that contain it.
MARKER = "nt-pagefind"
KIND_LABELS = {
    "artikel": "Artikel",
    "wilayah": "Kabupaten/kota",
    "provinsi": "Provinsi",
    "pejabat": "Pejabat",
}
# Filter names as readers see them on the search page and write them in its URL.
F_PROVINCE = "provinsi"
F_REGION = "kabupaten/kota"
F_OFFICIAL = "pejabat"
F_ELECTION = "pemilu"
F_ACTIVITY = "jenis kegiatan"
F_YEAR = "tahun"
F_KIND = "jenis halaman"
# Every filter name, in the order the search page shows its groups; the page reads them from
# SEARCH_CONFIG, which index_site writes beside the index (docs/assets/cari.js).
FILTER_NAMES = (F_PROVINCE, F_REGION, F_OFFICIAL, F_ELECTION, F_ACTIVITY, F_YEAR, F_KIND)
SEARCH_CONFIG = "saringan.json"
SORT_DATE = "tanggal"  # ISO date: sorts alphabetically = chronologically
SEARCH_PAGE = "cari.md"
SEARCH_HERE = "Cari di wilayah ini"
BUNDLE = "pagefind"  # the folder Pagefind writes inside the site
# Elements inside the indexed content that are furniture, not text: heading permalinks (¶),
# the "Kutip" boxes (citations repeat the title and outlet for every quote), the link to a
# filtered search, and the note that a page was generated (blocks.generated_note).
EXCLUDE_SELECTORS = (".headerlink", ".kutip", ".nt-cari-wilayah", ".nt-dibuat")


def filters(meta: PageMeta) -> list[tuple[str, str]]:
    """(filter name, value) pairs of a page, in a fixed order, without duplicates."""
    pairs = [(F_KIND, KIND_LABELS.get(meta.kind, meta.kind))]
    pairs += [(F_PROVINCE, p) for p in meta.provinces]
    pairs += [(F_REGION, r) for r in meta.regions]
    if meta.kind not in ("wilayah", "provinsi"):  # a place page is not about its officials
        pairs += [(F_OFFICIAL, o) for o in meta.officials]
    if meta.election:
        pairs.append((F_ELECTION, labels.election(meta.election) or meta.election))
    pairs += [(F_ACTIVITY, labels.activity(a)) for a in meta.activities]
    if meta.date and len(meta.date) >= 4 and meta.date[:4].isdigit():
        pairs.append((F_YEAR, meta.date[:4]))
    seen: set[tuple[str, str]] = set()
    out = []
    for name, value in pairs:
        value = one_line(value)
        if value and (name, value) not in seen:
            seen.add((name, value))
            out.append((name, value))
    return out


# Pagefind's UI inserts filter values as HTML, and Pagefind decodes character references in
# them more than once (a value written `&amp;lt;b&amp;gt;` comes back as `<b>`), so escaping
# cannot protect them.  An invisible WORD JOINER after every `<` and `&` can: `<` not followed
# by a letter, `!`, `/` or `?` starts no tag, and `&` not followed by a name or `#` starts no
# character reference, so the value reads the same and never becomes markup.
# docs/assets/cari.js maps the values of a search address the same way.
_JOINER = "\u2060"
_FILTER_SAFE = str.maketrans({"<": "<" + _JOINER, "&": "&" + _JOINER})


def filter_value(value: str) -> str:
    """A filter value as the index holds it: one line, no `<` or `&` that can start markup."""
    return one_line(value).translate(_FILTER_SAFE)


def _meta(meta: PageMeta, outlet: str | None) -> list[tuple[str, str]]:
    """Metadata shown under each search result (Pagefind's UI shows every key but title)."""
    pairs = [("jenis", KIND_LABELS.get(meta.kind, meta.kind))]
    if meta.date:
        pairs.append(("tanggal", labels.date(meta.date)))
    if outlet and one_line(outlet):
        pairs.append(("media", one_line(outlet)))
    if meta.kind in ("wilayah", "provinsi", "pejabat") and meta.provinces:
        pairs.append(("provinsi", ", ".join(meta.provinces)))
    return pairs


def tags(meta: PageMeta, outlet: str | None = None, indexed: bool = True) -> str:
    """The hidden raw-HTML block of a page's Pagefind filters, sort key and metadata; its
    presence makes the page indexed.  "" for a page that should not be found: a kind outside
    INDEXED_KINDS, or `indexed=False` (a province page without articles, which would only
    match its own headings).

    Values are element content, never attribute syntax (a name may hold `,` or `:`), escaped
    with `html_text`; `data-pagefind-ignore` keeps them out of the indexed words while Pagefind
    still reads the filters, sort and metadata inside it.  Filter values go through
    `filter_value` first: Pagefind's UI shows them as HTML (titles and metadata it escapes).
    """
    if not indexed or meta.kind not in INDEXED_KINDS:
        return ""
    lines = [f'<div class="{MARKER}" hidden data-pagefind-ignore>']
    for name, value in filters(meta):
        text = html_text(filter_value(value))
        lines.append(f'<span data-pagefind-filter="{name}">{text}</span>')
    if meta.date:
        lines.append(f'<span data-pagefind-sort="{SORT_DATE}">{html_text(meta.date)}</span>')
    for name, value in _meta(meta, outlet):
        lines.append(f'<span data-pagefind-meta="{name}">{html_text(value)}</span>')
    lines.append("</div>")
    return "\n".join(lines)


def search_query(pairs: list[tuple[str, str]], q: str | None = None) -> str:
    """The search page's query string: `?q=…&filter=name:value…` (docs/assets/cari.js reads
    it).  `/` and `:` stay readable; everything else that needs it is percent-encoded."""
    params = [f"q={quote(one_line(q), safe='')}"] if q else []
    params += [f"filter={quote(f'{n}:{one_line(v)}', safe='/:')}" for n, v in pairs]
    return "?" + "&".join(params) if params else ""


def region_link(page: str, name: str, kind: str) -> Html:
    """A paragraph with the link from a province or kabupaten/kota page to the search page,
    filtered to it ("Cari di wilayah ini"); a final URL, as MkDocs rewrites no raw HTML."""
    pair = (F_PROVINCE if kind == "provinsi" else F_REGION, name)
    url = url_rel(page, SEARCH_PAGE) + search_query([pair])
    return p(a(SEARCH_HERE, url, class_="nt-cari-wilayah"))


# --- indexing --------------------------------------------------------------------------------


@dataclass
class IndexReport:
    pages: int  # pages Pagefind indexed
    files: int  # files in the bundle
    index_bytes: int  # word index, fragments, filters, metadata: grows with the corpus
    bundle_bytes: int  # the whole site_dir/pagefind folder, UI scripts included
    seconds: float

    def summary(self) -> str:
        return (
            f"search index: {self.pages} pages, {self.index_bytes / 1024:.0f} KB "
            f"({self.bundle_bytes / 1024:.0f} KB with the UI)"
        )


def _pagefind_command(site_dir: Path) -> list[str]:
    cmd = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", BUNDLE]
    for selector in EXCLUDE_SELECTORS:
        cmd += ["--exclude-selectors", selector]
    return cmd


def _indexed_pages(output: str) -> int:
    """The page count from Pagefind's summary line "Indexed N pages"."""
    for line in output.splitlines():
        words = line.split()
        if len(words) == 3 and words[0] == "Indexed" and words[2] == "pages":
            return int(words[1]) if words[1].isdigit() else 0
    return 0


def _sizes(bundle: Path) -> tuple[int, int, int]:
    """(files, bytes of the index data, bytes of the whole bundle).  The data is what grows
    with the corpus: word index, fragments, filters and metadata; the rest (scripts, styles,
    wasm) has a fixed size."""
    files = [p for p in bundle.rglob("*") if p.is_file()]
    data = [p for p in files if p.parent != bundle or p.suffix in (".pf_meta", ".json")]
    return len(files), sum(p.stat().st_size for p in data), sum(p.stat().st_size for p in files)


def write_search_config(bundle: Path) -> None:
    """The filter names and sort key the search page needs before it loads any filter file
    (each group's values load only when a reader opens it)."""
    config = {"filters": list(FILTER_NAMES), "sort": SORT_DATE}
    (bundle / SEARCH_CONFIG).write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")


def index_site(site_dir: str | Path) -> IndexReport:
    """Index the built site in site_dir with Pagefind into site_dir/pagefind/ (replacing an
    older index); SiteError when Pagefind fails or indexes nothing."""
    site = Path(site_dir).resolve()
    if not (site / "index.html").is_file():
        raise SiteError(f"no built site to index in {site_dir}")
    shutil.rmtree(site / BUNDLE, ignore_errors=True)  # no fragments of an older index
    t = time.perf_counter()
    env = {**os.environ, "NO_COLOR": "1"}
    try:
        proc = subprocess.run(
            _pagefind_command(site), capture_output=True, text=True, check=False, env=env
        )
    except OSError as e:  # the binary cannot run on this platform
        raise SiteError(f"pagefind could not run: {e}") from None
    seconds = time.perf_counter() - t
    out = proc.stdout + proc.stderr
    if proc.returncode != 0:
        lines = [ln for ln in out.splitlines() if ln.strip()]
        detail = "\n".join(lines[-20:]) or f"exit status {proc.returncode}"
        raise SiteError(f"pagefind failed:\n{detail}")
    pages = _indexed_pages(out)
    if pages == 0:
        raise SiteError(f"pagefind indexed no page in {site_dir}:\n{out.strip()}")
    write_search_config(site / BUNDLE)
    files, index_bytes, bundle_bytes = _sizes(site / BUNDLE)
    return IndexReport(pages, files, index_bytes, bundle_bytes, seconds)
