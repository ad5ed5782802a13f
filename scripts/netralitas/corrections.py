"""Front-matter metadata and corrections, applied after extraction: a person's word wins.

Every fact a correction sets carries `Fact(rule="correction")`; the corrected fields are listed
in `Extraction.corrected` and quotes a person named or added get `Quote.checked`, so pages can
mark them as checked by a person.  A correction that cannot hold (a region not in the
gazetteer, a quote text not in the article, a speaker the article never names) is a `Problem`
naming the file and the line of the entry; every one of them is reported at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .corpus import CorpusMeta, Corrections
from .document import Document
from .errors import CorpusError, Problem
from .gazetteer import load as gazetteer
from .model import (
    Activity,
    Election,
    EventDate,
    Extraction,
    Fact,
    Official,
    Quote,
    Region,
    Span,
    TextValue,
    fold,
)

HUMAN = Fact(rule="correction", confidence=1.0)

# A maintainer may type straight quotes where the article has curly ones, and vice versa.
_QUOTE_CHARS = {
    "'": "['‘’`]",
    "‘": "['‘’`]",
    "’": "['‘’`]",
    '"': '["“”]',
    "“": '["“”]',
    "”": '["“”]',
}


def find(body: str, needle: str) -> tuple[int, int] | None:
    """Locate `needle` in the body, tolerant of case, white space and quote characters."""
    at = body.find(needle) if needle.strip() else -1
    if at >= 0:
        return at, at + len(needle)
    words = needle.split()
    if not words:
        return None
    pattern = r"\s+".join("".join(_QUOTE_CHARS.get(ch, re.escape(ch)) for ch in w) for w in words)
    m = re.search(pattern, body, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


@dataclass
class _Run:
    """One correction pass over one document: the problems found so far, with lines."""

    doc: Document
    c: Corrections
    problems: list[Problem] = field(default_factory=list)

    @property
    def out(self) -> Extraction:
        return self.doc.out

    def problem(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.doc.path, line, f"corrections.{message}"))

    def mark(self, name: str) -> None:
        if name not in self.out.corrected:
            self.out.corrected.append(name)


_KIND = re.compile(r"^(kabupaten|kab\.?|kota|provinsi)\s+", re.IGNORECASE)


def _region(run: _Run, i: int, name: str) -> Region | None:
    g = gazetteer()
    place = g.regency(name) or g.province(name)
    if place is not None:
        return Region(place.region_name, place.province, place.code, place.kind, HUMAN)
    short = _KIND.sub("", name.strip())
    near = [p.region_name for p in (*g.by_short(short), g.province(short)) if p is not None]
    hint = f"; did you mean {' or '.join(near)}?" if near else ""
    run.problem(run.c.line("regions", i), f"regions: {name!r} is not in the gazetteer{hint}")
    return None


def _scalars(run: _Run, meta: CorpusMeta) -> None:
    out, c = run.out, run.c
    out.url = meta.url
    out.published = meta.published
    if meta.outlet:
        out.outlet = TextValue(meta.outlet, Fact("front matter"))
    if c.title is not None:
        out.title = TextValue(c.title, HUMAN) if c.title else None
        run.mark("title")
    if c.date is not None:
        out.date = EventDate(c.date, "", False, HUMAN)
        run.mark("date")
    if c.election is not None:
        out.election = Election(c.election, HUMAN)
        run.mark("election")
    if c.regions is not None:
        found = [_region(run, i, n) for i, n in enumerate(c.regions)]
        out.regions = [r for r in found if r is not None]
        run.mark("regions")
    if c.activities is not None:
        out.activities = [Activity(a, HUMAN) for a in c.activities]
        run.mark("activities")


def _named_in_text(body_key: str, *names: str) -> bool:
    return any(fold(n).lower() in body_key for n in names if fold(n))


def _officials(run: _Run, body_key: str) -> None:
    out, c = run.out, run.c
    if c.drop_officials:
        drop = {fold(n).lower() for n in c.drop_officials}
        out.officials = [o for o in out.officials if fold(o.name).lower() not in drop]
        run.mark("officials")
    if c.officials is not None:
        run.mark("officials")
    for i, fix in enumerate(c.officials or []):
        if not _named_in_text(body_key, fix.name, *fix.aliases):
            run.problem(
                c.line("officials", i, "name"),
                f"officials: {fix.name!r} is not named in the article (give the form it uses "
                "under aliases)",
            )
            continue
        found = next((o for o in out.officials if fold(o.name) == fold(fix.name)), None)
        if found is None:
            found = Official(fix.name, fix.role, HUMAN)
            out.officials.append(found)
        if fix.role is not None:
            found.role = fix.role
        found.aliases = sorted(set(found.aliases) | set(fix.aliases))
        found.why = HUMAN


def _speaker(run: _Run, body_key: str, name: str | None, line: int | None, key: str) -> str | None:
    """The official's canonical name for a speaker a person gave (a name or an alias)."""
    if name is None:
        return None
    for o in run.out.officials:
        if fold(name).lower() in {fold(n).lower() for n in (o.name, *o.aliases)}:
            return o.name
    if not _named_in_text(body_key, name):
        run.problem(line, f"{key}: speaker {name!r} names nobody in the article")
    return name


