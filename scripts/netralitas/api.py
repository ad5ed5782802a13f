"""Library functions behind the CLI commands."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from . import corpus
from .cache import ExtractionCache
from .errors import CorpusError, Problem
from .explain import explain
from .extract import extract_file
from .model import Extraction
from .parallel import Progress, extract_good, extract_many


def _extract_all(paths: Iterable[str | Path]) -> list[tuple[corpus.CorpusFile, Extraction]]:
    results: list[tuple[corpus.CorpusFile, Extraction]] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            cf = corpus.read(path)
            results.append((cf, extract_file(cf)))
        except CorpusError as e:
            problems.extend(e.problems)
    if problems:
        raise CorpusError(problems)
    return results


def extract_paths(
    paths: Iterable[str | Path],
    cache: ExtractionCache | None = None,
    jobs: int | None = None,
    progress: Progress | bool | None = None,
) -> list[Extraction]:
    """Extract every file, in order; CorpusError lists the problems of all bad files at once.
    With `cache` (cache.ExtractionCache), unchanged files are not extracted again.  Many files
    are extracted on `jobs` processes (default: every core); `progress` = True shows a
    progress bar on stderr when it is a terminal (see parallel.py)."""
    return extract_many(paths, cache, jobs, progress)


def extract_good_paths(
    paths: Iterable[str | Path],
    cache: ExtractionCache | None = None,
    jobs: int | None = None,
) -> tuple[list[Extraction], list[Problem]]:
    """As `extract_paths`, but a bad file does not stop the others: the extractions of the
    good files, in order, and the problems of the bad ones."""
    return extract_good(paths, cache, jobs)


def explain_paths(paths: Iterable[str | Path]) -> str:
    """A report of every fact with the rule and source span behind it."""
    return "\n".join(explain(cf, ex) for cf, ex in _extract_all(paths))
