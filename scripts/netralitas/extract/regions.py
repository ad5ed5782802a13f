"""Stage 4: the kabupaten/kota (or province) whose government or ASN the article is about.

Every capitalised region name is a *mention* weighted by the words around it
(rules/regions_context.yaml): "Pemkab Cianjur" and "Bupati Cianjur" weigh most, "Kabupaten
Cianjur" and "ASN Cianjur" less, a bare "Cianjur" or the dateline little, a hotel's address
nothing.  A short name of two regions ("Sukabumi": Kabupaten and Kota) goes to whichever the
rest of the article already points at.  The dominant candidates are kept; a province only when
its own government is the subject, not as the address of one of its kabupaten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import gazetteer, rules
from ..document import Document, Piece
from ..model import Fact, Region, Span
from . import names
from .places import MAX_WORDS, resolve, word_start

_SPEC = {
    "cues": "dict[str,list[str]]",
    "cue_kind": "dict[str,str]",
    "cue_weight": "dict[str,float]",
    "weights": "dict[str,float]",
    "lead_pieces": "int",
    "keep_ratio": "float",
    "min_score": "float",
    "min_alone": "float",
    "strong_cues": "list[str]",
    "keep_ratio_weak": "float",
    "ambiguous_default": "str",
    "ambiguous_default_dateline": "str",
    "kecamatan_cues": "list[str]",
    "risky_bare": "list[str]",
    "list_gap": "list[regex]",
    "venue_before": "list[regex]",
    "venue_before_explicit": "list[regex]",
    "not_after": "list[regex]",
    "dateline": "list[regex]",
}


@dataclass(frozen=True)
class Mention:
    """A region name in the text, the places it can mean, and how much it weighs."""

    span: Span  # of the name in the body
    places: tuple[gazetteer.Place, ...]
    weight: float
    rule: str
    listed: bool = False  # one of three or more regions listed together: an example


@dataclass
class _Candidate:
    place: gazetteer.Place
    score: float = 0.0
    gov: bool = False  # evidence about its own government (Pemkab/Bupati/…)
    strong: bool = False  # evidence about its government, bodies or posts (also "ASN Garut")
    mentions: list[Mention] | None = None
    unlisted: bool = False  # named at least once outside a list of examples


def _rules() -> dict:
    return rules.load("regions_context", _SPEC)


@cache
def _cue_table() -> tuple[dict[tuple[str, ...], str], int]:
    """Cue phrase (lower-case words) -> its group; and the longest phrase's length."""
    r = _rules()
    table: dict[tuple[str, ...], str] = {}
    for group, phrases in r["cues"].items():
        for phrase in phrases:
            table.setdefault(tuple(phrase.split()), group)
    return table, max(len(k) for k in table)


@cache
def _first_words() -> frozenset[str]:
    """First words (lower case) of every short name and province name or alias."""
    g = gazetteer.load()
    keys = [*g.short_keys, *g.province_keys]
    return frozenset(k.split()[0] for k in keys if k)


def _is_venue(text: str, i: int, patterns: list[re.Pattern[str]]) -> bool:
    before = text[max(0, i - 60) : i]
    return any(p.search(before) for p in patterns)


# the words after a capitalised word (names.cap_words; checked in code: not inside another word,
# except after "se-")
_MORE = re.compile(r"(?: [A-Z][\w'’-]*){1,3}")  # a name has at most MAX_WORDS words
# a word (with a final dot) or a punctuation character, after the space before it (group 1)
_BEFORE = re.compile(r"(\s*)(\w+\.?|[^\w\s])")


@cache
def _risky_bare() -> frozenset[str]:
    return frozenset(_rules()["risky_bare"])


@cache
def _kecamatan_words() -> frozenset[str]:
    """The kecamatan cue words, lower case."""
    return frozenset(c.lower() for c in _rules()["kecamatan_cues"])


@cache
def _kecamatan_pattern() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in _rules()["kecamatan_cues"])
    return re.compile(rf"(?<!\w)(?i:{cues})\.?\s+([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")


def _cue_before(text: str, s: int) -> tuple[str, int] | None:
    """The cue group of the words right before text[s] and where the cue starts; an
    "(Abbreviation)" between cue and name is skipped ("Pemerintah Kabupaten (Pemkab) Cianjur")."""
    table, longest = _cue_table()
    toks = []
    pos = max(0, s - 60)
    for space, t in _BEFORE.findall(text, pos, s):
        pos += len(space)
        toks.append((t, pos))
        pos += len(t)
    if toks and toks[-1][0] == ")":
        for x in range(len(toks) - 2, max(-1, len(toks) - 9), -1):
            if toks[x][0] == "(":
                toks = toks[:x]
                break
    words: list[str] = []
    abbreviations = names.data()["abbreviations_set"]
    for t, _ in toks[-longest:]:
        w = t.lower()
        if w.endswith("."):
            w = w[:-1] if w[:-1] in abbreviations else "."
        words.append("#" if w.isdigit() else w)
    for n in range(min(longest, len(words)), 0, -1):
        group = table.get(tuple(words[-n:]))
        if group:
            return group, toks[len(toks) - n][1]
    return None


