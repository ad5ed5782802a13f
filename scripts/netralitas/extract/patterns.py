"""Helpers shared by the keyword stages (election, activities): one joined regex, offset-safe
lower-casing, and the pieces to scan."""

from __future__ import annotations

import re

from ..document import Document, Piece

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def join(groups: list[tuple[str, list[re.Pattern[str]]]]) -> re.Pattern[str]:
    """One regex for named lists of regexes; `lastgroup` names the list that matched.  The name
    is an empty group at the end of its list (a group around it would be much slower), and,
    when every pattern starts at a word, matching is only tried where a word starts."""
    parts = [
        "(?:" + "|".join(f"(?:{p.pattern})" for p in ps) + f")(?P<{name}>)" for name, ps in groups
    ]
    if not parts:
        return re.compile(r"(?!)")
    words = all(p.pattern.startswith(r"\b") for _, ps in groups for p in ps)
    return re.compile((r"(?<!\w)(?=\w)" if words else "") + "(?:" + "|".join(parts) + ")")


def lower(text: str) -> str:
    """Lower case with every offset kept (str.lower can lengthen a few non-ASCII letters)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def pieces(doc: Document) -> list[Piece]:
    """The cleaned pieces, or the body's lines when the clean stage has not run."""
    if doc.clean is not None:
        return list(doc.clean.pieces)
    return [Piece(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", doc.body)]
