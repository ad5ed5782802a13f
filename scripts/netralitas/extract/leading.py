"""A word-start pattern as "its first character, then the rest", for patterns.join.

`re` searches fast only for a pattern that starts with a character (or a choice of literal
characters): it skips to the next place that character occurs.  A pattern that starts with
`\\b` or a lookahead is tried at every position of the text instead.  `after_first(pattern, c)`
gives the rest of a `\\b`-started pattern once its first character `c` is read, so that the
keyword scanners can be written as "c, not after a word character, then the rest", for each c.

The rest is built from re's own parse tree; a construct this module does not rewrite makes it
return None, and the caller keeps the slower form.  Capturing groups become non-capturing: the
callers only read whole matches and their own named groups.
"""

from __future__ import annotations

import re
from re import _constants, _parser

_AT = {
    "AT_BEGINNING": "^",
    "AT_BEGINNING_STRING": r"\A",
    "AT_BOUNDARY": r"\b",
    "AT_NON_BOUNDARY": r"\B",
    "AT_END": "$",
    "AT_END_STRING": r"\Z",
}
_CATEGORY = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_QUANTIFIER = {"MAX_REPEAT": "", "MIN_REPEAT": "?", "POSSESSIVE_REPEAT": "+"}
_ASSERT = {
    ("ASSERT", 1): "?=",
    ("ASSERT", -1): "?<=",
    ("ASSERT_NOT", 1): "?!",
    ("ASSERT_NOT", -1): "?<!",
}


class _Unsupported(Exception):
    pass


def after_first(pattern: str, c: str) -> str | None:
    """A regex matching what follows `c` in the matches of `pattern` (which starts with `\\b`)
    that start with `c`, trying the ways in the order `pattern` would; None when the pattern
    cannot be rewritten (or has no match starting with `c`)."""
    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & ~re.UNICODE:
            return None  # global inline flags: not rewritten
        items = list(parsed)
        if not items or str(items[0][0]) != "AT" or str(items[0][1]) != "AT_BOUNDARY":
            return None
        ways = _after(items[1:], c)
        if not ways:
            return None
        return "|".join(f"(?:{_unparse(w)})" for w in ways)
    except (_Unsupported, re.error, RecursionError):
        return None


def _after(items: list, c: str) -> list[list]:
    """The ways to match `items` after reading `c` first, as parsed sequences, in order."""
    if not items:
        return []
    op, av = items[0]
    name, rest = str(op), list(items[1:])
    if name == "LITERAL":
        return [rest] if chr(av) == c else []
    if name == "IN":
        return [rest] if re.fullmatch(_unparse_in(av), c) else []
    if name == "SUBPATTERN":
        _group, add, remove, sub = av
        if add or remove:
            raise _Unsupported(name)
        return _after(list(sub) + rest, c)
    if name == "BRANCH":
        return [way for alt in av[1] for way in _after(list(alt) + rest, c)]
    if name in ("MAX_REPEAT", "MIN_REPEAT") and av[1] == 1:
        low, _high, sub = av
        once = _after(list(sub) + rest, c)
        if low == 1:
            return once
        never = _after(rest, c)
        return once + never if name == "MAX_REPEAT" else never + once  # greedy: once first
    raise _Unsupported(name)


def _unparse(items: list) -> str:
    """Regex text for a parsed sequence."""
    out = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append(re.escape(chr(av)))
        elif name == "NOT_LITERAL":
            out.append(f"[^{re.escape(chr(av))}]")
        elif name == "ANY":
            out.append(".")
        elif name == "IN":
            out.append(_unparse_in(av))
        elif name == "BRANCH":
            out.append("(?:" + "|".join(_unparse(list(a)) for a in av[1]) + ")")
        elif name == "SUBPATTERN":
            if av[1] or av[2]:
                raise _Unsupported(name)
            out.append(f"(?:{_unparse(list(av[3]))})")
        elif name in _QUANTIFIER:
            low, high, sub = av
            top = "" if high == _constants.MAXREPEAT else str(high)
            out.append(f"(?:{_unparse(list(sub))}){{{low},{top}}}{_QUANTIFIER[name]}")
        elif name == "AT" and str(av) in _AT:
            out.append(_AT[str(av)])
        elif (name, av[0] if isinstance(av, tuple) else None) in _ASSERT:
            out.append(f"({_ASSERT[name, av[0]]}{_unparse(list(av[1]))})")
        elif name == "ATOMIC_GROUP":
            out.append(f"(?>{_unparse(list(av))})")
        else:
            raise _Unsupported(name)
    return "".join(out)


def _unparse_in(items: list) -> str:
    out = []
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            out.append("^")
        elif name == "LITERAL":
            out.append(re.escape(chr(av)))
        elif name == "RANGE":
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif name == "CATEGORY" and str(av) in _CATEGORY:
            out.append(_CATEGORY[str(av)])
        else:
            raise _Unsupported(name)
    return f"[{''.join(out)}]"
