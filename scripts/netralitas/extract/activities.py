"""Stage 8: kinds of commitment the article reports (rules/activities.yaml).

A kind is reported when one of its keywords occurs in a kept piece outside the negative contexts
listed for it ("diimbau untuk menggunakan hak pilih" is no appeal for neutrality).  Kinds come
out in the fixed order of `model.ACTIVITIES`, each with its first match as evidence.

All keywords are joined into one regex matched against lower-cased text: one pass per piece.
"""

from __future__ import annotations

import re
from functools import cache

from .. import rules
from ..document import Document, Piece
from ..errors import RulesError
from ..model import ACTIVITIES, Activity, Fact
from .patterns import Keywords, join, lower, may_match, pieces

_SPEC = {"keywords": "dict[str,list[regex]]", "negative": "dict[str,list[regex]]"}
_WINDOW = 80  # characters around a keyword in which its negative contexts are looked for


def _rules() -> dict:
    return rules.load("activities", _SPEC)


@cache
def _compiled() -> tuple[Keywords, dict[str, list[re.Pattern[str]]]]:
    """The joined keyword regexes (named by kind) and the negative regexes per kind."""
    r = _rules()
    unknown = sorted((set(r["keywords"]) | set(r["negative"])) - set(ACTIVITIES))
    if unknown:
        raise RulesError(f"rules/activities.yaml: unknown activity kind(s) {', '.join(unknown)}")
    groups = [(kind, r["keywords"][kind]) for kind in ACTIVITIES if r["keywords"].get(kind)]
    negative = {k: [re.compile(p.pattern) for p in ps] for k, ps in r["negative"].items()}
    return join(groups), negative


def _negated(low: str, i: int, j: int, patterns: list[re.Pattern[str]]) -> bool:
    """Whether the keyword at low[i:j] starts inside one of the negative contexts."""
    lo = max(0, i - _WINDOW)
    window = low[lo : j + _WINDOW]
    return any(
        m.start() <= i - lo < m.end()
        for p in patterns
        if may_match(p, window)
        for m in p.finditer(window)
    )


def extract(doc: Document) -> list[Activity]:
    joined, negative = _compiled()
    first: dict[str, tuple[Piece, int, int]] = {}
    count: dict[str, int] = {}
    for piece in pieces(doc):
        low = lower(piece.text)
        for kind, m in joined.scan(low):
            if _negated(low, m.start(), m.end(), negative.get(kind, [])):
                continue
            first.setdefault(kind, (piece, m.start(), m.end()))
            count[kind] = count.get(kind, 0) + 1
    out = []
    for kind in ACTIVITIES:
        if kind in first:
            piece, i, j = first[kind]
            confidence = 0.9 if count[kind] > 1 else 0.7
            out.append(Activity(kind, Fact(f"activities.{kind}", piece.span(i, j), confidence)))
    return out
