"""Stage 1: keep the article's own lines, drop page furniture (rules/boilerplate.yaml).

Each non-blank line of the body becomes a kept piece or a removal with its reason:
- kept: "para" (article text), "caption" (a photo caption: may carry a date, never a quote) or
  "header" (a publication header such as "Selasa, 1 Oktober 2024, 00:45 WITA");
- removed: furniture (share/ads/navigation/comments/…), bylines, sign-offs glued to a last
  paragraph, "Baca juga" links and related-article lists, a comment form and all after it, and
  repeated text (a caption shown twice, a body repeated with small edits).
Pieces are slices of the body (only trimmed at their ends), so offsets stay true.

Repeated text is found in linear time: a paragraph whose word pairs were nearly all seen in the
paragraphs kept before it is a copy.  A hash set of word pairs replaces pairwise comparison.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from ..document import Cleaned, Document, Piece, Removal
from ..model import Span
from .boilerplate import LABEL_WORD, Rules
from .boilerplate import load as load_rules

# Every white-space character plus the zero-width ones pasted text carries.
_EDGE = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + "\u200b\u200c\u200d\ufeff"
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w+")
_LABEL_LINE = re.compile(r"[\w&\s|/»>›•·,:.-]+")
_YEAR = re.compile(r"(19|20)\d\d")
_SENTENCE_END = re.compile(r"(?<!\.)\.\s*$")
_MAX_SEEN_PAIRS = 200_000  # memory bound for pathological (megabyte) articles
_MAX_LIST = 50  # items of one related-articles list


def _lines(body: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, surrounding (also zero-width) space excluded."""
    out = []
    for m in _LINE.finditer(body):
        line = m.group()
        lead = len(line) - len(line.lstrip(_EDGE))
        if lead == len(line):
            continue
        trail = len(line) - len(line.rstrip(_EDGE))
        out.append((m.start() + lead, m.end() - trail))
    return out


def _is_label(text: str, r: Rules) -> bool:
    """A line made only of section labels / menu words (a year may go with them)."""
    if len(text) > 80:
        return False
    words = LABEL_WORD.findall(text.lower())
    if not words or len(words) > 6 or not _LABEL_LINE.fullmatch(text):
        return False
    i, found = 0, False
    while i < len(words):
        if _YEAR.fullmatch(words[i]):
            i += 1
            continue
        n = next(
            (n for n in range(r.label_max_words, 0, -1) if tuple(words[i : i + n]) in r.labels),
            0,
        )
        if not n:
            return False
        i, found = i + n, True
    return found


@dataclass
class _Seen:
    """What the kept pieces of one kind said so far: exact short lines and word pairs."""

    exact: set[str] = field(default_factory=set)
    pairs: set[tuple[str, str]] = field(default_factory=set)


@dataclass
class _State:
    pieces: list[Piece] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    seen: dict[str, _Seen] = field(default_factory=dict)
    substantial: int = 0  # kept paragraphs of 10+ words: the article has begun
    list_items: int = 0  # lines of a related-articles list still to drop, while they look so
    # para-level history for the repeated-body pass: ("kept", piece index, share) | ("rep", -1, 1)
    events: list[tuple[str, int, float]] = field(default_factory=list)


def _repeat_share(lower: str, kind: str, st: _State, r: Rules) -> tuple[float, int, bool]:
    """(share of the line already seen, its word count, is it a repeat); remembers the line."""
    words = lower.split()  # white-space words: ten times faster than a regex, as good here
    seen = st.seen.get(kind)
    if seen is None:
        seen = st.seen[kind] = _Seen()
    if len(words) < r.repeat_min_words:
        key = " ".join(words)
        if key in seen.exact:
            return 1.0, len(words), True
        seen.exact.add(key)
        return 0.0, len(words), False
    pairs = set(pairwise(words))
    share = len(pairs & seen.pairs) / len(pairs)
    if share >= r.repeat:
        return share, len(words), True
    if len(seen.pairs) < _MAX_SEEN_PAIRS:
        seen.pairs |= pairs
    return share, len(words), False


def _trim(body: str, s: int, e: int, lower: str, st: _State, r: Rules) -> int:
    """Cut "Baca juga" links and sign-offs glued to the line's end; returns the new end."""
    end = e
    if any(map(lower.__contains__, r.inline_cut_hints)):
        cut = r.inline_cuts.search(body, s, e)
        if cut and cut.start() > s:
            st.removed.append(Removal(Span(cut.start(), e), "related link"))
            e = cut.start()
    for _ in range(3):  # "… katanya. (rkp) NDI/SYA": a few sign-offs may follow each other
        if not r.signoff_hint.search(body[max(s, e - 12) : e]):
            break
        tail_start = max(s, e - 120)
        m = r.signoff_ends.search(body[tail_start:e])
        if m is None or tail_start + m.start() <= s:
            break
        st.removed.append(Removal(Span(tail_start + m.start(), e), "sign-off"))
        e = tail_start + m.start()
    if e == end:
        return e  # nothing cut: the line has no space at its end (see _lines)
    return len(body[s:e].rstrip(_EDGE)) + s


