"""Where the article mentions its officials, and who "he/she" is at a given point.

Mentions are the officials' names, aliases and single name words ("Herman", "Nurdin"), and
capitalised role phrases ("Pj Sekda", "Kepala Dinas Perhubungan (Dishub) …") that fit an
official's role.  Mentions inside quotations do not count.  Role phrases are looked for lazily,
one sentence at a time, only where a question is asked.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from ..model import Official
from .lexicon import WORD, Lexicon, role_key, role_match, run_at, sentence_starts
from .quotemarks import Block

_NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


@dataclass(frozen=True, order=True)
class Event:
    """A mention of someone at body[start:end]; `lead` starts the phrase (role + name)."""

    start: int
    end: int
    lead: int
    who: str
    kind: str  # "name" | "role" | "quote" (the speaker of an earlier quote)


# Events in their dataclass order (a key is much faster than the generated comparisons)
_ORDER = attrgetter("start", "end", "lead", "who", "kind")


@lru_cache(maxsize=4)
def _heads(heads: frozenset[str], compound: str) -> re.Pattern[str]:
    """Capitalised role heads; `compound`: the pattern of compound heads ("Kadisdik")."""
    forms = sorted({h.capitalize() for h in heads} | {h.upper() for h in heads})
    first = "".join(sorted({re.escape(f[0]) for f in forms}))
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    more = f"|(?=[A-Z])(?i:{compound})" if compound else ""
    return re.compile(rf"\b(?:(?=[{first}])(?:{alts}){more})\b")


def _occurrences(text: str, form: str) -> list[int]:
    """Where `form` occurs in `text` as whole words (str.find: much faster than a regex)."""
    out = []
    i = text.find(form)
    while i >= 0:
        j = i + len(form)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            out.append(i)
        i = text.find(form, i + 1)
    return out


def _forms(officials: list[Official], lex: Lexicon) -> dict[str, list[int]]:
    """Each written form of a name -> the officials it may stand for."""
    forms: dict[str, list[int]] = {}
    for k, o in enumerate(officials):
        words = [
            w
            for w in o.name.split()
            if len(w) >= 3 and _NAME_WORD.fullmatch(w) and w.lower() not in lex.honorifics
        ]
        for f in [o.name, *o.aliases, *words]:
            f = f.strip()
            if f and f[0].isupper() and k not in forms.setdefault(f, []):
                forms[f].append(k)
    return forms


class People:
    def __init__(
        self,
        body: str,
        officials: list[Official],
        blocks: list[Block],
        quoted: list[tuple[int, int]],
        lex: Lexicon,
    ) -> None:
        self.body = body
        self.officials = officials
        self.blocks = blocks
        self.lex = lex
        self._quoted = sorted(quoted)
        self._qstarts = [a for a, _ in self._quoted]
        self.block_starts = self._bstarts = [b.start for b in blocks]
        self.tracked: set[str] = set()  # speakers the officials stage missed, looked for
        self._sentences: dict[int, list[int]] = {}  # block index -> sentence starts (lazy)
        self.role_keys = [
            [role_key(r, lex) for r in [o.role or "", *o.other_roles] if r] for o in officials
        ]
        self.events: list[Event] = self._names() if officials else []
        self._starts = [e.start for e in self.events]
        self._by_who: dict[str, list[int]] = {}
        for e in self.events:
            self._by_who.setdefault(e.who, []).append(e.start)
        self._roles: dict[tuple[int, int], list[Event]] = {}  # (block, sentence) -> roles in it
        self._lead: dict[int, int] = {}  # name mention start -> start of its role phrase
        self._memo: dict[tuple[int, int], Event | None] = {}  # see _before_sentence
        self._memo_last = -1  # start of the last sentence remembered

    # -- building -----------------------------------------------------------------------------

    def quoted(self, pos: int) -> bool:
        i = bisect_right(self._qstarts, pos) - 1
        return i >= 0 and self._quoted[i][0] <= pos < self._quoted[i][1]

    def _in_block(self, s: int, e: int) -> bool:
        i = bisect_right(self._bstarts, s) - 1
        return i >= 0 and e <= self.blocks[i].end

    def _names(self) -> list[Event]:
        forms = _forms(self.officials, self.lex)
        if not forms:
            return []
        found: list[tuple[int, int, list[int]]] = []  # kept sorted; longer forms come first
        for form in sorted(forms, key=len, reverse=True):  # "Budi Santoso" before "Budi"
            for s in _occurrences(self.body, form):
                e = s + len(form)
                i = bisect_left(found, (s,))
                inside = (i and found[i - 1][1] > s) or (i < len(found) and found[i][0] < e)
                if inside or self.quoted(s) or not self._in_block(s, e):
                    continue
                found.insert(i, (s, e, forms[form]))
        fstarts = [s for s, _, _ in found]
        extra: list[Event] = []  # other spans the officials stage found: nameless roles
        for o in self.officials:
            for sp in o.mentions:
                if (
                    sp.start >= sp.end
                    or self.quoted(sp.start)
                    or not self._in_block(sp.start, sp.end)
                ):
                    continue
                i = bisect_left(fstarts, sp.end)  # found mentions starting before its end
                if not (i and found[i - 1][1] > sp.start):
                    extra.append(Event(sp.start, sp.end, sp.start, o.name, "role"))
        sure: dict[int, list[int]] = {}
        for s, _e, ks in found:
            if len(ks) == 1:
                sure.setdefault(ks[0], []).append(s)
        events = []
        for s, e, ks in found:
            k = ks[0] if len(ks) == 1 else self._closest(ks, s, sure)
            events.append(Event(s, e, s, self.officials[k].name, "name"))
        return sorted(events + extra, key=_ORDER)

    @staticmethod
    def _closest(ks: list[int], pos: int, sure: dict[int, list[int]]) -> int:
        """Of officials sharing a name word, the one last named in full before `pos`."""

        def before(k: int) -> int:
            i = bisect_left(sure.get(k, []), pos)
            return sure[k][i - 1] if i else -1

        best = max(ks, key=before)
        if before(best) >= 0:
            return best
        after = [(sure[k][0], k) for k in ks if sure.get(k)]
        return min(after)[1] if after else ks[0]

    def _roles_in(self, bi: int, si: int) -> list[Event]:
        """Role phrases in a sentence (cached); a role phrase holding a name is its lead."""
        if (bi, si) in self._roles:
            return self._roles[bi, si]
        out: list[Event] = []
        b = self.blocks[bi]
        a, z = self._bounds(bi, si)
        a, z = a - b.start, z - b.start
        done = a
        for m in _heads(self.lex.role_heads, self.lex.role_head_re.pattern).finditer(b.text, a, z):
            if m.start() < done or self.quoted(b.start + m.start()):
                continue
            run = run_at(b.text, m.start(), self.lex)
            if run is None:
                continue
            done = run.end
            s, e = b.start + run.start, b.start + run.end
            inside = self._names_between(s, e)
            for ev in inside:  # "Bupati Cianjur Herman Suherman": the phrase starts earlier
                self._lead[ev.start] = min(self._lead.get(ev.start, ev.start), s)
            if not inside:
                k = self.by_role(run.text, s)
                if k is not None:
                    out.append(Event(s, e, s, self.officials[k].name, "role"))
        self._roles[bi, si] = out
        return out

    def _starts_of(self, bi: int) -> list[int]:
        """Body offsets where the sentences of block `bi` start (computed once, on demand)."""
        got = self._sentences.get(bi)
        if got is None:
            b = self.blocks[bi]
            got = self._sentences[bi] = [b.start + s for s in sentence_starts(b.text, self.lex)]
        return got

    def _bounds(self, bi: int, si: int) -> tuple[int, int]:
        starts = self._starts_of(bi)
        return starts[si], starts[si + 1] if si + 1 < len(starts) else self.blocks[bi].end

    def _locate(self, pos: int) -> tuple[int, int]:
        """(block index, sentence index in it) of the sentence holding `pos`."""
        bi = max(bisect_right(self._bstarts, pos) - 1, 0)
        return bi, max(bisect_right(self._starts_of(bi), pos) - 1, 0)

    # -- queries ------------------------------------------------------------------------------

    def add_person(self, name: str) -> None:
        """Track a speaker the officials stage did not list, so "katanya" can point to them."""
        if name in self.tracked:
            return
        self.tracked.add(name)
        words = [w for w in name.split() if len(w) >= 3 and _NAME_WORD.fullmatch(w)]
        taken = {e.start for e in self.events}
        for form in sorted({name, *words}, key=len, reverse=True):
            for s in _occurrences(self.body, form):
                e = s + len(form)
                if s not in taken and not self.quoted(s) and self._in_block(s, e):
                    taken.update(range(s, e))
                    self.add(Event(s, e, s, name, "name"))

    def add(self, ev: Event) -> None:
        if ev.start < self._memo_last:
            self._memo.clear()  # a mention before a remembered answer: forget them all
            self._memo_last = -1
        i = bisect_right(self._starts, ev.start)
        self._starts.insert(i, ev.start)
        self.events.insert(i, ev)
        insort(self._by_who.setdefault(ev.who, []), ev.start)

    def _names_between(self, start: int, end: int) -> list[Event]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.events) and self.events[i].start < end:
            out.append(self.events[i])
            i += 1
        return out

    def sentence(self, pos: int) -> tuple[int, int]:
        """(block index, body offset where the sentence holding `pos` starts)."""
        if not self.blocks:
            return 0, pos
        bi, si = self._locate(pos)
        return bi, self._starts_of(bi)[si]

    def within(self, start: int, end: int) -> list[Event]:
        """Mentions in body[start:end] (names, roles, earlier speakers), in text order."""
        if not self.officials or not self.blocks:
            return self._names_between(start, end)
        roles: list[Event] = []
        bi, si = self._locate(start)
        while bi < len(self.blocks):
            a, _ = self._bounds(bi, si)
            if a >= end:
                break
            roles.extend(r for r in self._roles_in(bi, si) if start <= r.start < end)
            si += 1
            if si >= len(self._starts_of(bi)):
                bi, si = bi + 1, 0
        evs = self._names_between(start, end) + roles
        return sorted([self._with_lead(e) for e in evs], key=_ORDER)

    def _with_lead(self, e: Event) -> Event:
        lead = self._lead.get(e.start)
        return e if lead is None or e.kind != "name" else Event(e.start, e.end, lead, e.who, e.kind)

    def last_before(self, who: str, pos: int) -> int:
        """Where `who` was last mentioned before `pos` (-1: not yet)."""
        at = self._by_who.get(who, [])
        i = bisect_left(at, pos)
        return at[i - 1] if i else -1

    def by_role(self, text: str, pos: int) -> int | None:
        """The official whose role the capitalised phrase `text` names, if one fits best."""
        key = role_key(text, self.lex)
        best: tuple[int, int, int] | None = None
        pick = None
        for k, keys in enumerate(self.role_keys):
            for held in keys:
                n = role_match(key, held)
                if n:
                    near = self.last_before(self.officials[k].name, pos)
                    score = (n, -abs(len(held) - len(key)), near)
                    if best is None or score > best:
                        best, pick = score, k
        return pick

    def _words(self, a: int, z: int) -> list[str]:
        return [w.lower() for w in WORD.findall(self.body, a, z)] if a < z else []

    def pronoun_first(self, sent_start: int, lead: int) -> bool:
        """Does a pronoun come before `lead` in its sentence ("Ia juga memuji Kapolres Budi")?"""
        return any(w in self.lex.pronoun_openers for w in self._words(sent_start, lead))

    def is_object(self, sent_start: int, lead: int) -> bool:
        words = self._words(max(sent_start, lead - 40), lead)
        return bool(words) and words[-1] in self.lex.object_markers

    def subject(self, events: list[Event], sent_start: int) -> Event:
        return next((e for e in events if not self.is_object(sent_start, e.lead)), events[0])

    def previous_subject(self, pos: int, min_block: int = 0) -> Event | None:
        """The person the text refers to at `pos`: the subject of the nearest earlier sentence
        naming someone, skipping sentences whose subject is a pronoun; the speaker of the last
        quote wins in its sentence.  None when that sentence lies before block `min_block`."""
        if not self.blocks or not (self.events or self.officials):
            return None
        bi, si = self._locate(pos)
        s0, s1 = self._bounds(bi, si)
        found = self._subject_in(s0, min(s1, pos))
        if not isinstance(found, Event):
            found = self._before_sentence(bi, si)
        if found is None or (min_block and self._locate(found.start)[0] < min_block):
            return None
        return found

    def _subject_in(self, s0: int, end: int) -> Event | bool | None:
        """The subject of body[s0:end], a sentence start: an Event, None (nobody named) or
        False (the subject is a pronoun, so the person named further back)."""
        group = self.within(s0, end)
        if not group:
            return None
        said = [e for e in group if e.kind == "quote"]
        if said:
            return said[-1]
        if self.pronoun_first(s0, min(e.lead for e in group)):
            return False
        return self.subject(group, s0)

    def _before_sentence(self, bi: int, si: int) -> Event | None:
        """previous_subject at the start of sentence (bi, si); remembered, so walking back over
        a long text stays linear.  Later mentions are only ever added after the sentences
        asked about (quotes are resolved in text order); add_person clears the memory."""
        path: list[tuple[int, int]] = []
        key: tuple[int, int] | None = (bi, si)
        found: Event | None = None
        while key is not None:
            if key in self._memo:
                found = self._memo[key]
                break
            path.append(key)
            key = self._previous(*key)
            if key is not None:
                s0, s1 = self._bounds(*key)
                got = self._subject_in(s0, s1)
                if isinstance(got, Event):
                    found = got
                    break
        for k in path:
            self._memo[k] = found
        if path:
            self._memo_last = max(self._memo_last, self._bounds(*path[0])[0])
        return found

    def _previous(self, bi: int, si: int) -> tuple[int, int] | None:
        if si > 0:
            return bi, si - 1
        if bi == 0:
            return None
        return bi - 1, len(self._starts_of(bi - 1)) - 1
