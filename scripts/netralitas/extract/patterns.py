"""Helpers shared by the keyword stages (election, activities): one joined regex, offset-safe
lower-casing, and the pieces to scan; and a quick test that skips a slow search."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from re import _parser  # the parse tree tells which characters a pattern starts with

from ..document import Document, Piece
from .leading import after_first

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# The only characters re's case-insensitive matching equates with an ASCII letter that
# str.lower() does not turn into it ("ſ" matches "s", "İ" matches "i"; the Kelvin sign K
# becomes "k").
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


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
    for c, ks in by_char.items():
        names.update({f"g{k}_{ord(c)}": items[k][0] for k in ks})
    fast = _read_first(items, by_char)
    if fast is not None:
        return Keywords(re.compile(fast), names)
    branches = []
    for c, ks in sorted(by_char.items()):
        alts = "|".join(f"(?:{items[k][1]})(?P<g{k}_{ord(c)}>)" for k in ks)
        branches.append(f"(?={re.escape(c)})(?:{alts})")
    lead = rf"\b(?=[{_charset(set(by_char))}])"
    return Keywords(re.compile(f"{lead}(?:{'|'.join(branches)})"), names)


def _read_first(items: list[tuple[str, str]], by_char: dict[str, list[int]]) -> str | None:
    """The joined regex as "first character, not after a word character, then the rest of the
    patterns that start with it" (leading.py): re skips quickly to those characters.  Same
    matches as the lookahead form; None when a pattern cannot be rewritten."""
    branches = []
    for c, ks in sorted(by_char.items()):
        if not re.fullmatch(r"\w", c):
            return None  # `\b` before c means "no word character before" only for a word c
        alts = []
        for k in ks:
            rest = after_first(items[k][1], c)
            if rest is None:
                return None
            alts.append(f"(?:{rest})(?P<g{k}_{ord(c)}>)")
        # (?<!\w.): the character before c (the one before the match) is no word character
        branches.append(f"{re.escape(c)}(?<!\\w.)(?:{'|'.join(alts)})")
    return "|".join(branches)


def literal_words(phrases: list[str], not_before: str, not_after: str) -> re.Pattern[str]:
    """The phrases, longest first, with no `not_before` character (a regex class) before them
    and no `not_after` one after.  Grouped by first character ("b(?<![\\w-].)(?:upati)|…")
    rather than behind a lookbehind, so that re skips quickly to the characters they start
    with; the same matches as (?<!not_before)(?:phrases)(?!not_after)."""
    ordered = sorted(phrases, key=len, reverse=True)
    if not ordered or not ordered[-1]:  # an empty phrase has no first character
        alts = "|".join(re.escape(w) for w in ordered) or "(?!)"
        return re.compile(f"(?<!{not_before})(?:{alts})(?!{not_after})")
    by_first: dict[str, list[str]] = {}
    for w in ordered:
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    alts = "|".join(
        f"{re.escape(c)}(?<!{not_before}.)(?:{'|'.join(rests)})"
        for c, rests in sorted(by_first.items())
    )
    return re.compile(f"(?:{alts})(?!{not_after})")


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


def needles(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case ASCII strings of three characters or more, one of which every match of
    `pattern` contains (in any case), or None when that cannot be told."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    found = _needles(list(parsed))
    if not found or any(len(n) < 3 or not n.isascii() for n in found):
        return None
    return frozenset(n.lower() for n in found)


def _needles(items: list) -> set[str] | None:
    """The best set of strings one of which a match of a parsed sequence contains: a run of
    literal characters, or what a group, a repeat (once or more) or every branch requires."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(arg))
            continue
        if run:
            options.append({"".join(run)})
            run = []
        if name == "SUBPATTERN":
            got = _needles(list(arg[-1]))
        elif name == "ATOMIC_GROUP":
            got = _needles(list(arg))
        elif name in _REPEATS and arg[0] >= 1:
            got = _needles(list(arg[2]))
        elif name == "BRANCH":
            alts = [_needles(list(a)) for a in arg[1]]
            got = set().union(*alts) if all(alts) else None  # type: ignore[arg-type]
        else:
            got = None
        if got:
            options.append(got)
    if run:
        options.append({"".join(run)})
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


_needle_cache: dict[re.Pattern[str], frozenset[str] | None] = {}


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False when `text` lacks every string a match of `pattern` must contain (see needles):
    a substring test in place of a slow search where the pattern cannot match."""
    try:
        need = _needle_cache[pattern]
    except KeyError:
        need = _needle_cache[pattern] = needles(pattern)
    if need is None:
        return True
    low = text.lower()
    if not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text):
        low = text.translate(_FOLD).lower()
    return any(n in low for n in need)


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, skipped where it cannot match (may_match)."""
    return pattern.search(text) if may_match(pattern, text) else None
