"""Stage 3: the date of the reported event, with its evidence (rules/dates.yaml).

Every date-like span in the kept pieces becomes a candidate: "Rabu (29/11/2023)", "(10/08/2024)",
"Senin, 7 Oktober 2024", "Rabu (11/10)" (year chosen by the weekday), "(27/11l" (a typo for the
closing bracket).  Candidates are ranked, best first:

1. a weekday-anchored date in the body — the first one: later ones are usually earlier or
   follow-up events ("pada Selasa (28/11) sudah dilaksanakan deklarasi");
2. a bare date in the body ("(10/08/2024)", "6 Juli 2024 lalu");
3. a date in a photo caption; 4. a publication header ("Selasa, 1 Oktober 2024, 00:45 WITA"),
   moved back to the weekday the body names without a date ("… di Tenggarong, Senin.");
5. a future or schedule reference ("akan digelar pada …", "25 September hingga …").

References to the vote itself ("27 November 2024 mendatang", "pemungutan suara 14 Februari
2024") are dropped; law years and "Pemilu 2024" never look like dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from .. import rules
from ..document import Document, Piece
from ..model import EventDate, Fact

_SPEC = {
    "months": "dict[str,int]",
    "weekdays": "dict[str,int]",
    "weekday_gap": "str",
    "years": "dict[str,int]",
    "infer_years": "dict[str,int]",
    "election_days": "dict[str,str]",
    "not_event_after": "list[regex]",
    "not_event_before": "list[regex]",
    "reference_before": "list[regex]",
    "election_before": "list[regex]",
    "header_after": "list[regex]",
    "header_before": "list[regex]",
    "header_max_letters": "dict[str,int]",
    "bare_weekday_before": "str",
    "bare_weekday_after": "str",
}

_APOSTROPHES = "'’‘`´"
_CLOSE = re.compile(r"\s*\)|[lI\]}|](?![^\W\d_])")  # ")" or a typo for it: "(27/11l"
_BEFORE = 60  # characters of context read before a date
_AFTER = 40
_LEAD = 40  # characters read before a date for its weekday and bracket
_DIGITS = re.compile(r"\d\d*")  # not \d+: a leading class lets re skip quickly to digits
_HEADER_SCAN = 200  # a publication header is found within this many characters

# Rank of a candidate (lower wins) and the confidence it starts from.
_BODY_WEEKDAY, _BODY_BARE, _CAPTION_WEEKDAY, _CAPTION_BARE, _HEADER, _FUTURE = range(6)
_CONFIDENCE = {0: 0.95, 1: 0.8, 2: 0.8, 3: 0.7, 4: 0.5, 5: 0.3}
_RULE = {
    0: "body-weekday",
    1: "body-date",
    2: "caption-weekday",
    3: "caption-date",
    4: "publication-header",
    5: "future-reference",
}


@dataclass
class _Cand:
    start: int  # body offsets of the evidence
    end: int
    day: int
    month: int
    year: int | None  # as written (two digits already widened)
    weekday: int | None  # ISO weekday as written
    piece: Piece
    i: int  # offsets of the evidence inside the piece
    j: int


def _rules() -> dict:
    return rules.load("dates", _SPEC)


def _name_re(name: str) -> str:
    """A name from the data as a regex; an apostrophe matches every apostrophe, or none."""
    parts = [re.escape(p) for p in re.split(f"[{_APOSTROPHES}]", name)]
    return f"[{_APOSTROPHES}]?".join(parts)


def _alternation(names: dict[str, int]) -> str:
    return "|".join(_name_re(n) for n in sorted(names, key=len, reverse=True))


@cache
def _date_at() -> re.Pattern[str]:
    """A date starting at a given digit: "29/11/2023", "25/9", "6 November 2024", "17 Okt",
    "25-27 September 2024" (a range of days: its first day)."""
    mon = _alternation(_rules()["months"])
    return re.compile(
        # a range of days in one month: "25-27 September 2024", "25 s.d. 27 Sept" (the first)
        r"(?P<d3>\d{1,2})\s*(?:[-–—]|s\.?\s?d\.?|sampai|hingga)\s*\d{1,2}"
        rf"\s*(?P<mn3>{mon})(?!\w)\.?"
        r"(?:\s*(?:,\s*)?(?P<y3>\d{4}))?(?!\d)"
        r"|(?P<d1>\d{1,2})\s*(?P<s1>[/.\-])\s*(?P<m1>\d{1,2})"
        r"(?:\s*(?P=s1)\s*(?P<y1>\d{4}|\d{2}))?(?!\d|[/.\-]\d)"
        rf"|(?P<d2>\d{{1,2}})\s*(?P<mn>{mon})(?!\w)\.?(?:\s*(?:,\s*)?(?P<y2>\d{{4}}))?(?!\d)",
        re.IGNORECASE,
    )


@cache
def _lead() -> re.Pattern[str]:
    """What may stand right before a date: a weekday ("Rabu, ") and an opening bracket."""
    r = _rules()
    wd = _alternation(r["weekdays"])
    return re.compile(
        rf"(?:(?<!\w)(?P<wd>{wd})(?!\w){r['weekday_gap']})?(?P<open>\(\s*)?\Z", re.IGNORECASE
    )


@cache
def _bare_weekday() -> re.Pattern[str]:
    """A weekday standing alone in a sentence: ", Senin." / "pada Senin,"."""
    r = _rules()
    wd = _alternation(r["weekdays"])
    return re.compile(
        rf"{r['bare_weekday_before']}(?P<wd>{wd})(?!\w){r['bare_weekday_after']}", re.IGNORECASE
    )


@cache
def _lookup() -> tuple[dict[str, int], dict[str, int]]:
    """Weekday and month names folded (lower case, no apostrophe) -> number."""
    r = _rules()

    def folded(d: dict[str, int]) -> dict[str, int]:
        return {_fold(k): v for k, v in d.items()}

    return folded(r["weekdays"]), folded(r["months"])


def _fold(name: str) -> str:
    return re.sub(f"[{_APOSTROPHES}]", "", name).lower()


def _pieces(doc: Document) -> list[Piece]:
    if doc.clean is not None:
        return list(doc.clean.pieces)
    return [Piece(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", doc.body)]


def _candidates(piece: Piece) -> list[_Cand]:
    """Dates in a piece.  Only digit runs are tried (fast on long text); the weekday and the
    bracket before a date are read backwards from it."""
    weekdays, months = _lookup()
    text, out, last = piece.text, [], 0
    for run in _DIGITS.finditer(text):
        s = run.start()
        if s < last or run.end() - s > 2 or (s and text[s - 1] in "/.-"):
            continue
        m = _date_at().match(text, s)
        if m is None:
            continue
        lead = _lead().search(text, max(last, s - _LEAD), s)
        assert lead is not None  # the pattern also matches the empty string
        # Weekdays are capitalised; lower-case "minggu" is "week".
        wd = weekdays.get(_fold(lead["wd"])) if lead["wd"] and lead["wd"][0].isupper() else None
        if m["d1"]:
            day, month, year_text = int(m["d1"]), int(m["m1"]), m["y1"]
            # A bare number pair is only a date when a bracket or a weekday frames it.
            if not (lead["open"] or wd or year_text):
                continue
        elif m["d3"]:
            day, month, year_text = int(m["d3"]), months[_fold(m["mn3"])], m["y3"]
        else:
            day, month, year_text = int(m["d2"]), months[_fold(m["mn"])], m["y2"]
        year = None
        if year_text:
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        i = lead.start() if wd else lead.start("open") if lead["open"] else s
        j = m.end()
        if lead["open"] and (close := _CLOSE.match(text, j)):
            j = close.end()
        last = j
        out.append(_Cand(piece.start + i, piece.start + j, day, month, year, wd, piece, i, j))
    return out


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _resolve(c: _Cand, reference: int | None) -> tuple[date | None, bool, float]:
    """The date a candidate stands for, whether its year was inferred, and a confidence factor."""
    r = _rules()
    if c.year is not None:
        if not r["years"]["min"] <= c.year <= r["years"]["max"]:
            return None, False, 0.0
        d = _valid(c.year, c.month, c.day)
        if d is None:
            return None, False, 0.0
        factor = 1.0 if c.weekday in (None, d.isoweekday()) else 0.6
        if not r["years"]["event_min"] <= c.year <= r["years"]["event_max"]:
            factor *= 0.5
        return d, False, factor
    span = r["infer_years"]
    years = range(span["first"], span["last"] + 1)
    if c.weekday is None:
        if reference is None:
            return None, True, 0.0
        return _valid(reference, c.month, c.day), True, 0.7
    fits = [d for y in years if (d := _valid(y, c.month, c.day)) and d.isoweekday() == c.weekday]
    target = reference if reference is not None else span["default"]
    if fits:
        return min(fits, key=lambda d: abs(d.year - target)), True, 1.0 if len(fits) == 1 else 0.7
    return _valid(target, c.month, c.day), True, 0.4


def _any(patterns: list[re.Pattern[str]], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _is_header(c: _Cand) -> bool:
    """A publication header: a line that is only a date, or a short line with a date and a
    clock time, or a date after a publishing label ("Diterbitkan …")."""
    r = _rules()
    limit = r["header_max_letters"]
    p = c.piece
    if p.kind == "header":
        return True
    if p.kind != "para":
        return False
    # Only short stretches are counted: a header sits at the start of a short line.
    before = p.text[: c.i] if c.i <= _HEADER_SCAN else None
    rest = len(p.text) - (c.j - c.i)
    if (
        rest <= _HEADER_SCAN
        and _letters(p.text[: c.i]) + _letters(p.text[c.j :]) <= limit["untimed"]
    ):
        return True
    # "Selasa, 1 Oktober 2024, 00:45 WITA" is a line of its own; an event time has text around.
    if (
        before is not None
        and rest <= _HEADER_SCAN
        and _letters(before) <= limit["timed"]
        and _letters(p.text[c.j :]) <= limit["timed"]
        and _any(r["header_after"], p.text[c.j : c.j + _AFTER])
    ):
        return True
    return _any(r["header_before"], p.text[max(0, c.i - _BEFORE) : c.i])


def _rank(c: _Cand, d: date) -> int | None:
    """The candidate's rank (see the module docstring), or None when it is not an event date."""
    r = _rules()
    before = c.piece.text[max(0, c.i - _BEFORE) : c.i]
    after = c.piece.text[c.j : c.j + _AFTER]
    if _any(r["reference_before"], before):
        return None
    voting_day = d.isoformat() in r["election_days"].values()
    if c.weekday is None and (voting_day or _any(r["election_before"], before)):
        return None
    if voting_day and _any(r["election_before"], before):
        return _FUTURE
    if _any(r["not_event_after"], after) or _any(r["not_event_before"], before):
        return _FUTURE
    if _is_header(c):
        return _HEADER
    caption = c.piece.kind == "caption"
    if c.weekday is not None:
        return _CAPTION_WEEKDAY if caption else _BODY_WEEKDAY
    return _CAPTION_BARE if caption else _BODY_BARE


