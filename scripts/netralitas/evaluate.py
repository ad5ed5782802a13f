"""Accuracy of extraction on hand-annotated articles, measured in-process.

The measures are those of the evaluation set's scorer (`score.py` beside this repository,
whose gold schema is its SCHEMA.md), re-implemented here so the site can print the accuracy
of the very code that built it, from the annotated articles kept in the repository
(tests/eval/own: raw/NAME.txt + gold/NAME.yaml):

- regions, provinces: precision/recall/F1 of the sets of region names (Kab./Kota/Prov.
  abbreviations expanded) and of province names;
- officials: names matched greedily, in order; a name matches when its tokens (without
  honorifics and degrees) are equal, or one set holds the other and the prediction has two
  tokens or more;
- official roles: of the matched officials, share whose role's words hold or are held by the
  gold role's (or one of its other roles');
- quotes: texts matched greedily when at least 80 % of the words agree;
- quote speakers: of the matched quotes with an attributed gold speaker, share whose speaker
  matches that official's name;
- date, election, title: share of articles where the value is exactly right.

A test checks these numbers equal score.py's on every annotated set.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from .cache import ExtractionCache

# The scorer's definition of what is not part of a name (honorifics, degrees, forms of
# address); part of the measure, not an extraction rule.
NOT_NAME = frozenset(
    [
        "h",
        "hj",
        "hm",
        "drs",
        "dra",
        "dr",
        "ir",
        "prof",
        "kh",
        "ustadz",
        "st",
        "se",
        "sh",
        "mh",
        "msi",
        "mm",
        "mpd",
        "spd",
        "ssos",
        "sip",
        "ssi",
        "skm",
        "ak",
        "mt",
        "ma",
        "mag",
        "map",
        "sstp",
        "msc",
        "phd",
        "ap",
        "skom",
        "mkes",
        "sked",
        "bsc",
        "mba",
        "sag",
        "bapak",
        "pak",
        "ibu",
        "bu",
    ]
)
QUOTE_MARKS = "\"'“”‘’«»„‟"
COUNTED = ("regions", "provinces", "officials", "quotes")  # precision, recall, F1
SHARES = ("official roles", "quote speakers", "date", "election", "title")  # accuracy
ORDER = ("regions", "provinces", "officials", "official roles", "quotes", "quote speakers",
         "date", "election", "title")  # fmt: skip


@dataclass
class Measure:
    name: str
    hits: int = 0
    predicted: int = 0  # for an accuracy: unused
    gold: int = 0  # for an accuracy: the number of cases

    @property
    def counted(self) -> bool:
        return self.name in COUNTED

    @property
    def precision(self) -> float:
        if self.predicted:
            return self.hits / self.predicted
        return 1.0 if self.gold == 0 else 0.0

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 1.0

    @property
    def value(self) -> float:
        """F1 of a counted measure, the share right of an accuracy."""
        if not self.counted:
            return self.hits / self.gold if self.gold else 0.0
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    articles: int
    measures: list[Measure]

    def as_dict(self) -> dict[str, float]:
        """{measure: value}, the shape of score.py's --json output."""
        return {m.name: m.value for m in self.measures}


