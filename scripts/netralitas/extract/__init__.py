"""The extraction pipeline.  Stages run in this order, each a function `Document -> findings`:

1. clean      (clean.py)      body -> kept pieces (paragraphs, photo captions, publication
                              headers); page furniture, bylines and a repeated body removed
2. heading    (heading.py)    title, subtitle, outlet, dateline place
3. dates      (dates.py)      event date with its evidence; year inferred from the weekday
4. regions    (regions.py)    kabupaten/kota and province the article is about, with codes
5. officials  (officials.py)  people with a public role: name without titles, role, aliases
6. quotes     (quotes.py)     direct quotations and their speakers (needs officials)
7. election   (election.py)   pemilu-2024 | pilkada-2024 | both
8. activities (activities.py) kinds of commitment from the fixed list

Later stages read earlier findings from `doc.out`.  Corrections from the corpus file's front
matter are applied last (corrections.py) and win over every stage.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..corpus import CorpusFile
from ..document import Document
from ..model import Extraction, Span
from . import activities, clean, dates, election, heading, officials, quotes, regions

EXTRACTOR_VERSION = "1"


def _heading(doc: Document) -> None:
    h = heading.extract(doc)
    doc.out.title, doc.out.subtitle, doc.out.outlet, doc.out.dateline = (
        h.title,
        h.subtitle,
        h.outlet,
        h.dateline,
    )


def _set(name: str, fn: Callable[[Document], Any]) -> Callable[[Document], None]:
    def run(doc: Document) -> None:
        setattr(doc.out, name, fn(doc))

    return run


STAGES: list[tuple[str, Callable[[Document], None]]] = [
    ("clean", lambda doc: setattr(doc, "clean", clean.extract(doc))),
    ("heading", _heading),
    ("dates", _set("date", dates.extract)),
    ("regions", _set("regions", regions.extract)),
    ("officials", _set("officials", officials.extract)),
    ("quotes", _set("quotes", quotes.extract)),
    ("election", _set("election", election.extract)),
    ("activities", _set("activities", activities.extract)),
]


def extract_text(body: str, source: str = "<text>", article_id: str | None = None) -> Extraction:
    """Run every stage on an article body (no front matter)."""
    doc = Document(
        path=source, body=body, out=Extraction(source=source, article_id=article_id or source)
    )
    return run(doc)


def run(doc: Document) -> Extraction:
    for _name, stage in STAGES:
        stage(doc)
    assert doc.clean is not None
    doc.out.clean_text = doc.clean.text
    doc.out.paragraphs = [Span(p.start, p.end) for p in doc.clean.paragraphs]
    return doc.out


def extract_file(cf: CorpusFile) -> Extraction:
    """Extract one parsed corpus file, then apply its front-matter metadata and corrections."""
    from .. import corrections

    # What the front matter knows is there before the stages run (dates use `published`).
    out = Extraction(
        source=cf.path,
        article_id=cf.article_id,
        url=cf.meta.url,
        published=cf.meta.published,
        added=cf.meta.added,
    )
    doc = Document(path=cf.path, body=cf.body, out=out, body_line=cf.body_line)
    run(doc)
    corrections.apply(doc, cf.meta)
    return doc.out
