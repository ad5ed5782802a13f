"""Attribution cues next to a quotation.

After it:  ", tegas Herman", ", ujar Kepala Dinas … ini", ", katanya", ", kata dia",
           ", ia menegaskan", ", Budi menambahkan", ", demikian disampaikan Budi".
Before it: "Budi mengatakan, “", "Menurut Budi, “", "Ia menegaskan: “", "kata Budi, “".

A cue either names someone (`run`: a name or role phrase, or `window`: the clause before a
speech verb, whose subject is the speaker) or points back to the person last named (`back`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .lexicon import WORD, Lexicon, Run, run_at, tolerant
from .quotemarks import Block

_SEP = re.compile(r"[\s,.;:–—\-]*")
_SPACE = re.compile(r"[ \t]*")
_TAIL_CHARS = set(" \t\n\r,:;–—-")
_WORDS_BACK = 120  # characters before a mark read for the cue's words


@dataclass(frozen=True)
class Cue:
    kind: str  # "run" | "window" | "back" | "other" (names someone who is not resolvable)
    rule: str  # after-cue, after-subject, after-passive, clitic, pronoun, descriptor, bare-cue,
    #            before-cue, before-subject, before-pronoun
    start: int  # body span of the cue
    end: int
    run: Run | None = None  # body offsets
    window: tuple[int, int] | None = None  # body span whose subject is the speaker
    confidence: float = 0.9


def _word(text: str, i: int) -> re.Match[str] | None:
    return WORD.match(text, _SPACE.match(text, i).end())  # type: ignore[union-attr]


def _shift(run: Run, base: int) -> Run:
    return Run(run.start + base, run.end + base, run.text, run.demonstrative, run.role)


def _after_verb(text: str, j: int, vstart: int, base: int, lex: Lexicon) -> Cue:
    """What follows a bare cue verb: a pronoun, a name or role, a description, or nothing."""
    nxt = _word(text, j)
    if nxt is None:
        return Cue("back", "bare-cue", base + vstart, base + j, confidence=0.7)
    nw = nxt.group().lower()
    if nw == lex.clitic:  # "tegas nya"
        return Cue("back", "clitic", base + vstart, base + nxt.end(), confidence=0.85)
    if nw in lex.pronouns:
        return Cue("back", "pronoun", base + vstart, base + nxt.end(), confidence=0.85)
    run = run_at(text, nxt.start(), lex)
    if run is not None:
        return Cue("run", "after-cue", base + vstart, base + run.end, run=_shift(run, base))
    if nw in lex.descriptors:
        return Cue("back", "descriptor", base + vstart, base + nxt.end(), confidence=0.7)
    return Cue("other", "after-cue-other", base + vstart, base + nxt.end(), confidence=0.5)


def after(
    text: str, i: int, base: int, new_sentence: bool, comma: bool, lex: Lexicon
) -> Cue | None:
    """The cue right after a closing mark at text[i:] (`base` = body offset of `text`)."""
    j = _SEP.match(text, i).end()  # type: ignore[union-attr]
    comma = comma or "," in text[i:j]
    m = WORD.match(text, j)
    while m is not None and m.group().lower() in lex.after_fillers:
        m = _word(text, m.end())
    if m is None:
        return None
    w, lw = m.group(), m.group().lower()
    s, e = m.start(), m.end()
    upper = w[0].isupper()
    lower_ok = not (upper and new_sentence and not comma)  # "…netral.” Jelas, …" starts anew
    if lower_ok and tolerant(lw, lex.clitic_forms):
        return Cue("back", "clitic", base + s, base + e, confidence=0.85)
    if lower_ok and tolerant(lw, lex.cue_verbs):
        return _after_verb(text, e, s, base, lex)
    if lw in lex.pronouns:
        v = _word(text, e)
        if v and (
            tolerant(v.group().lower(), lex.speech_verbs) or v.group().lower() in lex.cue_verbs
        ):
            return Cue("back", "pronoun", base + s, base + v.end(), confidence=0.85)
        return None
    if lower_ok and tolerant(lw, lex.passive_verbs):
        nxt = _word(text, e)
        k = nxt.end() if nxt and nxt.group().lower() in lex.passive_agents else e
        run = run_at(text, _SPACE.match(text, k).end(), lex)  # type: ignore[union-attr]
        if run is not None:
            return Cue("run", "after-passive", base + s, base + run.end, run=_shift(run, base))
        return Cue("back", "bare-cue", base + s, base + e, confidence=0.7)
    if upper:
        run = run_at(text, s, lex)
        if run is None:
            return None
        v = _word(text, run.end)
        while v is not None and v.group().lower() in lex.verb_fillers:
            v = _word(text, v.end())
        if v is not None and tolerant(v.group().lower(), lex.speech_verbs):
            return Cue("run", "after-subject", base + s, base + v.end(), run=_shift(run, base))
        return None
    if comma and lw.endswith(lex.clitic) and len(lw) > len(lex.clitic) + 2:
        return Cue("back", "clitic", base + s, base + e, confidence=0.6)  # an unlisted "-nya" verb
    return None


def before(text: str, clause: int, i: int, base: int, lex: Lexicon) -> Cue | None:
    """The cue in text[clause:i], the clause before an opening mark at text[i]."""
    core_end = i
    while core_end > clause and text[core_end - 1] in _TAIL_CHARS:
        core_end -= 1
    punct = "," in text[core_end:i] or ":" in text[core_end:i]
    words = list(WORD.finditer(text, max(clause, core_end - _WORDS_BACK), core_end))
    if not words:
        return None
    last = words[-1]
    if last.group().lower() in lex.complementizers and len(words) > 1:
        punct, words, last = True, words[:-1], words[-2]
    lw = last.group().lower()
    span = (base + last.start(), base + core_end)
    nya = lex.clitic
    if tolerant(lw, lex.clitic_forms) or (lw.endswith(nya) and lw[: -len(nya)] in lex.according):
        return Cue("back", "before-pronoun", *span, confidence=0.85) if punct else None
    if tolerant(lw, lex.speech_verbs) or tolerant(lw, lex.passive_verbs):
        v = last.start()
        k = len(words) - 2
        while k >= 0 and words[k].group().lower() in lex.verb_fillers:
            v, k = words[k].start(), k - 1
        if k >= 0 and words[k].group().lower() in lex.pronouns:
            return Cue("back", "before-pronoun", base + words[k].start(), span[1], confidence=0.85)
        return Cue("window", "before-subject", *span, window=(base + clause, base + v))
    if not punct:
        return None
    # "Menurut Budi, “…”", "kata Kapolres: “…”": a cue word followed by a run up to the mark
    for w in reversed(words[-8:]):
        lw = w.group().lower()
        if lw in lex.according or tolerant(lw, lex.cue_verbs):
            nxt = _word(text, w.end())
            if nxt is not None and nxt.group().lower() in lex.pronouns:
                return Cue("back", "before-pronoun", base + w.start(), span[1], confidence=0.85)
            run = run_at(text, _SPACE.match(text, w.end()).end(), lex)  # type: ignore[union-attr]
            if run is not None and run.end >= core_end - 1:
                return Cue("run", "before-cue", base + w.start(), span[1], run=_shift(run, base))
            return None
    return None


def after_text(
    body: str, blocks: list[Block], starts: list[int], close: int, lex: Lexicon
) -> tuple[str, int, int] | None:
    """(text, index, base) to read an after-cue from: the rest of the block, or the next block
    when the closing mark ends its line and the cue starts the next ("…,”\\nkata Budi",
    "…”\\n\\nHal itu disampaikan Budi …").  `starts` are the blocks' start offsets."""
    bi = bisect_right(starts, close - 1) - 1
    if bi < 0:
        return None
    b = blocks[bi]
    here = b.text, close - b.start, b.start
    rest = b.text[close - b.start : close - b.start + 8]
    if rest.strip(" \t,.") or bi + 1 >= len(blocks):
        return here
    nxt = blocks[bi + 1]
    if body[b.end : nxt.start].strip():
        return here
    if nxt.text[:1].islower():
        return nxt.text, 0, nxt.start
    head = nxt.text[:40].lower()
    for cue in lex.next_paragraph_cues:
        if head.startswith(cue):
            return nxt.text, len(cue), nxt.start
    return here