def _fold(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", _fold(text).lower())


def _name_words(name: str) -> list[str]:
    words = (re.sub(r"[^\w]", "", w) for w in re.split(r"[\s,]+", _fold(name).lower()))
    return [w for w in words if w and w not in NOT_NAME]


def same_person(predicted: str | None, gold_name: str) -> bool:
    mine = _name_words(predicted or "")
    if not mine:
        return False
    theirs = _name_words(gold_name)
    if mine == theirs:
        return True
    return len(mine) >= 2 and (set(mine) <= set(theirs) or set(theirs) <= set(mine))


def region_key(name: str) -> str:
    text = _fold(name).lower().replace(".", ". ")
    for short, full in (
        ("kab", "kabupaten"),
        ("kota adm", "kota administrasi"),
        ("prov", "provinsi"),
    ):
        text = re.sub(rf"\b{short}\.\s*", full + " ", text)
    return " ".join(text.split())


def same_quote(predicted: str, gold: str) -> bool:
    mine, theirs = (_words(t.strip(QUOTE_MARKS + " ,.;:")) for t in (predicted, gold))
    if not mine or not theirs:
        return False
    shared = sum((Counter(mine) & Counter(theirs)).values())
    return shared / max(len(mine), len(theirs)) >= 0.8


def _pairs(preds: list[Any], golds: list[Any], match: Callable[[Any, Any], bool]):
    """Greedy one-to-one matching: each prediction takes the first free gold it matches."""
    free = list(range(len(golds)))
    out = []
    for i, p in enumerate(preds):
        j = next((j for j in free if match(p, golds[j])), None)
        if j is not None:
            free.remove(j)
            out.append((i, j))
    return out


def _role_ok(role: str | None, gold: dict) -> bool:
    mine = set(_words(role))
    if not mine:
        return False
    for g in [gold.get("role") or "", *(gold.get("other_roles") or [])]:
        theirs = set(_words(g))
        if mine <= theirs or theirs <= mine:
            return True
    return False


def score_article(pred: dict, gold: dict, m: dict[str, Measure]) -> None:
    def count(name: str, hits: int, predicted: int, golds: int) -> None:
        m[name].hits += hits
        m[name].predicted += predicted
        m[name].gold += golds

    def share(name: str, ok: bool) -> None:
        m[name].hits += ok
        m[name].gold += 1

    p_regions, g_regions = pred.get("regions") or [], gold.get("regions") or []
    mine = {region_key(r.get("name", "")) for r in p_regions}
    theirs = {region_key(r["name"]) for r in g_regions}
    count("regions", len(mine & theirs), len(mine), len(theirs))
    mine = {_fold(r.get("province")).lower() for r in p_regions} - {""}
    theirs = {_fold(r["province"]).lower() for r in g_regions}
    count("provinces", len(mine & theirs), len(mine), len(theirs))

    p_off = [o for o in pred.get("officials") or [] if o.get("name")]
    g_off = gold.get("officials") or []
    pairs = _pairs([o["name"] for o in p_off], g_off, lambda p, g: same_person(p, g["name"]))
    count("officials", len(pairs), len(p_off), len(g_off))
    for i, j in pairs:
        share("official roles", _role_ok(p_off[i].get("role"), g_off[j]))

    p_q = [q for q in pred.get("quotes") or [] if q.get("text")]
    g_q = gold.get("quotes") or []
    pairs = _pairs([q["text"] for q in p_q], [q["text"] for q in g_q], same_quote)
    count("quotes", len(pairs), len(p_q), len(g_q))
    for i, j in pairs:
        speaker = g_q[j].get("speaker")
        if speaker is not None:
            share("quote speakers", same_person(p_q[i].get("speaker"), speaker))

    gold_date = str(gold["date"]) if gold.get("date") else None
    share("date", (pred.get("date") or None) == gold_date)
    share("election", (pred.get("election") or None) == (gold.get("election") or None))
    share("title", _fold(pred.get("title")).lower() == _fold(gold.get("title")).lower())


def score(pairs: list[tuple[dict, dict]]) -> Evaluation:
    """Measures over (extracted JSON object, gold annotation) pairs."""
    m = {name: Measure(name) for name in ORDER}
    for pred, gold in pairs:
        score_article(pred, gold, m)
    return Evaluation(len(pairs), [m[name] for name in ORDER])


def evaluate_dir(directory: str | Path, cache: ExtractionCache | None = None) -> Evaluation | None:
    """Extract every raw/NAME.txt that has a gold/NAME.yaml (unchanged ones from `cache`) and
    score it; None when the directory holds no annotated article."""
    from .api import extract_paths  # the pipeline is only needed here

    base = Path(directory)
    golds = sorted((base / "gold").glob("*.yaml"))
    raws = [base / "raw" / f"{g.stem}.txt" for g in golds]
    if not golds or not all(r.is_file() for r in raws):
        return None
    preds = [x.to_json() for x in extract_paths(raws, cache=cache)]
    annotations = [yaml.safe_load(g.read_text(encoding="utf-8")) for g in golds]
    return score(list(zip(preds, annotations, strict=True)))
