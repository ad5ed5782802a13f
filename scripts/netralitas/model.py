"""The data model every stage writes into and every renderer reads from.

Offsets (`Span`) always point into the article *body*: the corpus file's text after its optional
front-matter block, exactly as stored.  `Document.line_of` turns an offset into a file line.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

ELECTIONS = ("pemilu-2024", "pilkada-2024", "both")
ACTIVITIES = (
    "pakta-integritas",
    "ikrar-deklarasi",
    "sosialisasi",
    "apel-upacara",
    "imbauan",
    "sanksi",
    "pengawasan",
)


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character range [start, end) in the article body."""

    start: int
    end: int

    def text(self, body: str) -> str:
        return body[self.start : self.end]


@dataclass
class Fact:
    """Why a fact was found: the rule that fired, where, and how sure we are (0..1)."""

    rule: str
    span: Span | None = None
    confidence: float = 1.0


@dataclass
class TextValue:
    """A single string fact: title, subtitle, outlet, dateline place."""

    value: str
    why: Fact


@dataclass
class EventDate:
    date: str  # ISO YYYY-MM-DD
    text: str  # the exact evidence, e.g. "Rabu (29/11/2023)"
    inferred: bool  # year (or month) not written, chosen by weekday
    why: Fact


@dataclass
class Region:
    name: str  # official form: "Kabupaten Cianjur", "Kota Sukabumi", "Provinsi Bengkulu"
    province: str  # province display name, always filled
    code: str  # Kemendagri code, dotted: "32.03"; a province: "32"
    kind: str  # "kabupaten" | "kota" | "provinsi"
    why: Fact
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Official:
    name: str  # without honorifics or degrees
    role: str | None  # first full role, as written
    why: Fact
    other_roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # other forms the text uses: "Herman"
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Quote:
    text: str  # exactly as in the body between the marks (marks removed)
    span: Span  # of `text` in the body
    speaker: str | None  # canonical Official.name, or None when unattributed
    why: Fact  # attribution rule and cue span
    checked: bool = False  # set by a human correction
    # A quote running over a removed line (an advert) is made of these stretches of `span`;
    # empty when `text` is all of it.  Either way `text == "".join(body[p] for p in parts)`.
    parts: list[Span] = field(default_factory=list)

    def source_parts(self) -> list[Span]:
        return self.parts or [self.span]

    def quote_id(self, article_id: str) -> str:
        return quote_id(article_id, self.text)


@dataclass
class Election:
    value: str  # one of ELECTIONS
    why: Fact


@dataclass
class Activity:
    kind: str  # one of ACTIVITIES
    why: Fact


def fold(text: str) -> str:
    """NFKC, single spaces: the form in which texts are compared and hashed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def quote_id(article_id: str, text: str) -> str:
    """Stable id of a quote: depends only on its article and its folded text."""
    digest = hashlib.sha1(f"{article_id}\n{fold(text).lower()}".encode()).hexdigest()
    return "k-" + digest[:10]


@dataclass
class Extraction:
    """Everything extracted from one article; `to_json` is the `extract --format json` object."""

    source: str
    article_id: str
    title: TextValue | None = None
    subtitle: TextValue | None = None
    outlet: TextValue | None = None
    dateline: TextValue | None = None
    date: EventDate | None = None
    regions: list[Region] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    election: Election | None = None
    activities: list[Activity] = field(default_factory=list)
    url: str | None = None
    published: str | None = None
    added: str | None = None  # ISO date the article entered the archive (front matter)
    clean_text: str = ""  # the kept paragraphs, one per line
    paragraphs: list[Span] = field(default_factory=list)  # body span of each clean_text line
    corrected: list[str] = field(default_factory=list)  # fields a person set in front matter

    def to_json(self, explain: bool = False) -> dict[str, Any]:
        def why(f: Fact) -> dict[str, Any]:
            return asdict(f)

        def val(tv: TextValue | None) -> str | None:
            return tv.value if tv else None

        out: dict[str, Any] = {
            "source": self.source,
            "id": self.article_id,
            "title": val(self.title),
            "subtitle": val(self.subtitle),
            "outlet": val(self.outlet),
            "dateline": val(self.dateline),
            "url": self.url,
            "published": self.published,
            "added": self.added,
            "date": self.date.date if self.date else None,
            "date_text": self.date.text if self.date else None,
            "date_inferred": self.date.inferred if self.date else None,
            "election": self.election.value if self.election else None,
            "regions": [
                {"name": r.name, "province": r.province, "code": r.code, "kind": r.kind}
                for r in self.regions
            ],
            "officials": [
                {
                    "name": o.name,
                    "role": o.role,
                    "other_roles": list(o.other_roles),
                    "aliases": list(o.aliases),
                }
                for o in self.officials
            ],
            "quotes": [
                {
                    "id": q.quote_id(self.article_id),
                    "text": q.text,
                    "speaker": q.speaker,
                    "start": q.span.start,
                    "end": q.span.end,
                }
                for q in self.quotes
            ],
            "activities": [a.kind for a in self.activities],
            "corrected": list(self.corrected),
        }
        if explain:
            out["why"] = {
                "title": why(self.title.why) if self.title else None,
                "subtitle": why(self.subtitle.why) if self.subtitle else None,
                "outlet": why(self.outlet.why) if self.outlet else None,
                "dateline": why(self.dateline.why) if self.dateline else None,
                "date": why(self.date.why) if self.date else None,
                "election": why(self.election.why) if self.election else None,
                "regions": [why(r.why) for r in self.regions],
                "officials": [why(o.why) for o in self.officials],
                "quotes": [why(q.why) for q in self.quotes],
                "activities": [why(a.why) for a in self.activities],
            }
        return out
