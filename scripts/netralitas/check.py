"""`netralitas check`: every problem of the corpus at once, fast enough for a pre-commit hook.

Errors: unreadable, binary, non-UTF-8 or empty files; broken or unknown front matter;
corrections that cannot hold; exact duplicates; generated pages in docs/ that differ from what
the corpus gives.  Warnings: near duplicates nobody acknowledged (`near_duplicate_of`), file
names that are not canonical, files that are no articles, HTML pasted as text, and articles in
which no region, date, official or quote was found.  Each is one line `corpus/FILE:LINE: [warning: ]message`.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import corpus, duplicates
from .cache import ExtractionCache, open_store
from .cache import extract as cached_extract
from .errors import CorpusError, NetralitasError, Problem
from .html import looks_like_html
from .model import Extraction

_CANONICAL = re.compile(r"[a-z0-9][a-z0-9_-]*")
MAX_DRIFT = 20  # drift lines shown; a change of rendering touches every page
_RESERVED = {"index", "readme"}  # names MkDocs gives the folder's page
_DRIFT = {
    "stale": "generated file differs from what the corpus gives",
    "missing": "generated file is missing",
    "extra": "generated file no longer comes from the corpus",
}
# What an article is expected to have, by the Extraction field a correction would set.
_EXPECTED = (
    ("regions", "region"),
    ("date", "date"),
    ("officials", "official"),
    ("quotes", "quote"),
)


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    articles: int = 0
    pages: str = "not checked"  # "in sync" | "not in sync" | "not checked (...)"
    seconds: float = 0.0
    # near_duplicate_of of every file read so far, by file name
    acknowledged: dict[str, set[str]] = field(default_factory=dict, repr=False)

    def is_acknowledged(self, a: str, b: str) -> bool:
        """Whether either file says it is a near duplicate of the other."""
        return b in self.acknowledged.get(a, ()) or a in self.acknowledged.get(b, ())

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        return (
            f"{n(self.articles, 'article')}: {n(len(self.errors), 'error')}, "
            f"{n(len(self.warnings), 'warning')}; pages {self.pages}"
        )


def n(count: int, word: str) -> str:
    """ "1 error", "2 errors"."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def _warn(path: str, message: str, line: int | None = None) -> Problem:
    return Problem(path, line, message, severity="warning")


def _entries(cdir: Path) -> list[Path]:
    """Everything in the corpus directory but dot files (.gitkeep, temporary files), by name."""
    return sorted((p for p in cdir.iterdir() if not p.name.startswith(".")), key=lambda p: p.name)


def _not_article(path: Path) -> Problem | None:
    if path.suffix == ".txt" and path.is_file():
        return None
    what = "a directory" if path.is_dir() else "not a .txt file"
    return _warn(str(path), f"{what}; only .txt files are articles")


def _name_warning(path: Path) -> Problem | None:
    from .site.text import file_slug

    stem = path.stem
    if _CANONICAL.fullmatch(stem) and stem not in _RESERVED:
        return None
    return _warn(
        str(path),
        "file name is not canonical (lower-case letters, digits, - and _); its page will be "
        f"artikel/{file_slug(stem)}.md; `netralitas add` names files canonically",
    )


def _nothing_found(path: str, x: Extraction) -> Problem | None:
    missing = [word for name, word in _EXPECTED if not getattr(x, name) and name not in x.corrected]
    if not missing:
        return None
    listed = missing[0] if len(missing) == 1 else f"{', '.join(missing[:-1])} or {missing[-1]}"
    return _warn(path, f"no {listed} found; if the article has one, add it under corrections:")


