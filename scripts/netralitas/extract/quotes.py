"""Stage 6: direct quotations and who spoke them.

1. quotemarks.py finds every stretch of text between quote marks in the article's paragraphs
   (captions excluded), whatever the marks look like;
2. cues.py reads the attribution next to each one ("tegas Herman", "katanya", "Menurut X, “");
3. scare quotes ('netral'), quoted titles and slogans are dropped;
4. the speaker is resolved against the officials found by stage 5 (people.py): a name or short
   name, a role ("kata Kapolres"), or — for "katanya", "kata dia", "ia menegaskan" — the person
   the text was last about;
5. a quotation repeated later (a body pasted twice) is kept once.

Every quote's `why` names the rule, the cue's span and a confidence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..document import Document, Piece
from ..model import Fact, Quote, Span, fold
from . import cues
from .cues import Cue
from .lexicon import WORD, Lexicon, is_role_head, lexicon
from .people import Event, People
from .quotemarks import Block, Candidate, Skips, blocks, scan

_WORDS = re.compile(r"\w+")
_TOKENS = re.compile(r"\S*\w\S*")
_LINE = re.compile(r"[^\n]+")
_NAME = re.compile(r"[A-Z][a-z'’\-]+")  # a word of a person's name: "Wirahadi", "Ma'ruf"
_CLAUSE = 300  # characters before a quote searched for a cue ("Budi mengatakan, “")


@dataclass
class _Found:
    cand: Candidate
    after: Cue | None
    before: Cue | None
    speaker: str | None = None
    fact: Fact | None = None


def _paragraphs(doc: Document) -> list[Piece]:
    if doc.clean is not None:
        return doc.clean.paragraphs
    out = []
    for m in _LINE.finditer(doc.body):
        if m.group().strip():
            out.append(Piece(m.start(), m.end(), m.group()))
    return out


def _after(body: str, blks: list[Block], c: Candidate, people: People, lex: Lexicon) -> Cue | None:
    if c.close is None:
        return None
    where = cues.after_text(body, blks, people.block_starts, c.close, lex)
    if where is None:
        return None
    t, i, base = where
    last = body[c.end - 1]
    return cues.after(t, i, base, last in ".!?", last == ",", lex)


def _before(body: str, blks: list[Block], c: Candidate, people: People, lex: Lexicon) -> Cue | None:
    if c.open is None:
        return None
    b = blks[c.block]
    i = c.open - b.start
    _, s0 = people.sentence(c.open)
    clause = max(s0 - b.start, i - _CLAUSE, 0)
    if b.text[clause:i].strip():
        return cues.before(b.text, clause, i, b.start, lex)
    if c.block > 0 and blks[c.block - 1].text.endswith(":"):
        prev = blks[c.block - 1]  # "Budi mengatakan:" ends the paragraph before
        _, ps = people.sentence(prev.end - 1)
        n = len(prev.text)
        return cues.before(prev.text, max(ps - prev.start, n - _CLAUSE, 0), n, prev.start, lex)
    return None


def _read(
    body: str, blks: list[Block], c: Candidate, people: People, lex: Lexicon
) -> _Found | None:
    """The candidate with its cues, or None when it is not a statement: a scare quote
    ('netral'), a quoted title or slogan, or a stray mark."""
    after = _after(body, blks, c, people, lex)
    if c.open_missing:
        return _Found(c, after, None) if after is not None else None
    text = body[c.start : c.end]
    words = _TOKENS.findall(text)
    lead = c.open if c.open is not None else c.start
    b = blks[c.block]
    prior = body[max(b.start, lead - 60) : lead].rstrip()
    at_start = not prior or prior[-1] in ".!?:,;"
    short = len(words) < lex.min_words
    if short and not at_start:
        return None
    before = (
        None if after is not None and after.kind == "run" else _before(body, blks, c, people, lex)
    )
    found = _Found(c, after, before)
    # A short quote is a statement when it is a paragraph of its own that the next one
    # carries on ("“TNI netral. ¶ “Anggota kami …,” ujar Bayu"), not a scare-quoted word.
    carried = c.continued and at_start and text[-1:] in ".!?"
    if (short or c.single) and after is None and before is None and not carried:
        return None
    if after is not None:
        return found
    before_word = WORD.findall(prior[-40:])
    if (
        prior
        and prior[-1].isalpha()
        and before_word
        and before_word[-1].lower() in lex.title_intros
    ):
        return None
    if words and words[0].lower() in lex.title_starts and text[-1] not in ".,!?":
        return None
    caps = [w for w in words if w[0].isalpha() and len(w) > 1]
    titled = sum(w[0].isupper() for w in caps) >= lex.title_case_share * len(caps)
    if len(caps) >= 2 and text[-1] not in ".,!?" and titled:
        return None
    return found


class _Resolver:
    def __init__(self, body: str, people: People, lex: Lexicon) -> None:
        self.body, self.people, self.lex = body, people, lex
        self._longer: dict[str, str | None] = {}

    def back(self, pos: int) -> Event | None:
        return self.people.previous_subject(pos)

    def run(self, cue: Cue, pos: int) -> tuple[str | None, str]:
        """Resolve a cue that names someone: (speaker, how)."""
        p = self.people
        run = cue.run
        assert run is not None
        named = [e for e in p.within(run.start, run.end) if e.kind in ("name", "role")]
        if named:
            first = next((e for e in named if e.kind == "name"), named[0])
            listed = any(o.name == first.who for o in p.officials)
            return first.who, first.kind if listed else "unlisted-name"
        if run.role:
            k = p.by_role(run.text, pos)
            if k is not None:
                return p.officials[k].name, "role"
        if run.demonstrative:
            ev = self.back(pos)
            return (ev.who if ev else None), "role-anaphor"
        if not run.role and self.lex.unlisted_speakers:
            name = self.unlisted(run.text)
            if name:
                return name, "unlisted-name"
        return None, "unresolved"

    def unlisted(self, text: str) -> str | None:
        """A person the officials stage did not list: the name as the cue writes it."""
        lex = self.lex
        words = [w.strip(",") for w in text.split() if w.lower().rstrip(".") not in lex.honorifics]
        if not words or len(words) > 4 or not all(_NAME.fullmatch(w) for w in words):
            return None
        if any(w.lower() in lex.not_names or is_role_head(w.lower(), lex) for w in words):
            return None
        if len(words) == 1:  # "kata Heru" after "… Letkol Inf Heru Purwanto": the full name
            return self.longer_name(words[0]) or words[0]
        return " ".join(words)

    def longer_name(self, word: str) -> str | None:
        if word not in self._longer:
            self._longer[word] = self._find_longer(word)
        return self._longer[word]

    def _find_longer(self, word: str) -> str | None:
        rx = re.compile(rf"(?<!\w){re.escape(word)}((?:[ \t]+[A-Z][\w'’\-]*){{1,3}})")
        for b in self.people.blocks:
            for m in rx.finditer(b.text):
                if self.people.quoted(b.start + m.start()):
                    continue
                more = []
                for w in m.group(1).split():
                    if w.lower() in self.lex.run_stops or is_role_head(w.lower(), self.lex):
                        break
                    more.append(w)
                if more:
                    return " ".join([word, *more])
        return None

    def cue(self, cue: Cue, pos: int, where: str) -> tuple[str | None, Fact] | None:
        """Speaker from one cue; None when the cue says nothing usable."""
        span = Span(cue.start, cue.end)
        if cue.kind == "run":
            who, how = self.run(cue, pos)
            if who is None and how == "unresolved":
                return None
            conf = {"name": 0.95, "role": 0.85, "role-anaphor": 0.8, "unlisted-name": 0.4}
            return who, Fact(f"quotes.{where}-cue-{how}", span, conf.get(how, 0.5))
        if cue.kind == "window":
            assert cue.window is not None
            evs = self.people.within(*cue.window)
            if evs:
                ev = self.people.subject(evs, cue.window[0])
                return ev.who, Fact(f"quotes.{where}-cue-subject", span, 0.9)
            ev = self.back(pos)
            return (ev.who if ev else None), Fact(f"quotes.{where}-cue-previous-subject", span, 0.7)
        if cue.kind == "back":
            ev = self.back(pos)
            rule = {"clitic": "clitic", "pronoun": "pronoun", "before-pronoun": "pronoun"}.get(
                cue.rule, cue.rule
            )
            return (ev.who if ev else None), Fact(
                f"quotes.{rule}-previous-subject", span, cue.confidence if ev else 0.3
            )
        return None, Fact(f"quotes.{where}-cue-not-an-official", span, 0.5)


def _attribute(
    found: list[_Found],
    body: str,
    blks: list[Block],
    new_people: Callable[[], People],
    lex: Lexicon,
) -> None:
    """Resolve every quote's speaker, in text order.  A speaker the officials stage missed but
    a cue names ("kata Alwan") is tracked from then on; if such names turn up and some quote
    found nobody, a second pass knows them from the start."""
    people = new_people()  # the first call gives the People already built
    _speakers(found, body, people, lex)
    unlisted = sorted(people.tracked)
    if unlisted and any(f.speaker is None for f in found):
        people = new_people()
        for name in unlisted:
            people.add_person(name)
        _speakers(found, body, people, lex)
    # A quote continued in the next paragraph ("“… ¶ “…,” katanya") has that paragraph's
    # speaker; so has a paragraph that is one bare quote followed by a quote with a cue.
    for n in range(len(found) - 2, -1, -1):
        f, g = found[n], found[n + 1]
        if f.after is not None or g.speaker is None or g.cand.block != f.cand.end_block + 1:
            continue
        conf = f.fact.confidence if f.fact else 0.0
        bare = _whole_block(f.cand, blks) and g.cand.open == blks[g.cand.block].start
        if (f.cand.continued and conf < 0.9) or (bare and f.before is None and conf <= 0.5):
            f.speaker = g.speaker
            cue = g.fact.span if g.fact and g.fact.span else Span(g.cand.start, g.cand.end)
            f.fact = Fact("quotes.continued-paragraph", cue, 0.8)


def _whole_block(c: Candidate, blks: list[Block]) -> bool:
    """Is the quote all its paragraph holds (marks aside)?"""
    b = blks[c.block]
    return c.open == b.start and c.close is not None and c.close >= blks[c.end_block].end - 1


def _speakers(found: list[_Found], body: str, people: People, lex: Lexicon) -> None:
    r = _Resolver(body, people, lex)
    for n, f in enumerate(found):
        c = f.cand
        pos = c.open if c.open is not None else c.start
        got = None
        order = [(f.after, "after"), (f.before, "before")]
        # A cue naming someone beats one pointing back; after beats before.
        named = [(cue, w) for cue, w in order if cue is not None and cue.kind in ("run", "window")]
        other = [
            (cue, w) for cue, w in order if cue is not None and cue.kind not in ("run", "window")
        ]
        for cue, w in named + other:
            got = r.cue(cue, pos, w)
            if got is not None:
                break
        if got is None and named:  # the cue names someone we cannot resolve ("kata Bawaslu")
            cue, w = named[0]
            got = None, Fact(f"quotes.{w}-cue-unresolved", Span(cue.start, cue.end), 0.5)
        if got is None:
            got = _uncued(found, n, r, pos)
        f.speaker, f.fact = got
        if f.fact is not None and f.fact.rule.endswith("unlisted-name") and f.speaker:
            people.add_person(f.speaker)
        if f.speaker is not None:
            people.add(Event(pos, pos, pos, f.speaker, "quote"))


def _uncued(found: list[_Found], n: int, r: _Resolver, pos: int) -> tuple[str | None, Fact]:
    c = found[n].cand
    if n:
        p = found[n - 1]
        same_block = p.cand.end_block == c.block
        next_para = (
            p.cand.end_block == c.block - 1
            and c.open is not None
            and c.open == r.people.blocks[c.block].start
        )
        if p.speaker is not None and (same_block or next_para):
            cue = p.fact.span if p.fact and p.fact.span else Span(p.cand.start, p.cand.end)
            return p.speaker, Fact("quotes.same-speaker-continuation", cue, 0.75)
    ev = r.people.previous_subject(pos, min_block=max(c.block - 1, 0))
    if ev is not None:
        return ev.who, Fact("quotes.context-subject", Span(ev.start, ev.end), 0.5)
    return None, Fact("quotes.unattributed", Span(c.start, c.end), 0.5)


def _dedupe(found: list[_Found], body: str, lex: Lexicon) -> list[_Found]:
    """Drop a quotation already given earlier (same folded text, or nearly the same words).

    Near copies are looked for among earlier quotes sharing their first or last three words,
    so a long article is not compared pair by pair."""
    out: list[_Found] = []
    exact: dict[str, _Found] = {}
    buckets: dict[tuple[str, ...], list[tuple[list[str], set[str], _Found]]] = {}
    ratio = lex.duplicate_overlap
    for f in found:
        key = fold(body[f.cand.start : f.cand.end]).lower().strip(" ,.;:!?")
        first = exact.get(key)
        words = _WORDS.findall(key)
        vocab = set(words)
        ends = [("^", *words[:3]), ("$", *words[-3:])]
        if first is None and len(words) >= lex.duplicate_min_words:
            for w, v, g in (x for e in ends for x in buckets.get(e, [])):
                longest = max(len(words), len(w))
                slack = max(1.0, (1 - ratio) * longest)  # words that may differ: at least one
                if (
                    longest - min(len(words), len(w)) <= slack
                    and max(len(vocab), len(v)) - len(vocab & v) <= slack
                    and longest - sum((Counter(words) & Counter(w)).values()) <= slack
                ):
                    first = g
                    break
        if first is not None:  # a copy: it may still tell who said the first one
            if first.speaker is None and f.speaker is not None:
                first.speaker, first.fact = f.speaker, f.fact
            continue
        exact[key] = f
        for e in ends:
            buckets.setdefault(e, []).append((words, vocab, f))
        out.append(f)
    return out


def extract(doc: Document) -> list[Quote]:
    lex = lexicon()
    body = doc.body
    blks = blocks(body, _paragraphs(doc))
    heading = [tv.why.span for tv in (doc.out.title, doc.out.subtitle) if tv and tv.why.span]
    skips = _skips(doc)
    cands = [
        c
        for c in scan(body, blks, lex.comma_cue, skips)
        if not any(h.start <= c.start < h.end for h in heading)  # a headline is no statement
    ]
    if not cands:
        return []
    quoted = [(c.start, c.end) for c in cands if not c.open_missing]
    officials = list(doc.out.officials)
    people = People(body, officials, blks, quoted, lex)
    found = [f for f in (_read(body, blks, c, people, lex) for c in cands) if f is not None]
    fresh = iter([people])
    _attribute(
        found,
        body,
        blks,
        lambda: next(fresh, None) or People(body, officials, blks, quoted, lex),
        lex,
    )
    found = _dedupe(found, body, lex)
    out = []
    for f in found:
        parts = [Span(a, z) for a, z in skips.parts(f.cand.start, f.cand.end)]
        text = "".join(body[p.start : p.end] for p in parts)
        span = Span(f.cand.start, f.cand.end)
        # Parts only when they are not the span itself: one part is enough to differ when
        # the quote begins or ends with a skipped stretch (a repeated line removed).
        whole = parts == [span]
        out.append(Quote(text, span, f.speaker, f.fact, parts=[] if whole else parts))  # type: ignore[arg-type]
    return out


def _skips(doc: Document) -> Skips:
    """What lies between the article's paragraphs: removed furniture and captions."""
    if doc.clean is None:
        return Skips(doc.body, [])
    spans = [(r.span.start, r.span.end) for r in doc.clean.removed]
    spans += [(p.start, p.end) for p in doc.clean.pieces if p.kind != "para"]
    return Skips(doc.body, spans)
