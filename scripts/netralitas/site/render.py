"""`build_pages`: extractions in, every generated file out, as {docs-relative path: text}:
the Markdown pages and the files MkDocs copies as they are (data/*, feed.xml).

Pure and deterministic: no clock, no file system, sorted orders only, so the same corpus gives
byte-identical files.  `site_files` gathers what lives beside the corpus (the annotated test
articles the Metodologi page measures, the site's address in mkdocs.yml) and calls it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from ..evaluate import Evaluation, evaluate_dir
from ..model import Extraction
from . import browse, data, fanout, feeds, hubs, method
from .archive import Archive, build_archive

if TYPE_CHECKING:
    from ..cache import ExtractionCache

EVAL_DIR = Path("tests") / "eval" / "own"  # beside the corpus directory


def build_pages(
    extractions: list[Extraction],
    corpus_label: str = "corpus",
    *,
    evaluation: Evaluation | None = None,
    site_url: str | None = None,
    jobs: int | None = 1,
) -> dict[str, str]:
    """Render every file; `corpus_label` is the corpus directory as named in
    `generated_from`, `evaluation` the accuracy the Metodologi page reports, `site_url` the
    site's address for absolute permalinks (else they are site-relative).  The pages of
    articles, regions and officials, and beside them the list pages, data files and feeds,
    are rendered on `jobs` processes (None: every core) when there are many; the output is
    the same."""
    archive = build_archive(extractions, corpus_label)

    def hub_pages(archive: Archive) -> dict[str, str]:
        return {
            "index.md": hubs.home(archive),
            "wilayah/index.md": hubs.provinces_index(archive),
            "pejabat/index.md": hubs.officials_index(archive),
            "artikel/index.md": hubs.articles_index(archive),
            browse.STATS: browse.statistics_page(archive),
            method.PAGE: method.methodology_page(archive, evaluation),
        }

    def data_pages(archive: Archive) -> dict[str, str]:
        files = data.data_files(archive, site_url)
        return {**files, data.PAGE: data.data_page(archive, files)}

    # The pages made from the whole archive, longest first (they run beside the others).
    groups: list[fanout.Group] = [
        data_pages,
        browse.tag_pages,
        browse.quote_pages,
        hub_pages,
        browse.timeline_pages,
        lambda archive: feeds.feeds(archive, site_url),
    ]
    out = fanout.render(archive, site_url, jobs, groups)
    return dict(sorted(out.items()))


def site_url_of(config_file: Path) -> str | None:
    """`site_url` of an mkdocs.yml, if it sets one (tags like !ENV are ignored)."""
    try:
        text = config_file.read_text("utf-8")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith("site_url:"):
            try:
                value = yaml.safe_load(line.partition(":")[2])
            except yaml.YAMLError:
                return None
            return value if isinstance(value, str) and value.startswith("http") else None
    return None


def site_files(
    extractions: list[Extraction],
    corpus_dir: str | Path,
    cache: ExtractionCache | None = None,
    jobs: int | None = None,
) -> dict[str, str]:
    """`build_pages` for a corpus directory of a checkout, on every core (or `jobs`): the accuracy is measured on the
    annotated articles in tests/eval/own beside it (their extractions from `cache` when
    unchanged), the site's address read from the mkdocs.yml beside it (when either is
    there)."""
    cdir = Path(corpus_dir).resolve()
    return build_pages(
        extractions,
        corpus_label=cdir.name,
        evaluation=evaluate_dir(cdir.parent / EVAL_DIR, cache),
        site_url=site_url_of(cdir.parent / "mkdocs.yml"),
        jobs=jobs,
    )
