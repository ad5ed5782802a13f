"""Library functions behind the CLI commands."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from . import corpus
from .errors import CorpusError, Problem
from .extract import extract_file
from .model import Extraction


def extract_paths(paths: Iterable[str | Path]) -> list[Extraction]:
    """Extract every file, in order; CorpusError lists the problems of all bad files at once."""
    results: list[Extraction] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            results.append(extract_file(corpus.read(path)))
        except CorpusError as e:
            problems.extend(e.problems)
    if problems:
        raise CorpusError(problems)
    return results