def _reference_year(cands: list[_Cand]) -> int | None:
    """The first written year inside the event window: lends a year to "6 Juli lalu"."""
    r = _rules()["years"]
    for c in cands:
        if c.year is not None and r["event_min"] <= c.year <= r["event_max"]:
            return c.year
    return None


def extract(doc: Document) -> EventDate | None:
    cands = [c for p in _pieces(doc) for c in _candidates(p)]
    cands.sort(key=lambda c: c.start)
    reference = _reference_year(cands)
    best: tuple[tuple[int, int], _Cand, date, bool, float] | None = None
    for c in cands:
        d, inferred, factor = _resolve(c, reference)
        if d is None:
            continue
        rank = _rank(c, d)
        if rank is None:
            continue
        years = _rules()["years"]
        key = (
            rank + (10 if not years["event_min"] <= d.year <= years["event_max"] else 0),
            c.start,
        )
        if best is None or key < best[0]:
            best = (key, c, d, inferred, factor)
            if key[0] == _BODY_WEEKDAY:  # candidates come in text order: none can beat it
                break
    if best is None:
        return None
    (rank, _), c, d, inferred, factor = best
    if rank == _HEADER:
        shifted = _weekday_before(doc, d, c.piece)
        if shifted is not None:
            return shifted
    base = _CONFIDENCE[rank % 10] * (0.5 if rank >= 10 else 1.0)
    rule = "dates." + _RULE[rank % 10] + ("-inferred-year" if inferred else "")
    why = Fact(rule=rule, span=c.piece.span(c.i, c.j), confidence=round(base * factor, 2))
    return EventDate(date=d.isoformat(), text=doc.body[c.start : c.end], inferred=inferred, why=why)


def _weekday_before(doc: Document, published: date, header: Piece) -> EventDate | None:
    """The event on a bare weekday of the body, counted back from the publication date."""
    weekdays, _ = _lookup()
    for p in _pieces(doc):
        if p.kind != "para" or p.start == header.start:
            continue
        for m in _bare_weekday().finditer(p.text):
            if not m["wd"][0].isupper():
                continue
            back = (published.isoweekday() - weekdays[_fold(m["wd"])]) % 7
            d = published - timedelta(days=back)
            why = Fact("dates.weekday-before-header", p.span(m.start("wd"), m.end("wd")), 0.6)
            return EventDate(date=d.isoformat(), text=m["wd"], inferred=True, why=why)
    return None
