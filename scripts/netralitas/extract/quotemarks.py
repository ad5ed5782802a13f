"""Quote marks: find the text between them, however the article writes them.

Handles curly “ ”, straight ", doubled apostrophes ’’ '' ‘‘ ‘’, mixed pairs (" … ”, ” … ”), spaces
inside the marks, a quote broken across lines, a paragraph that opens a quote it continues in
the next one, a closing mark whose opening mark is missing, and a text that ends mid-quote.
Single marks ‘ … ’ are found too (apostrophes inside words are not marks); the caller decides
which candidates are statements.

Offsets are body offsets throughout, so every candidate is a true slice of the body.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..document import Piece

# Doubled apostrophes first, so that '' is one mark and not two single ones.  Only literal
# alternatives (no [class]): re then skips quickly to the characters a mark can start with.
_MARK = re.compile(r"''|’’|‘‘|‘’|``|“|”|„|‟|\"|«|»")
_SINGLE = re.compile(r"[‘’']")
_OPENERS = {"“", "„", "‟", "«", "‘‘", "``"}
_CLOSERS = {"”", "»"}
# Characters that end a word or clause: a mark right after one is glued to the text before it.
_END = set(",.!?;…)]%'’‘") | set('”"')
# Characters that start text: a mark right before one is glued to the text after it.
_START = set("(…[‘'")
# Last characters of a line broken inside a sentence (besides letters and digits).
_OPEN_LINE_END = set(",-–(")
_CUE_BACK = 200  # characters before a new opening mark searched for ", kata Budi"


@dataclass(frozen=True)
class Block:
    """A run of paragraph pieces that belong together: `body[start:end]`."""

    start: int
    end: int
    text: str


@dataclass
class Candidate:
    """Text between quote marks, trimmed of the spaces inside them: `body[start:end]`."""

    start: int
    end: int
    open: int | None  # body offset of the opening mark; None when it is missing
    close: int | None  # body offset just after the closing mark; None when never closed
    block: int  # block of the opening mark (or of the text start)
    end_block: int  # block of the closing mark (or of the text end)
    single: bool = False  # ‘ … ’ marks
    open_missing: bool = False  # "…,” katanya." with no opening mark: starts at the block start
    continued: bool = False  # unclosed, and the next block opens with a mark: one quote, two paras


class Skips:
    """Stretches of the body that are not article text (removed furniture such as an advert
    line, captions): a quote broken around one goes on after it, and its text leaves it out."""

    def __init__(self, body: str, spans: list[tuple[int, int]]) -> None:
        self.body = body
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def parts(self, a: int, z: int) -> list[tuple[int, int]]:
        """body[a:z] as the stretches that are article text: the skipped stretches (and the
        line break after each) left out."""
        i = bisect_right(self.starts, a)
        i = i - 1 if i and self.spans[i - 1][1] > a else i
        if i >= len(self.spans) or self.spans[i][0] >= z:
            return [(a, z)]
        out, pos = [], a
        for s, e in self.spans[i:]:
            if s >= z:
                break
            if pos < s:
                out.append((pos, s))
            pos = max(pos, e)
            if self.body[pos : pos + 1] == "\n":
                pos += 1
        if pos < z:
            out.append((pos, z))
        return out

    def text(self, a: int, z: int) -> str:
        """body[a:z] without the skipped stretches (and the line break after each)."""
        return "".join(self.body[s:e] for s, e in self.parts(a, z))


def blocks(body: str, paragraphs: list[Piece]) -> list[Block]:
    """Join pieces split by a single line break in mid-sentence (hard-wrapped text)."""
    out: list[Block] = []
    for p in paragraphs:
        if out:
            prev = out[-1]
            gap = body[prev.end : p.start]
            if (
                not gap.strip()
                and gap.count("\n") == 1
                and (prev.text[-1:].isalnum() or prev.text[-1:] in _OPEN_LINE_END)
                and p.text[:1].islower()
            ):
                out[-1] = Block(prev.start, p.end, body[prev.start : p.end])
                continue
        out.append(Block(p.start, p.end, p.text))
    return out


def _trim(body: str, a: int, z: int) -> tuple[int, int]:
    while a < z and body[a].isspace():
        a += 1
    while z > a and body[z - 1].isspace():
        z -= 1
    return a, z


def _glue(text: str, s: int, e: int) -> tuple[bool, bool]:
    """Is the mark text[s:e] glued to the text on its left, and to the text on its right?"""
    left = text[s - 1] if s > 0 else ""
    right = text[e] if e < len(text) else ""
    lg = bool(left) and (left.isalnum() or left in _END)
    rg = bool(right) and (right.isalnum() or right in _START)
    return lg, rg


def _first_mark_continues(text: str) -> bool:
    """Does this block's first mark close a quote left open by the previous block?"""
    m = _MARK.search(text)
    if m is None or m.start() == 0:
        return False
    lg, rg = _glue(text, m.start(), m.end())
    if m.group() in _OPENERS:
        return lg and not rg
    return lg or not rg


