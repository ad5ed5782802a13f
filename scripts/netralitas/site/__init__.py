"""The site: extractions -> Markdown pages with YAML front matter in docs/ -> MkDocs Material.

schema.py   PageMeta, the one front-matter schema of every generated page
text.py     escaping (corpus text is data, never markup), slugs, relative links
labels.py   Indonesian labels and dates (labels.yaml)
archive.py  grouping: articles, regions, provinces, officials, quotes, with stable paths
blocks.py   shared Markdown blocks (fact lists, tables, quote and commitment lists)
pages.py    article, kabupaten/kota, province and official pages
hubs.py     home page and the indexes
browse.py   timeline, quotes by month, tags, statistics
charts.py   pictures as inline SVG (articles per month, tile map of provinces)
cite.py     citations of a quote (APA, BibTeX, CSL-JSON) and the Kutip box
data.py     data files (articles.json, quotes/officials/regions.csv) with JSON Schemas
feeds.py    Atom feeds, site-wide and per province
method.py   the Metodologi page (accuracy measured by netralitas.evaluate)
render.py   build_pages(extractions) -> {path: text}, pure and deterministic; site_files
files.py    write_pages (atomic, removes stale generated files), check_pages (drift)
build.py    build(corpus_dir, docs_dir, site_dir): the whole path, then mkdocs --strict
"""

from __future__ import annotations

from .build import BuildResult, build, check, render_corpus
from .files import Drift, WriteReport, check_pages, write_pages
from .render import build_pages, site_files
from .schema import PageMeta, SiteError, read_meta

__all__ = [
    "BuildResult",
    "Drift",
    "PageMeta",
    "SiteError",
    "WriteReport",
    "build",
    "build_pages",
    "check",
    "check_pages",
    "read_meta",
    "render_corpus",
    "site_files",
    "write_pages",
]
