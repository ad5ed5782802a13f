"""Exact and near duplicate articles.

Exact: the same text after the front matter, white space aside (`model.fold`), compared by hash.
Near: the Jaccard similarity of the two texts' sets of word shingles (runs of
`shingle_words` lower-case words, `rules/duplicates.yaml`) reaches `near_duplicate`.

`Index` finds them among thousands of articles without comparing every pair: each text keeps a
bottom-k sketch (its K smallest shingle hashes); two texts with Jaccard J share one of them with
probability about 1 - (1 - J)^K, so at K = 32 a pair at J = 0.5 is missed about once in 4e9
times.  Only the texts sharing most sketch hashes are compared, exactly, on their full shingle
sets.
Hashes are CRC-32, so the result never depends on the process (Python's `hash` is salted).
"""

from __future__ import annotations

import hashlib
import heapq
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from . import rules
from .model import fold

SKETCH = 32  # bottom-k sketch size
VERIFY = 8  # candidates per text compared exactly, most promising first
# Texts recorded per sketch hash.  A hash in more texts is a stock phrase ("netralitas aparatur
# sipil negara"), shared by texts that are not duplicates: later texts still vote for the
# first ones that had it, but are not recorded, so the work per text stays bounded.
POSTINGS = 64
_WORD = re.compile(r"\w+")


@cache
def settings() -> tuple[int, float]:
    data = rules.load("duplicates", {"shingle_words": "int", "near_duplicate": "float"})
    return max(1, data["shingle_words"]), float(data["near_duplicate"])


def text_key(body: str) -> str:
    """Identity of an article text for exact duplicates: hash of its folded form."""
    return hashlib.sha256(fold(body).encode("utf-8")).hexdigest()


def shingles(body: str, n: int | None = None) -> frozenset[int]:
    n = n or settings()[0]
    words = _WORD.findall(fold(body).lower())
    if not words:
        return frozenset()
    if len(words) <= n:
        return frozenset([zlib.crc32(" ".join(words).encode("utf-8"))])
    return frozenset(
        zlib.crc32(" ".join(words[i : i + n]).encode("utf-8")) for i in range(len(words) - n + 1)
    )


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


@dataclass(frozen=True)
class Match:
    name: str  # the article it duplicates (as given to `Index.add`)
    similarity: float  # Jaccard similarity of the shingle sets; 1.0 for an exact duplicate
    exact: bool  # the same text, white space aside


def sketch(sh: frozenset[int]) -> list[int]:
    return heapq.nsmallest(SKETCH, sh)


@dataclass
class Index:
    """Articles seen so far: exact keys, shingle sets and a sketch index for candidates."""

    threshold: float = field(default_factory=lambda: settings()[1])
    exact: dict[str, str] = field(default_factory=dict)  # text key -> first name
    sets: dict[str, frozenset[int]] = field(default_factory=dict)
    postings: dict[int, list[str]] = field(default_factory=dict)  # sketch hash -> names

    def find(self, body: str) -> Match | None:
        """The exact duplicate of `body` if any, else its most similar near duplicate."""
        first = self.exact.get(text_key(body))
        if first is not None:
            return Match(first, 1.0, exact=True)
        return self._near(shingles(body))

    def _near(self, sh: frozenset[int]) -> Match | None:
        votes: Counter[str] = Counter()
        for h in sketch(sh):
            votes.update(self.postings.get(h, ()))
        best: Match | None = None
        # Most shared sketch hashes first (an estimate of similarity); ties by name.
        top = heapq.nsmallest(VERIFY, votes.items(), key=lambda kv: (-kv[1], kv[0]))
        for name, _ in top:
            sim = jaccard(sh, self.sets[name])
            if sim >= self.threshold and (best is None or sim > best.similarity):
                best = Match(name, sim, exact=False)
        return best

    def add(self, name: str, body: str, search: bool = True) -> Match | None:
        """Record an article; return what it duplicates among those recorded before it (with
        `search`).  An exact duplicate is not indexed again: its first copy stands for it."""
        key = text_key(body)
        if key in self.exact:
            return Match(self.exact[key], 1.0, exact=True)
        self.exact[key] = name
        sh = shingles(body)
        match = self._near(sh) if search else None
        self.sets[name] = sh
        for h in sketch(sh):
            names = self.postings.setdefault(h, [])
            if len(names) < POSTINGS:
                names.append(name)
        return match
