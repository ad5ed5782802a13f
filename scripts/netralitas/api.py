"""Library functions behind the CLI commands."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from . import corpus
from .cache import ExtractionCache
from .cache import extract as cached_extract
from .errors import CorpusError, Problem
from .explain import explain
from .extract import extract_file
from .model import Extraction


def _extract_all(
    paths: Iterable[str | Path], store: ExtractionCache | None = None
) -> list[tuple[corpus.CorpusFile, Extraction]]:
    results: list[tuple[corpus.CorpusFile, Extraction]] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            if store is None:
                cf = corpus.read(path)
                results.append((cf, extract_file(cf)))
                continue
            raw = corpus.read_bytes(path)
            cf = corpus.parse(corpus.decode(raw, str(path)), str(path))
            results.append((cf, cached_extract(cf, raw, store)))
        except CorpusError as e:
            problems.extend(e.problems)
    if problems:
        raise CorpusError(problems)
    return results


def extract_paths(
    paths: Iterable[str | Path], cache: ExtractionCache | None = None
) -> list[Extraction]:
    """Extract every file, in order; CorpusError lists the problems of all bad files at once.
    With `cache` (cache.ExtractionCache), unchanged files are not extracted again."""
    return [ex for _, ex in _extract_all(paths, cache)]


def explain_paths(paths: Iterable[str | Path]) -> str:
    """A report of every fact with the rule and source span behind it."""
    return "\n".join(explain(cf, ex) for cf, ex in _extract_all(paths))
