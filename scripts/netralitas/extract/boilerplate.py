"""The rules of stage `clean`, loaded from rules/boilerplate.yaml and compiled for speed.

Whole-line rules are joined into one regex per line length (one match per line, the named group
that matched gives the reason); header templates get their month and weekday names filled in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import rules
from ..errors import RulesError

LABEL_WORD = re.compile(r"[\w&]+")

SPEC = {
    "furniture": "dict[str,list[regex]]",
    "bylines": "list[regex]",
    "signoff_lines": "list[regex]",
    "signoff_ends": "list[regex]",
    "signoff_tail_hint": "str",
    "inline_cuts": "list[regex]",
    "inline_cut_hints": "list[str]",
    "related_lines": "list[regex]",
    "list_heads": "list[regex]",
    "link_heads": "list[regex]",
    "list_item_max_words": "int",
    "ends": "list[regex]",
    "min_paras_before_end": "int",
    "labels": "list[str]",
    "max_furniture_chars": "int",
    "max_link_chars": "int",
    "caption_heads": "list[regex]",
    "caption_tails": "list[regex]",
    "caption_window": "int",
    "caption_hints": "list[str]",
    "not_caption": "list[regex]",
    "headers": "list[str]",
    "date_forms": "list[str]",
    "weekdays": "list[str]",
    "months": "list[str]",
    "repeat_similarity": "float",
    "repeat_min_words": "int",
    "repeat_body_similarity": "float",
    "repeat_body_min_run": "int",
}


def _union(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    """One regex trying every pattern in turn (never matches when the list is empty)."""
    if not patterns:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)


@dataclass(frozen=True)
class Rules:
    # whole-line rules: `short` for short lines, `link` for longer ones; the named group that
    # matched gives the reason
    short: re.Pattern[str]
    short_reasons: dict[str, str]
    link: re.Pattern[str]
    link_reasons: dict[str, str]
    signoff_ends: re.Pattern[str]
    signoff_hint: re.Pattern[str]
    inline_cuts: re.Pattern[str]
    inline_cut_hints: tuple[str, ...]
    list_item_max_words: int
    ends: re.Pattern[str]
    min_paras_before_end: int
    labels: frozenset[tuple[str, ...]]
    label_max_words: int
    max_chars: int
    max_link_chars: int
    caption_heads: re.Pattern[str]
    caption_tails: re.Pattern[str]
    caption_window: int
    caption_hints: tuple[str, ...]
    not_caption: re.Pattern[str]
    repeat: float
    repeat_min_words: int
    body_repeat: float
    body_min_run: int


def _headers(data: dict) -> list[str]:
    """The header templates with <WEEKDAY>, <MONTH> and <DATE> filled in."""
    alt = "|".join
    month = alt(re.escape(m) for m in sorted(data["months"], key=len, reverse=True))
    weekday = alt(re.escape(w) for w in data["weekdays"])
    date = alt(f.replace("<MONTH>", month) for f in data["date_forms"])
    return [h.replace("<DATE>", date).replace("<WEEKDAY>", weekday) for h in data["headers"]]


def _line_union(groups: list[tuple[str, list[str]]]) -> tuple[re.Pattern[str], dict[str, str]]:
    """Whole-line rules in priority order as one regex (one match per line), each reason a
    named group ("g0", "g1", …); returns the regex and the reason of each group."""
    parts = [f"(?P<g{i}>{'|'.join(f'(?:{p})' for p in ps)})" for i, (_r, ps) in enumerate(groups)]
    reasons = {f"g{i}": reason for i, (reason, _ps) in enumerate(groups)}
    try:
        return re.compile("|".join(parts) or r"(?!x)x", re.IGNORECASE), reasons
    except re.error as e:
        raise RulesError(f"rules/boilerplate.yaml: bad regular expression: {e}") from None


def _line_rules(d: dict) -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
    """(rules for lines up to max_link_chars, extra rules for lines up to max_furniture_chars)."""
    links = [
        ("list head", [p.pattern for p in d["list_heads"]]),
        ("link head", [p.pattern for p in d["link_heads"]]),
        ("related link", [p.pattern for p in d["related_lines"]]),
        ("header", _headers(d)),
        ("byline", [p.pattern for p in d["bylines"]]),
    ]
    furniture = [(f"furniture: {k}", [p.pattern for p in v]) for k, v in d["furniture"].items()]
    furniture.append(("sign-off", [p.pattern for p in d["signoff_lines"]]))
    return [g for g in links if g[1]], [g for g in furniture if g[1]]


@cache
def load() -> Rules:
    d = rules.load("boilerplate", SPEC)
    labels = frozenset(tuple(LABEL_WORD.findall(x.lower())) for x in d["labels"])
    try:
        hint = re.compile(d["signoff_tail_hint"], re.IGNORECASE)
    except re.error as e:
        raise RulesError(f"rules/boilerplate.yaml: signoff_tail_hint: {e}") from None
    links, furniture = _line_rules(d)
    short, short_reasons = _line_union(links + furniture)
    link, link_reasons = _line_union(links)
    return Rules(
        short=short,
        short_reasons=short_reasons,
        link=link,
        link_reasons=link_reasons,
        signoff_ends=_union(d["signoff_ends"]),
        signoff_hint=hint,
        inline_cuts=_union(d["inline_cuts"]),
        inline_cut_hints=tuple(h.lower() for h in d["inline_cut_hints"]),
        list_item_max_words=d["list_item_max_words"],
        ends=_union(d["ends"]),
        min_paras_before_end=d["min_paras_before_end"],
        labels=labels,
        label_max_words=max((len(x) for x in labels), default=1),
        max_chars=d["max_furniture_chars"],
        max_link_chars=d["max_link_chars"],
        caption_heads=_union(d["caption_heads"]),
        caption_tails=_union(d["caption_tails"]),
        caption_window=d["caption_window"],
        caption_hints=tuple(h.lower() for h in d["caption_hints"]),
        not_caption=_union(d["not_caption"]),
        repeat=d["repeat_similarity"],
        repeat_min_words=d["repeat_min_words"],
        body_repeat=d["repeat_body_similarity"],
        body_min_run=d["repeat_body_min_run"],
    )
