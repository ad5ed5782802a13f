"""Stage 2: title, subtitle, outlet and dateline place (rules/heading.yaml).

Read from the cleaned pieces, in order:
- the dateline opens the lede: "CIANJUR –", "PURWAKARTA, RAKA –", "HALOSMI.ID –",
  "Tenggarong (ANTARA) -", "Liputan6.com, Jakarta -"; it gives the place and the outlet;
- the headline is the short line(s) before the lede: the first is the title, a second one right
  after it the subtitle.  A text that opens with its dateline, a caption or a publication header
  and has no headline line before the lede has no title: the lede is never promoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import rules
from ..document import Document, Piece
from ..errors import RulesError
from ..model import Fact, Span, TextValue
from .clean import clean

_SPEC = {
    "dateline": "list[str]",
    "segment": "str",
    "dash": "str",
    "web_address": "str",
    "outlets": "list[str]",
    "not_places": "list[str]",
    "dateline_min_words": "int",
    "dateline_search_pieces": "int",
    "title_min_words": "int",
    "subtitle_min_words": "int",
    "title_max_words": "int",
    "title_max_chars": "int",
    "not_title": "list[regex]",
}
_WORD = re.compile(r"\w+")
_FINAL_STOP = re.compile(r"(?<!\.)\.$")
_DATE_ONLY = re.compile(r"[\d\s/.-]+")
_HEADER_OUTLET = re.compile(r"^\s*(\S+?)\s*[-–—|]")


@dataclass
class Heading:
    title: TextValue | None = None
    subtitle: TextValue | None = None
    outlet: TextValue | None = None
    dateline: TextValue | None = None


@dataclass(frozen=True)
class _Rules:
    datelines: tuple[re.Pattern[str], ...]
    web_address: re.Pattern[str]
    outlets: frozenset[str]
    not_places: frozenset[str]
    dateline_min_words: int
    search_pieces: int
    title_min_words: int
    subtitle_min_words: int
    title_max_words: int
    title_max_chars: int
    not_title: tuple[re.Pattern[str], ...]


def _compile(where: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as e:
        raise RulesError(f"rules/heading.yaml: {where}: bad regular expression: {e}") from None


@cache
def _rules() -> _Rules:
    d = rules.load("heading", _SPEC)
    seg, dash = f"(?:{d['segment']})", f"(?:{d['dash']})"
    datelines = tuple(
        _compile(f"dateline[{i}]", p.replace("<SEG>", seg).replace("<DASH>", dash))
        for i, p in enumerate(d["dateline"])
    )
    return _Rules(
        datelines=datelines,
        web_address=_compile("web_address", d["web_address"]),
        outlets=frozenset(o.lower() for o in d["outlets"]),
        not_places=frozenset(w.lower() for w in d["not_places"]),
        dateline_min_words=d["dateline_min_words"],
        search_pieces=d["dateline_search_pieces"],
        title_min_words=d["title_min_words"],
        subtitle_min_words=d["subtitle_min_words"],
        title_max_words=d["title_max_words"],
        title_max_chars=d["title_max_chars"],
        not_title=tuple(d["not_title"]),
    )


@dataclass(frozen=True)
class _Dateline:
    index: int  # of the piece that opens with it
    place: TextValue | None
    outlet: TextValue | None


def _value(piece: Piece, m: re.Match[str], group: str, rule: str, conf: float) -> TextValue | None:
    """The stripped text of a match group as a fact with its body span."""
    raw = m.group(group)
    if not raw:
        return None
    i = m.start(group) + len(raw) - len(raw.lstrip())
    text = raw.strip().rstrip(",.:;")
    if not _WORD.search(text):
        return None
    return TextValue(text, Fact(rule, piece.span(i, i + len(text)), conf))


def _is_outlet(token: str, r: _Rules) -> bool:
    """A web address ("HALOSMI.ID"), a known agency ("ANTARA") or a CamelCase brand ("iNews")."""
    return bool(
        r.web_address.search(token)
        or token.lower() in r.outlets
        or re.search(r"[a-z][A-Z]", token.replace(" ", ""))
    )


def _is_province(token: str) -> bool:
    from ..gazetteer import load

    return load().province(token) is not None


def _is_place(token: str) -> bool:
    from ..gazetteer import load

    g = load()
    return bool(g.province(token) or g.by_short(token) or g.regency(token))


def _classify(piece: Piece, index: int, m: re.Match[str], r: _Rules) -> _Dateline | None:
    """Which part of a dateline match is the place and which the outlet."""
    groups = m.groupdict()
    if groups.get("place") is not None:
        place = _value(piece, m, "place", "heading.dateline-place", 0.9)
        outlet = None
        if groups.get("outlet") and not _DATE_ONLY.fullmatch(groups["outlet"]):
            outlet = _value(piece, m, "outlet", "heading.dateline-outlet", 0.9)
        return _Dateline(index, place, outlet)
    a, b = groups.get("a") or "", groups.get("b")
    if b is None:
        if _is_outlet(a, r):
            return _Dateline(index, None, _value(piece, m, "a", "heading.dateline-outlet", 0.85))
        return _Dateline(index, _value(piece, m, "a", "heading.dateline-place", 0.85), None)
    if _is_outlet(a, r) and not _is_outlet(b, r):
        place_g, outlet_g = "b", "a"
    else:
        place_g, outlet_g = "a", "b"
    place = _value(piece, m, place_g, "heading.dateline-place", 0.9)
    if not _is_outlet(m.group(outlet_g), r) and _is_province(m.group(outlet_g)):
        return _Dateline(index, place, None)  # "Mataram, NTB –": a province, not an outlet
    return _Dateline(index, place, _value(piece, m, outlet_g, "heading.dateline-outlet", 0.9))


def _dateline_at(piece: Piece, index: int, r: _Rules) -> _Dateline | None:
    head = piece.text[:200]
    for pattern in r.datelines:
        m = pattern.match(head)
        if not m:
            continue
        first = (m.group("place") if "place" in m.groupdict() else m.group("a")) or ""
        first_word = first.split()[0].lower() if first.split() else ""
        if first_word in r.not_places:
            continue
        if m.groupdict().get("colon") and not _is_place(first):
            continue  # "Bupati: …", "Catatan: …" are no datelines
        after = piece.text[m.end() : m.end() + 2000]
        rest = len(_WORD.findall(after))
        short_lede = rest and rest < r.dateline_min_words
        headline = rest and _headline_like(piece, r) and not _caps_dateline(first, after)
        if short_lede or headline:
            continue  # "Cianjur – Bupati Ajak ASN Netral" is a headline, not a lede
        return _classify(piece, index, m, r)
    return None


def _caps_dateline(first: str, after: str) -> bool:
    """ "CIANJUR – Bupati …": a capitalised place before sentence-case text is a dateline even
    when the lede is short and has no full stop (an ALL CAPS headline stays a headline)."""
    letters = [c for c in after[:300] if c.isalpha()]
    lower = sum(c.islower() for c in letters)
    return first.isupper() and len(first) >= 4 and lower > len(letters) / 2


def _find_dateline(pieces: list[Piece], r: _Rules) -> _Dateline | None:
    for i, p in enumerate(pieces[: r.search_pieces]):
        if p.kind == "para" and (d := _dateline_at(p, i, r)):
            return d
    return None


def _titlecase(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if len(w) > 3 and w.isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _headline_like(piece: Piece, r: _Rules, before_dateline: bool = False) -> bool:
    text = piece.text
    if piece.kind != "para" or len(text) > r.title_max_chars:
        return False
    n = len(_WORD.findall(text))
    if not 0 < n <= r.title_max_words:
        return False
    if _FINAL_STOP.search(text) and not (before_dateline and _titlecase(text)):
        return False
    return not any(p.search(text) for p in r.not_title)


def _headline(
    pieces: list[Piece], dateline: _Dateline | None, r: _Rules
) -> tuple[TextValue | None, TextValue | None]:
    """Title and subtitle: the headline-like paragraphs before the lede."""
    stop = dateline.index if dateline else len(pieces)
    lines: list[Piece] = []
    after_other = False  # a caption or header came before the headline
    lede = dateline is not None
    for p in pieces[:stop]:
        if p.kind != "para":
            after_other = after_other or not lines
            continue
        if not _headline_like(p, r, before_dateline=dateline is not None):
            lede = True
            break
        lines.append(p)
    if not lede:
        return None, None  # nothing but short lines: no body, so no headline either
    words = [len(_WORD.findall(p.text)) for p in lines]
    at = next((k for k, n in enumerate(words) if n >= r.title_min_words), None)
    if at is None:
        return None, None
    conf = (0.9 if dateline else 0.75) - (0.1 if after_other else 0.0)
    rule = "heading.title-before-dateline" if dateline else "heading.title-before-lede"
    t = lines[at]
    title = TextValue(t.text, Fact(rule, Span(t.start, t.end), conf))
    subtitle = None
    if at + 1 < len(lines) and words[at + 1] >= r.subtitle_min_words:
        s = lines[at + 1]
        subtitle = TextValue(s.text, Fact("heading.subtitle", Span(s.start, s.end), conf - 0.1))
    return title, subtitle


def _header_outlet(pieces: list[Piece], r: _Rules) -> TextValue | None:
    """ "KOMPAS.com - 06/11/2024, 14:20 WIB": an outlet named in a publication header."""
    for p in pieces[: r.search_pieces]:
        m = _HEADER_OUTLET.match(p.text) if p.kind == "header" else None
        if m and r.web_address.search(m.group(1)):
            return TextValue(m.group(1), Fact("heading.header-outlet", p.span(*m.span(1)), 0.7))
    return None


def extract(doc: Document) -> Heading:
    r = _rules()
    pieces = (doc.clean or clean(doc.body)).pieces
    dateline = _find_dateline(pieces, r)
    title, subtitle = _headline(pieces, dateline, r)
    outlet = dateline.outlet if dateline else None
    return Heading(
        title=title,
        subtitle=subtitle,
        outlet=outlet or _header_outlet(pieces, r),
        dateline=dateline.place if dateline else None,
    )
