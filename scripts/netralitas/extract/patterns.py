"""Helpers shared by the keyword stages (election, activities): one joined regex, offset-safe
lower-casing, and the pieces to scan."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from re import _parser  # the parse tree tells which characters a pattern starts with

from ..document import Document, Piece

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class Keywords:
    """Named lists of regexes joined into one; `scan` yields (list name, match) in text order."""

    rx: re.Pattern[str]
    names: dict[str, str]  # regex group -> list name

    def scan(self, text: str) -> Iterator[tuple[str, re.Match[str]]]:
        for m in self.rx.finditer(text):
            yield self.names[m.lastgroup or ""], m


def join(groups: list[tuple[str, list[re.Pattern[str]]]]) -> Keywords:
    """One regex for named lists of regexes.  Each pattern ends with an empty group naming it
    (a group around it would be much slower).  When every pattern starts at a word and its
    first characters can be told, the patterns are grouped by first character behind a
    lookahead, so that at a word start only the few patterns that can match there are tried;
    the order of the patterns is kept, so the same pattern wins as in one alternation."""
    items = [(name, p.pattern) for name, ps in groups for p in ps]
    if not items:
        return Keywords(re.compile(r"(?!)"), {})
    names = {f"g{k}": name for k, (name, _p) in enumerate(items)}
    words = all(p.startswith(r"\b") for _n, p in items)
    firsts = [first_chars(p) for _n, p in items] if words else [None]
    if not words or any(f is None for f in firsts):
        alts = "|".join(f"(?:{p})(?P<g{k}>)" for k, (_n, p) in enumerate(items))
        lead = r"(?<!\w)(?=\w)" if words else ""
        return Keywords(re.compile(f"{lead}(?:{alts})"), names)
    by_char: dict[str, list[int]] = {}
    for k, chars in enumerate(firsts):
        for c in sorted(chars or ()):
            by_char.setdefault(c, []).append(k)
    branches = []
    for c, ks in sorted(by_char.items()):
        alts = "|".join(f"(?:{items[k][1]})(?P<g{k}_{ord(c)}>)" for k in ks)
        branches.append(f"(?={re.escape(c)})(?:{alts})")
        names.update({f"g{k}_{ord(c)}": items[k][0] for k in ks})
    lead = rf"\b(?=[{_charset(set(by_char))}])"
    return Keywords(re.compile(f"{lead}(?:{'|'.join(branches)})"), names)


def _charset(chars: set[str]) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


def first_chars(pattern: str) -> set[str] | None:
    """The characters a match of `pattern` (written for lower-cased text) can start with, or
    None when that cannot be told (a class such as \\w, an empty match)."""
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return None
    chars, nullable = _first(list(parsed))
    return None if chars is None or nullable else chars


def _first(items: list) -> tuple[set[str] | None, bool]:
    """(first characters, can match empty) of a parsed sequence."""
    out: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name == "AT":
            continue
        if name == "LITERAL":
            return out | {chr(arg)}, False
        if name == "IN":
            got = _in_chars(arg)
            return (None, False) if got is None else (out | got, False)
        if name == "SUBPATTERN":
            got, nullable = _first(list(arg[-1]))
        elif name == "BRANCH":
            got, nullable = set(), False
            for alt in arg[1]:
                g, n = _first(list(alt))
                if g is None:
                    return None, False
                got |= g
                nullable = nullable or n
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            got, nullable = _first(list(arg[2]))
            nullable = nullable or arg[0] == 0
        else:
            return None, False
        if got is None:
            return None, False
        out |= got
        if not nullable:
            return out, False
    return out, True


def _in_chars(arg: list) -> set[str] | None:
    chars: set[str] = set()
    for op, val in arg:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(val))
        elif name == "RANGE" and val[1] - val[0] < 128:
            chars.update(chr(c) for c in range(val[0], val[1] + 1))
        elif name == "CATEGORY" and str(val) == "CATEGORY_DIGIT":
            chars.update("0123456789")
        else:
            return None
    return chars


def lower(text: str) -> str:
    """Lower case with every offset kept (str.lower can lengthen a few non-ASCII letters)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def pieces(doc: Document) -> list[Piece]:
    """The cleaned pieces, or the body's lines when the clean stage has not run."""
    if doc.clean is not None:
        return list(doc.clean.pieces)
    return [Piece(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", doc.body)]