def _name_at(text: str, s: int, e: int, kind: str) -> tuple[int, tuple[gazetteer.Place, ...]]:
    """Longest region name of `kind` starting with the word text[s:e]: (end, places) or (-1, ())."""
    ends = [e]
    more = _MORE.match(text, e)
    if more:
        pos = e
        for w in more.group()[1:].split(" "):
            pos += 1 + len(w)
            ends.append(pos)
    for end in reversed(ends):
        name = text[s:end]
        places = resolve(name, kind)
        if not places and kind != "any":
            places = resolve(name, "any")
        if places:
            return end, places
    return -1, ()


def _piece_mentions(piece: Piece, lead: float, skip: Span | None) -> list[Mention]:
    """Region names in one piece, each weighted by the cue before it (or as a bare name)."""
    r = _rules()
    text = names.own_text(piece.text)
    first = _first_words()
    out: list[Mention] = []
    if names.has_word(text, _kecamatan_words()):
        for m in _kecamatan_pattern().finditer(text):
            found = _kecamatan_at(piece, m.start(1), m.end(1), lead)
            if found is not None:
                out.append(found)
    free = 0
    for s, e, w in names.cap_words(text):
        if s < free or w not in first or not word_start(text, s):
            continue
        cue = _cue_before(text, s)
        kind = r["cue_kind"][cue[0]] if cue else "any"
        e, places = _name_at(text, s, e, kind)
        if e < 0:
            continue
        free = e
        span = piece.span(s, e)
        if skip is not None and skip.start <= span.start < skip.end:
            continue  # the dateline, counted apart
        if any(p.search(text[e : e + 12]) for p in r["not_after"]):
            continue
        mention = _weigh(piece, span, places, cue, out, lead)
        if mention is not None:
            out.append(mention)
    out.sort(key=lambda x: x.span)
    return _lists_weakened(piece, out)


def _lists_weakened(piece: Piece, found: list[Mention]) -> list[Mention]:
    """Mentions in a list of three or more regions weigh less."""
    if len(found) < 3:
        return found  # no list
    groups: list[list[int]] = []
    for k, m in enumerate(found):
        if k and _rules()["list_gap"][0].match(
            piece.text[found[k - 1].span.end - piece.start : m.span.start - piece.start]
        ):
            groups[-1].append(k)
        else:
            groups.append([k])
    factor = _rules()["weights"]["listed"]
    out = list(found)
    for g in groups:
        if len(g) >= 3:
            for k in g:
                m = out[k]
                out[k] = Mention(m.span, m.places, m.weight * factor, m.rule, listed=True)
    return out


def _weigh(
    piece: Piece,
    span: Span,
    places: tuple[gazetteer.Place, ...],
    cue: tuple[str, int] | None,
    found: list[Mention],
    lead: float,
) -> Mention | None:
    r = _rules()
    text = piece.text
    s = span.start - piece.start
    if cue is None:
        if gazetteer.key(text[s : span.end - piece.start]) in _risky_bare():
            return None
        if _is_venue(text, s, r["venue_before"]):
            return None
        if all(p.kind == "provinsi" for p in places):
            return None  # a bare province name says where, not whose government
        return Mention(span, places, r["weights"]["bare"] * lead, "regions.bare")
    group, cue_start = cue
    weight = r["cue_weight"][group] * lead
    if group in ("kabupaten", "kota", "provinsi", "body", "locative") and _is_venue(
        text, cue_start, r["venue_before_explicit"]
    ):
        weight = 0.0
    if group == "provinsi" and _after_regency(found, piece.span(cue_start, cue_start)):
        weight = 0.0  # "Kabupaten Bengkulu Selatan, Provinsi Bengkulu": an address
    if group == "locative" and all(p.kind == "provinsi" for p in places):
        return None  # "di Jakarta": where, not whose
    return Mention(span, places, weight, f"regions.{group}")


def _kecamatan_at(piece: Piece, s: int, e: int, lead: float) -> Mention | None:
    r = _rules()
    text = piece.text
    two = text[s:e]
    for name in (two, two.split()[0]) if len(two.split()) > 1 else (two,):
        places = resolve(name, "kecamatan")
        if places:
            span = piece.span(s, s + len(name))
            return Mention(span, places, r["weights"]["kecamatan"] * lead, "regions.kecamatan")
    return None


def _after_regency(found: list[Mention], cue: Span) -> bool:
    """True if a kabupaten/kota name ends right before the cue, with at most a comma between."""
    if not found:
        return False
    last = found[-1]
    return 0 <= cue.start - last.span.end <= 3 and any(p.kind != "provinsi" for p in last.places)


