"""Stage 7: which election the neutrality is about (rules/election.yaml).

Every mention of the Pemilu or the Pilkada is weighed: the title counts more than the body, a
year-qualified mention ("Pilkada 2024") more than a generic one ("setiap pemilu"), a mention of
another year ("Pemilu 2019") not at all.  The heavier election wins; an explicit joint mention
("Pemilu dan Pilkada Serentak 2024") in the title or with its year, or both elections strongly
present, gives "both".  The event date tips near ties: after the pemilu vote most neutrality news
is about the Pilkada.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import rules
from ..document import Document, Piece
from ..model import Election, Fact, Span
from .patterns import Keywords, join, lower, pieces

_SPEC = {
    "mentions": "dict[str,list[regex]]",
    "weak": "dict[str,list[regex]]",
    "generic": "list[regex]",
    "joint": "list[regex]",
    "joint_year": "list[regex]",
    "ignore": "list[regex]",
    "year_after": "list[regex]",
    "other_year_after": "list[regex]",
    "past_after": "list[regex]",
    "past_before": "list[regex]",
    "generic_before": "list[regex]",
    "weights": "dict[str,float]",
    "pemilu_vote": "str",
}
_KINDS = ("pemilu", "pilkada")
_VALUE = {"pemilu": "pemilu-2024", "pilkada": "pilkada-2024"}
_AFTER = 40  # characters read after a mention for its year
_BEFORE = 25  # …and before it for "setiap"


@dataclass
class _Mention:
    kind: str  # "pemilu" | "pilkada" | "joint"
    span: Span
    weight: float
    title: bool
    year: bool  # qualified with the 2024 year


def _rules() -> dict:
    return rules.load("election", _SPEC)


@cache
def _scanner() -> Keywords:
    """One regex for every kind of mention, matched against lower-cased text.  Names of bodies
    and laws come first so that, starting earlier, they swallow the mention they contain
    ("Badan Pengawas Pemilu"); joint mentions come before the single ones they contain."""
    r = _rules()
    groups = [("ignore", r["ignore"]), ("joint", r["joint"])]
    for kind in _KINDS:
        groups += [(kind, r["mentions"].get(kind, [])), (f"weak_{kind}", r["weak"].get(kind, []))]
    groups.append(("generic", r["generic"]))
    return join([(name, ps) for name, ps in groups if ps])


def _title_spans(doc: Document) -> list[Span]:
    return [tv.why.span for tv in (doc.out.title, doc.out.subtitle) if tv and tv.why.span]


def _any(patterns: list[re.Pattern[str]], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def _weigh(
    kind: str, piece: Piece, low: str, m: re.Match[str], titles: list[Span]
) -> _Mention | None:
    """A mention's weight from its context, or None when it names another year's election."""
    r = _rules()
    w = r["weights"]
    i, j = m.start(), m.end()
    before, after = low[max(0, i - _BEFORE) : i], low[j : j + _AFTER]
    year = _any(r["year_after"], after) or (kind == "joint" and _any(r["joint_year"], m.group()))
    if not year and _any(r["other_year_after"], after):
        return None
    weight = w["weak"] if kind.startswith("weak_") else 1.0
    if year:
        weight *= w["year"]
    if _any(r["past_after"], after) or _any(r["past_before"], before):
        weight *= w["past"]
    elif _any(r["generic_before"], before):
        weight *= w["generic"]
    span = piece.span(i, j)
    title = any(t.start <= span.start < t.end for t in titles)
    if title:
        weight *= w["title"]
    return _Mention(kind.removeprefix("weak_"), span, weight, title, year)


def _mentions(doc: Document) -> list[_Mention]:
    titles = _title_spans(doc)
    out: list[_Mention] = []
    for piece in pieces(doc):
        low = lower(piece.text)
        for kind, m in _scanner().scan(low):
            if kind != "ignore" and (found := _weigh(kind, piece, low, m, titles)):
                out.append(found)
    return out


def _scores(doc: Document, mentions: list[_Mention]) -> dict[str, float]:
    r = _rules()
    w = r["weights"]
    date = doc.out.date.date if doc.out.date else None
    after_vote = date is not None and date > r["pemilu_vote"]
    scores = {k: 0.0 for k in _KINDS}
    for m in mentions:
        if m.kind == "generic":
            continue  # an election, but which one only the date tells
        if m.kind == "joint":
            for k in _KINDS:
                scores[k] += m.weight * w["joint"]
        elif m.kind == "pemilu" and after_vote and not m.year and not m.title:
            scores[m.kind] += m.weight * w["pemilu_without_year_after_vote"]
        else:
            scores[m.kind] += m.weight
    if date is not None and (any(scores.values()) or any(m.kind == "generic" for m in mentions)):
        scores["pilkada" if after_vote else "pemilu"] += w["date_prior"]
    return scores


def _best(mentions: list[_Mention], kind: str) -> _Mention | None:
    """The heaviest (then first) mention of a kind: the evidence shown for the decision."""
    found = [m for m in mentions if m.kind == kind]
    return max(found, key=lambda m: (m.weight, -m.span.start)) if found else None


def extract(doc: Document) -> Election | None:
    r = _rules()
    w = r["weights"]
    mentions = _mentions(doc)
    joint = [m for m in mentions if m.kind == "joint" and (m.title or m.year)]
    if joint:
        return Election("both", Fact("election.joint-mention", joint[0].span, 0.9))
    scores = _scores(doc, mentions)
    top = max(_KINDS, key=lambda k: (scores[k], k == "pilkada"))
    low = scores["pemilu" if top == "pilkada" else "pilkada"]
    if scores[top] < w["min_score"]:
        return None
    total = scores[top] + low
    if low >= w["both_min"] and low >= w["both_ratio"] * scores[top]:
        evidence = _best(mentions, "joint") or _best(mentions, top)
        span = evidence.span if evidence else None
        return Election("both", Fact("election.both-strong", span, round(low / total + 0.3, 2)))
    evidence = _best(mentions, top)
    rule = "election.title-mention" if evidence and evidence.title else "election.mentions"
    if evidence is None:  # only words of some election, and the event date
        evidence, rule = _best(mentions, "generic"), "election.generic-and-date"
    span = evidence.span if evidence else None
    return Election(_VALUE[top], Fact(rule, span, round(scores[top] / total, 2)))