def _not_in_article(run: _Run, key: str, i: int, text: str) -> bool:
    if find(run.doc.body, text) is None:
        run.problem(run.c.line(key, i, "quote"), f"{key}: text not in the article: {text!r}")
        return True
    return False


def _contains(q: Quote, text: str) -> bool:
    return fold(text).lower() in fold(q.text).lower()


def _quotes(run: _Run, body_key: str) -> None:
    out, c = run.out, run.c
    for i, text in enumerate(c.drop_quotes):
        # Text in the article but in no extracted quote: nothing to drop, nothing wrong.
        if not _not_in_article(run, "drop_quotes", i, text):
            out.quotes = [q for q in out.quotes if not _contains(q, text)]
    for i, fix in enumerate(c.speakers):
        if _not_in_article(run, "speakers", i, fix.quote):
            continue
        hits = [q for q in out.quotes if _contains(q, fix.quote)]
        if not hits:
            run.problem(
                c.line("speakers", i, "quote"),
                f"speakers: no extracted quote has {fix.quote!r}; list it under add_quotes",
            )
        speaker = _speaker(run, body_key, fix.speaker, c.line("speakers", i, "speaker"), "speakers")
        for q in hits:
            q.speaker, q.why, q.checked = speaker, HUMAN, True
    for i, fix in enumerate(c.add_quotes):
        where = find(run.doc.body, fix.quote)
        if where is None:
            _not_in_article(run, "add_quotes", i, fix.quote)
            continue
        line = c.line("add_quotes", i, "speaker")
        speaker = _speaker(run, body_key, fix.speaker, line, "add_quotes")
        span = Span(*where)
        # The person's quote replaces any extracted one it overlaps.
        out.quotes = [q for q in out.quotes if q.span.end <= span.start or q.span.start >= span.end]
        out.quotes.append(Quote(span.text(run.doc.body), span, speaker, HUMAN, checked=True))
        out.quotes.sort(key=lambda q: q.span)
    if c.drop_quotes or c.speakers or c.add_quotes:
        run.mark("quotes")


def apply(doc: Document, meta: CorpusMeta) -> None:
    """Put the front matter's metadata and corrections into `doc.out`; CorpusError lists
    every correction that cannot hold, each with its file line."""
    run = _Run(doc, meta.corrections)
    _scalars(run, meta)
    c = meta.corrections
    needs_text = c.officials or c.speakers or c.add_quotes
    body_key = fold(doc.body).lower() if needs_text else ""
    _officials(run, body_key)
    _quotes(run, body_key)
    if run.problems:
        raise CorpusError(run.problems)