def _is_list_item(text: str, r: Rules) -> bool:
    words = text.split()
    return 0 < len(words) <= r.list_item_max_words and not _SENTENCE_END.search(text)


def _short_line(text: str, st: _State, r: Rules) -> str | None:
    """The removal reason of a short line, "header" for a publication header, or None."""
    if st.list_items:
        st.list_items -= 1
        if _is_list_item(text, r):
            return "related list"
        st.list_items = 0
    short = len(text) <= r.max_chars
    m = (r.short if short else r.link).match(text)
    reason = (
        (r.short_reasons if short else r.link_reasons)[m.lastgroup] if m and m.lastgroup else None
    )
    if reason in ("list head", "link head"):
        began = st.substantial > 0
        st.list_items = _MAX_LIST if began else (1 if reason == "link head" else 0)
        return "related list"
    if reason is None and short and _is_label(text, r):
        return "label"
    return reason


def _kind(text: str, lower: str, r: Rules) -> str:
    w = r.caption_window
    tail = lower[-w:]
    credit = r.caption_heads.match(text[:w]) or (
        any(map(tail.__contains__, r.caption_hints)) and r.caption_tails.search(text[-w:])
    )
    return "caption" if credit and not r.not_caption.search(text) else "para"


def _line(body: str, s: int, e: int, st: _State, r: Rules) -> None:
    """Classify one line: append a piece or removals to the state."""
    text = body[s:e]
    if e - s <= r.max_link_chars:
        reason = _short_line(text, st, r)
        if reason == "header":
            _share, _n, repeated = _repeat_share(text.lower(), "header", st, r)
            if repeated:
                st.removed.append(Removal(Span(s, e), "repeated header"))
            else:
                st.pieces.append(Piece(s, e, text, "header"))
            return
        if reason:
            st.removed.append(Removal(Span(s, e), reason))
            return
    else:
        st.list_items = 0
    lower = text.lower()
    trimmed = _trim(body, s, e, lower, st, r)
    if trimmed <= s:
        return
    if trimmed != e:
        e = trimmed
        text = body[s:e]
        lower = text.lower()
    if not _WORD.search(text):
        st.removed.append(Removal(Span(s, e), "furniture: symbols"))
        return
    kind = _kind(text, lower, r)
    share, n, repeated = _repeat_share(lower, kind, st, r)
    if repeated:
        st.removed.append(
            Removal(Span(s, e), f"repeated {'caption' if kind == 'caption' else 'text'}")
        )
        if kind == "para":
            st.events.append(("rep", -1, 1.0))
        return
    if kind == "para":
        st.events.append(("kept", len(st.pieces), share))
        if n >= 10:
            st.substantial += 1
    st.pieces.append(Piece(s, e, text, kind))


def _edited_copies(st: _State, r: Rules) -> set[int]:
    """Kept paragraphs that are edited copies inside a repeated body: a short run of them
    between repeats, or a run after many repeats at the end, each largely seen before."""
    ev, drop = st.events, set()
    i = 0
    while i < len(ev):
        if ev[i][0] != "kept" or ev[i][2] < r.body_repeat:
            i += 1
            continue
        j = i
        while j < len(ev) and ev[j][0] == "kept" and ev[j][2] >= r.body_repeat:
            j += 1
        before = 0
        while i - before - 1 >= 0 and ev[i - before - 1][0] == "rep":
            before += 1
        sandwiched = before > 0 and j < len(ev) and ev[j][0] == "rep" and j - i <= 2
        at_end = j == len(ev) and before >= r.body_min_run
        if sandwiched or at_end:
            drop.update(idx for _k, idx, _s in ev[i:j])
        i = j
    return drop


def clean(body: str) -> Cleaned:
    r = load_rules()
    st = _State()
    lines = _lines(body)
    for s, e in lines:
        if e - s <= r.max_chars and r.ends.match(body[s:e]):
            if st.substantial >= r.min_paras_before_end:
                st.removed.append(Removal(Span(s, lines[-1][1]), "comment form and after"))
                break
            st.removed.append(Removal(Span(s, e), "comment form"))
            continue
        _line(body, s, e, st, r)
    drop = _edited_copies(st, r)
    pieces = []
    for i, p in enumerate(st.pieces):
        if i in drop:
            st.removed.append(Removal(Span(p.start, p.end), "repeated body"))
        else:
            pieces.append(p)
    st.removed.sort(key=lambda x: (x.span.start, x.span.end))
    return Cleaned(body=body, pieces=pieces, removed=st.removed)


def extract(doc: Document) -> Cleaned:
    return clean(doc.body)