def _dateline_mention(doc: Document) -> Mention | None:
    r = _rules()
    span: Span | None = None
    dl = doc.out.dateline
    if dl is not None and dl.why.span is not None:
        text, start = dl.value, dl.why.span.start
        body_text = doc.body[dl.why.span.start : dl.why.span.end]
        i = body_text.lower().find(text.lower())
        span = Span(start + max(i, 0), start + max(i, 0) + len(text))
    else:
        assert doc.clean is not None
        for piece in doc.clean.pieces[:4]:
            for p in r["dateline"]:
                m = p.match(piece.text)
                if m and m.group(1)[0].isupper():
                    span = piece.span(m.start(1), m.end(1))
                    break
            if span:
                break
    if span is None:
        return None
    name = " ".join(w.capitalize() for w in doc.body[span.start : span.end].split())
    words = name.split()
    for n in range(min(len(words), MAX_WORDS), 0, -1):
        sub = " ".join(words[:n])
        places = resolve(sub, "any") or resolve(sub, "kecamatan")
        places = tuple(p for p in places if p.kind != "provinsi")
        if places:
            end = span.start + len(" ".join(doc.body[span.start : span.end].split()[:n]))
            return Mention(
                Span(span.start, end), places, r["weights"]["dateline"], "regions.dateline"
            )
    return None


def _collect(doc: Document) -> list[Mention]:
    r = _rules()
    assert doc.clean is not None
    mentions: list[Mention] = []
    dl = _dateline_mention(doc)
    if dl is not None:
        mentions.append(dl)
    for idx, piece in enumerate(doc.clean.pieces):
        lead = r["weights"]["lead"] if idx < r["lead_pieces"] else 1.0
        mentions.extend(_piece_mentions(piece, lead, dl.span if dl else None))
    mentions.sort(key=lambda m: m.span)
    return mentions


def _score(mentions: list[Mention]) -> dict[str, _Candidate]:
    r = _rules()
    cands: dict[str, _Candidate] = {}

    def add(place: gazetteer.Place, m: Mention) -> None:
        c = cands.setdefault(place.code, _Candidate(place, mentions=[]))
        c.score += m.weight
        c.gov = c.gov or m.rule.startswith("regions.gov_")
        c.strong = c.strong or m.rule.removeprefix("regions.") in r["strong_cues"]
        c.unlisted = c.unlisted or not m.listed
        assert c.mentions is not None
        c.mentions.append(m)

    ambiguous = []
    for m in mentions:
        if len(m.places) == 1:
            add(m.places[0], m)
        else:
            ambiguous.append(m)
    for m in ambiguous:
        scored = [(cands[p.code].score if p.code in cands else 0.0, p) for p in m.places]
        best = max(s for s, _ in scored)
        if best > 0:
            add(next(p for s, p in scored if s == best), m)
        elif m.rule != "regions.kecamatan":
            # no other evidence: the default kind, never the province
            kind = r[
                "ambiguous_default_dateline"
                if m.rule == "regions.dateline"
                else "ambiguous_default"
            ]
            pick = [p for p in m.places if p.kind == kind]
            pick = pick or [p for p in m.places if p.kind != "provinsi"]
            add(pick[0], m)
    return cands


def _select(cands: dict[str, _Candidate]) -> list[_Candidate]:
    r = _rules()
    if not cands:
        return []
    best = max(c.score for c in cands.values())
    keep = [
        c
        for c in cands.values()
        if (c.unlisted or c.strong)  # only ever one example among others: not the subject
        and c.score >= r["min_score"]
        and c.score >= best * (r["keep_ratio"] if c.strong else r["keep_ratio_weak"])
    ]
    if not keep and best >= r["min_alone"]:
        keep = [c for c in cands.values() if c.score == best and (c.unlisted or c.strong)][:1]
    regencies = [c for c in keep if c.place.kind != "provinsi"]
    out = []
    for c in keep:
        if c.place.kind == "provinsi":
            inside = [x.score for x in regencies if x.place.province == c.place.name]
            limit = r["weights"]["province_with_regency"]
            if inside and not (c.gov and c.score >= limit * max(inside)) and c.score <= max(inside):
                continue
        out.append(c)
    if any(c.place.kind == "provinsi" and not c.gov for c in out):
        # a province that outweighs its kabupaten/kota without its own government's evidence:
        # the article is about the province ("Bawaslu Jabar"); its listed places are examples
        provinces = {c.place.name: c.score for c in out if c.place.kind == "provinsi"}
        out = [
            c
            for c in out
            if c.place.kind == "provinsi" or c.score >= provinces.get(c.place.province, 0)
        ]
    return out


def _region(c: _Candidate) -> Region:
    assert c.mentions
    top = max(c.mentions, key=lambda m: (m.weight, -m.span.start))
    confidence = round(min(0.99, 1 - 0.5**c.score), 2)
    return Region(
        name=c.place.region_name,
        province=c.place.province,
        code=c.place.code,
        kind=c.place.kind,
        why=Fact(rule=top.rule, span=top.span, confidence=confidence),
        mentions=sorted({m.span for m in c.mentions}),
    )


def extract(doc: Document) -> list[Region]:
    if doc.clean is None or not doc.clean.pieces:
        return []
    kept = _select(_score(_collect(doc)))
    kept.sort(key=lambda c: min(m.span.start for m in c.mentions or []))
    return [_region(c) for c in kept]
