"""`netralitas extract --explain`: for every fact, the rule and the text span that produced it."""

from __future__ import annotations

from .corpus import CorpusFile
from .model import Extraction, Fact


def _where(cf: CorpusFile, fact: Fact) -> str:
    if fact.span is None:
        return f"[{fact.rule}, {fact.confidence:.2f}]"
    start, end = fact.span.start, fact.span.end
    line = cf.body_line + cf.body.count("\n", 0, start)
    col = start - (cf.body.rfind("\n", 0, start) + 1) + 1
    snippet = " ".join(cf.body[start:end].split())
    if len(snippet) > 90:
        snippet = snippet[:60] + " … " + snippet[-25:]
    return f"[{fact.rule}, {fact.confidence:.2f}] {cf.path}:{line}:{col} «{snippet}»"


def explain(cf: CorpusFile, ex: Extraction) -> str:
    rows: list[str] = [f"# {cf.path}"]

    def add(label: str, value: object, fact: Fact | None) -> None:
        rows.append(f"{label}: {value}")
        if fact is not None:
            rows.append(f"    {_where(cf, fact)}")

    for label, tv in (
        ("title", ex.title),
        ("subtitle", ex.subtitle),
        ("outlet", ex.outlet),
        ("dateline", ex.dateline),
    ):
        add(label, tv.value if tv else None, tv.why if tv else None)
    d = ex.date
    add(
        "date",
        f"{d.date}{' (inferred)' if d.inferred else ''}" if d else None,
        d.why if d else None,
    )
    add(
        "election",
        ex.election.value if ex.election else None,
        ex.election.why if ex.election else None,
    )
    for r in ex.regions:
        add("region", f"{r.name} ({r.province}, {r.code})", r.why)
    for o in ex.officials:
        extra = f"; aliases {', '.join(o.aliases)}" if o.aliases else ""
        add("official", f"{o.name} — {o.role}{extra}", o.why)
    for q in ex.quotes:
        text = q.text if len(q.text) <= 70 else q.text[:67] + "…"
        add("quote", f"“{text}” — {q.speaker}", q.why)
    for a in ex.activities:
        add("activity", a.kind, a.why)
    if ex.corrected:
        rows.append(f"corrected by a person: {', '.join(ex.corrected)}")
    return "\n".join(rows) + "\n"
