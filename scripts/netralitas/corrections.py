"""Front-matter metadata and corrections, applied after extraction: a person's word wins."""

from __future__ import annotations

from .corpus import CorpusMeta
from .document import Document
from .errors import CorpusError, Problem
from .gazetteer import load as gazetteer
from .model import Activity, Election, EventDate, Fact, Official, Quote, Region, TextValue, fold

HUMAN = Fact(rule="correction", confidence=1.0)


def _find(body: str, needle: str) -> tuple[int, int] | None:
    """Locate `needle` in the body, tolerant of white-space differences."""
    at = body.find(needle)
    if at >= 0:
        return at, at + len(needle)
    words = needle.split()
    if not words:
        return None
    import re

    m = re.search(r"\s+".join(re.escape(w) for w in words), body)
    return (m.start(), m.end()) if m else None


def _region(name: str, path: str) -> Region:
    g = gazetteer()
    place = g.regency(name) or g.province(name)
    if place is None:
        raise CorpusError([Problem(path, None, f"corrections.regions: no region {name!r}")])
    return Region(place.region_name, place.province, place.code, place.kind, HUMAN)


def apply(doc: Document, meta: CorpusMeta) -> None:
    out, c, problems = doc.out, meta.corrections, []
    out.url = meta.url
    out.published = meta.published
    if meta.outlet:
        out.outlet = TextValue(meta.outlet, Fact("front matter"))
    if c.title is not None:
        out.title = TextValue(c.title, HUMAN) if c.title else None
        out.corrected.append("title")
    if c.date is not None:
        out.date = EventDate(c.date, "", False, HUMAN)
        out.corrected.append("date")
    if c.election is not None:
        out.election = Election(c.election, HUMAN)
        out.corrected.append("election")
    if c.regions is not None:
        out.regions = [_region(n, doc.path) for n in c.regions]
        out.corrected.append("regions")
    if c.activities is not None:
        out.activities = [Activity(a, HUMAN) for a in c.activities]
        out.corrected.append("activities")
    if c.drop_officials:
        drop = {fold(n).lower() for n in c.drop_officials}
        out.officials = [o for o in out.officials if fold(o.name).lower() not in drop]
        out.corrected.append("officials")
    for fix in c.officials or []:
        found = next((o for o in out.officials if fold(o.name) == fold(fix.name)), None)
        if found is None:
            found = Official(fix.name, fix.role, HUMAN)
            out.officials.append(found)
        if fix.role is not None:
            found.role = fix.role
        found.aliases = sorted(set(found.aliases) | set(fix.aliases))
        found.why = HUMAN
        if "officials" not in out.corrected:
            out.corrected.append("officials")
    for text in c.drop_quotes:
        before = len(out.quotes)
        out.quotes = [q for q in out.quotes if fold(text) not in fold(q.text)]
        if len(out.quotes) == before:
            problems.append(Problem(doc.path, None, f"drop_quotes: no quote has {text!r}"))
    for fix in c.speakers:
        hits = [q for q in out.quotes if fold(fix.quote) in fold(q.text)]
        if not hits:
            problems.append(Problem(doc.path, None, f"speakers: no quote has {fix.quote!r}"))
        for q in hits:
            q.speaker, q.why, q.checked = fix.speaker, HUMAN, True
    for fix in c.add_quotes:
        where = _find(doc.body, fix.quote)
        if where is None:
            problems.append(
                Problem(doc.path, None, f"add_quotes: text not in the article: {fix.quote!r}")
            )
            continue
        from .model import Span

        span = Span(*where)
        out.quotes.append(Quote(span.text(doc.body), span, fix.speaker, HUMAN, checked=True))
        out.quotes.sort(key=lambda q: q.span)
    if problems:
        raise CorpusError(problems)