def _article(
    path: Path, index: duplicates.Index, report: Report, store: ExtractionCache | None
) -> Extraction | None:
    """Read, parse, index and extract one file; its problems go into the report."""
    name = str(path)
    try:
        raw = path.read_bytes()
        text = corpus.decode(raw, name)
    except OSError as e:
        report.problems.append(Problem(name, None, f"cannot read: {e.strerror}"))
        return None
    except CorpusError as e:
        report.problems.extend(e.problems)
        return None
    _, body, _ = corpus.split_front_matter(text)
    if looks_like_html(body.encode("utf-8")):
        report.problems.append(
            _warn(
                name,
                "looks like an HTML page, not article text; add the page with "
                "`netralitas add FILE.html`, which keeps only the article",
            )
        )
    match = index.add(name, body) if body.strip() else None
    cf: corpus.CorpusFile | None = None
    x: Extraction | None = None
    try:
        cf = corpus.parse(text, name)
        x = cached_extract(cf, raw, store)
    except CorpusError as e:
        report.problems.extend(e.problems)
    except Exception as e:  # a bug in a stage must not hide the rest of the corpus
        report.problems.append(Problem(name, None, f"extraction failed (a bug): {e!r}"))
    if cf is not None:
        report.acknowledged[path.name] = set(cf.meta.near_duplicate_of)
    if match is not None:
        _duplicate(path, match, report)
    if x is not None and (p := _nothing_found(name, x)) is not None:
        report.problems.append(p)
    return x


def _duplicate(path: Path, match: duplicates.Match, report: Report) -> None:
    if match.exact:
        report.problems.append(
            Problem(str(path), None, f"duplicate of {match.name}: the same article text")
        )
    elif not report.is_acknowledged(path.name, Path(match.name).name):
        report.problems.append(
            _warn(
                str(path),
                f"near duplicate of {match.name} (similarity {match.similarity:.2f}); if both "
                f"belong in the archive, add `near_duplicate_of: {Path(match.name).name}`",
            )
        )


def _pages(
    cdir: Path,
    docs: Path,
    extractions: list[Extraction],
    report: Report,
    store: ExtractionCache | None,
) -> None:
    from .site import check_pages
    from .site.render import site_files  # what `netralitas build` writes, from extractions

    if not docs.is_dir():
        report.problems.append(Problem(str(docs), None, "no such directory: pages not checked"))
        report.pages = "not checked"
        return
    try:
        pages = site_files(extractions, cdir, store)
    except NetralitasError as e:
        report.problems.append(Problem(str(docs), None, f"pages cannot be generated: {e}"))
        report.pages = "not checked"
        return
    drift = check_pages(pages, docs)
    for d in drift[:MAX_DRIFT]:
        report.problems.append(
            Problem(str(docs / d.path), None, f"{_DRIFT[d.state]}; run `netralitas build`")
        )
    if len(drift) > MAX_DRIFT:
        more = f"and {len(drift) - MAX_DRIFT} more generated files differ; run `netralitas build`"
        report.problems.append(Problem(str(docs), None, more))
    report.pages = f"not in sync ({n(len(drift), 'file')})" if drift else "in sync"


def _articles(
    cdir: Path, report: Report, store: ExtractionCache | None
) -> tuple[int, list[Extraction]]:
    index = duplicates.Index()
    extractions = []
    articles = 0
    for path in _entries(cdir):
        if (p := _not_article(path)) is not None:
            report.problems.append(p)
            continue
        articles += 1
        if (p := _name_warning(path)) is not None:
            report.problems.append(p)
        x = _article(path, index, report, store)
        if x is not None:
            extractions.append(x)
    return articles, extractions


def check_corpus(
    corpus_dir: str | Path = "corpus",
    docs_dir: str | Path | None = "docs",
    cache: str | Path | bool = True,
) -> Report:
    """Check every file of the corpus and, with `docs_dir`, whether its generated pages are in
    sync.  Pages are checked only when every article could be read (otherwise every page of
    a broken article would be reported as well).

    `cache`: True for the extraction cache next to the corpus (cache.py), a path for another
    one, False for none."""
    started = time.perf_counter()
    cdir = Path(corpus_dir)
    report = Report()
    if not cdir.is_dir():
        report.problems.append(Problem(str(cdir), None, "no such corpus directory"))
        return report
    store = open_store(cdir, cache)
    try:
        report.articles, extractions = _articles(cdir, report, store)
        if docs_dir is None:
            report.pages = "not checked"
        elif len(extractions) < report.articles:
            report.pages = "not checked (fix the errors above first)"
        else:
            _pages(cdir, Path(docs_dir), extractions, report, store)
    finally:
        if store is not None:
            store.close()
    report.seconds = time.perf_counter() - started
    return report
