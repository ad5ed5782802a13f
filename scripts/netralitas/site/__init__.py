"""The site: extractions -> Markdown pages with YAML front matter in docs/ -> MkDocs Material.

schema.py   PageMeta, the one front-matter schema of every generated page
text.py     escaping (corpus text is data, never markup), slugs, relative links
labels.py   Indonesian labels and dates (labels.yaml)
archive.py  grouping: articles, regions, provinces, officials, quotes, with stable paths
blocks.py   shared Markdown blocks (fact lists, tables, quote lists)
pages.py    article, kabupaten/kota, province and official pages
hubs.py     home page and the indexes
render.py   build_pages(extractions) -> {path: text}, pure and deterministic
files.py    write_pages (atomic, removes stale generated pages), check_pages (drift)
build.py    build(corpus_dir, docs_dir, site_dir): the whole path, then mkdocs --strict
"""

from __future__ import annotations

from .build import BuildResult, build, check, render_corpus
from .files import Drift, WriteReport, check_pages, write_pages
from .render import build_pages
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
    "write_pages",
]
