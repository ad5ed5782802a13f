"""Stage 1: keep the article's own lines, drop page furniture (rules/boilerplate.yaml)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .. import rules
from ..document import Cleaned, Document, Piece, Removal
from ..model import Span, fold

_SPEC = {
    "lines": "list[regex]",
    "ends": "list[regex]",
    "signoffs": "list[regex]",
    "captions": "list[regex]",
    "repeat_similarity": "float",
}


def _rules() -> dict:
    return rules.load("boilerplate", _SPEC)


def _lines(body: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, surrounding white space excluded."""
    out = []
    for m in re.finditer(r"[^\n]+", body):
        s, e = m.start(), m.end()
        line = m.group()
        lead = len(line) - len(line.lstrip())
        trail = len(line) - len(line.rstrip())
        if e - trail > s + lead:
            out.append((s + lead, e - trail))
    return out


def _similar(a: str, b: str, threshold: float) -> bool:
    a, b = fold(a).lower(), fold(b).lower()
    if a == b:
        return True
    sm = SequenceMatcher(None, a, b, autojunk=False)
    return (
        sm.real_quick_ratio() >= threshold
        and sm.quick_ratio() >= threshold
        and sm.ratio() >= threshold
    )


def extract(doc: Document) -> Cleaned:
    r = _rules()
    body = doc.body
    pieces: list[Piece] = []
    removed: list[Removal] = []
    ended = False
    for s, e in _lines(body):
        line = body[s:e]
        if ended:
            removed.append(Removal(Span(s, e), "after comment form"))
            continue
        if any(p.search(line) for p in r["ends"]):
            ended = True
            removed.append(Removal(Span(s, e), "comment form"))
            continue
        if any(p.search(line) for p in r["lines"]):
            removed.append(Removal(Span(s, e), "furniture line"))
            continue
        for p in r["signoffs"]:
            m = p.search(line)
            if m and m.start() > 0:
                removed.append(Removal(Span(s + m.start(), e), "sign-off"))
                e = s + m.start()
                line = body[s:e]
        kind = "caption" if any(p.search(line) for p in r["captions"]) else "para"
        earlier = [p for p in pieces if p.kind == kind]
        if any(_similar(line, p.text, r["repeat_similarity"]) for p in earlier):
            removed.append(Removal(Span(s, e), "repeated text"))
            continue
        pieces.append(Piece(s, e, line, kind))
    return Cleaned(body=body, pieces=pieces, removed=removed)