class _Scanner:
    """A small state machine over the double marks of consecutive blocks."""

    def __init__(
        self, body: str, blocks: list[Block], cue: re.Pattern[str] | None, skips: Skips
    ) -> None:
        self.body = body
        self.skips = skips
        self.blocks = blocks
        self.cue = cue  # ", kata Budi": where a quote whose closing mark is missing ends
        self.out: list[Candidate] = []
        self.inner_start: int | None = None  # body offset after the opening mark
        self.open_at = 0
        self.open_block = 0
        self.nested = 0

    def emit(self, start: int, end: int, **kw: object) -> None:
        a, z = _trim(self.body, start, end)
        if a < z:
            self.out.append(Candidate(a, z, **kw))  # type: ignore[arg-type]

    def run(self) -> list[Candidate]:
        for bi, b in enumerate(self.blocks):
            self.block(bi, b)
        return self.out

    def block(self, bi: int, b: Block) -> None:
        text = b.text
        closed_here = False  # a quote closed earlier in this block
        for m in _MARK.finditer(text):
            s, e, tok = m.start(), m.end(), m.group()
            lg, rg = _glue(text, s, e)
            if self.inner_start is None:
                if tok in _OPENERS:
                    opens = not (lg and not rg)
                elif tok in _CLOSERS:
                    opens = not lg and e < len(text)
                else:  # "…,"Kita" glued to the text before it still opens
                    opens = rg or (not lg and e < len(text))
                if opens:
                    self.inner_start, self.open_at, self.open_block = b.start + e, b.start + s, bi
                    self.nested = 0
                elif not closed_here:
                    # A closing mark with no opening one: the quote starts at the block start.
                    self.emit(
                        b.start, b.start + s, open=None, close=b.start + e, block=bi, end_block=bi,
                        open_missing=True,
                    )  # fmt: skip
                    closed_here = True
                continue
            nested_open = not lg and rg
            if nested_open and tok not in _CLOSERS and self.nested == 0 and self.unclosed(b, s):
                self.inner_start, self.open_at, self.open_block = b.start + e, b.start + s, bi
                closed_here = True
                continue
            if tok in _OPENERS:
                if nested_open:
                    self.nested += 1
                    continue
            elif tok not in _CLOSERS and self.nested == 0 and nested_open:
                self.nested += 1  # a straight or doubled mark opening a quote inside the quote
                continue
            if self.nested:
                self.nested -= 1
                continue
            self.emit(
                self.inner_start, b.start + s, open=self.open_at, close=b.start + e,
                block=self.open_block, end_block=bi,
            )  # fmt: skip
            self.inner_start = None
            closed_here = True
        if self.inner_start is not None:
            self.block_end(bi, b)

    def unclosed(self, b: Block, s: int) -> bool:
        """A mark opening a quote inside a quote that already gave its cue ("“A, kata Budi.
        “B,” …"): the first quote lost its closing mark.  Emit it, up to the cue's comma."""
        assert self.inner_start is not None
        if self.cue is None or self.inner_start < b.start:
            return False
        last = None
        start = max(self.inner_start, b.start + s - _CUE_BACK)
        for m in self.cue.finditer(self.body, start, b.start + s):
            last = m
        if last is None:
            return False
        end = last.start() + 1
        self.emit(
            self.inner_start, end, open=self.open_at, close=end, block=self.open_block,
            end_block=self.open_block,
        )  # fmt: skip
        return True

    def block_end(self, bi: int, b: Block) -> None:
        """A quote still open at the end of a block: carry it on, or end it here."""
        nxt = self.blocks[bi + 1] if bi + 1 < len(self.blocks) else None
        gap = self.skips.text(b.end, nxt.start) if nxt is not None else "x"
        if nxt is not None and not gap.strip() and _first_mark_continues(nxt.text):
            return  # the closing mark is in the next block: a quote broken across lines
        assert self.inner_start is not None
        self.emit(
            self.inner_start, b.end, open=self.open_at, close=None, block=self.open_block,
            end_block=bi, continued=nxt is not None and _MARK.match(nxt.text) is not None,
        )  # fmt: skip
        self.inner_start = None


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _singles(
    body: str, b: Block, bi: int, taken: list[tuple[int, int]], starts: list[int]
) -> list[Candidate]:
    """‘ … ’ pairs outside double quotes; apostrophes inside words are not marks."""
    out: list[Candidate] = []
    opener: int | None = None
    for m in _SINGLE.finditer(b.text):
        s, e = m.start(), m.end()
        if _inside(taken, starts, b.start + s):
            opener = None
            continue
        left = b.text[s - 1] if s else ""
        right = b.text[e] if e < len(b.text) else ""
        if left.isalnum() and right.isalnum():
            continue  # Jum'at, Qur’an
        lg, rg = _glue(b.text, s, e)
        if opener is None:
            if not lg and rg:
                opener = s
            continue
        if lg and not right.isalnum():
            a, z = _trim(body, b.start + opener + 1, b.start + s)
            if a < z:
                out.append(Candidate(a, z, b.start + opener, b.start + e, bi, bi, single=True))
            opener = None
        elif not lg and rg:
            opener = s
    return out


def scan(
    body: str,
    blks: list[Block],
    cue: re.Pattern[str] | None = None,
    skips: Skips | None = None,
) -> list[Candidate]:
    """Every stretch of text between quote marks, in text order.  `cue` matches ", kata Budi"
    (a comma and a cue word): where a quote ends when its closing mark is missing; `skips`:
    stretches a quote may run over (an advert line between its two halves)."""
    doubles = _Scanner(body, blks, cue, skips or Skips(body, [])).run()
    taken: list[tuple[int, int]] = []
    for c in doubles:
        a = c.open if c.open is not None else c.start
        taken.append((a, c.close if c.close is not None else c.end))
    taken.sort()
    starts = [a for a, _ in taken]
    singles: list[Candidate] = []
    for bi, b in enumerate(blks):
        if "'" in b.text or "‘" in b.text or "’" in b.text:
            singles.extend(_singles(body, b, bi, taken, starts))
    return sorted(doubles + singles, key=lambda c: (c.start, c.end))
