"""Where the officials stage's people are mentioned, and the short forms the text calls them by.

Every occurrence of a person's full name, a spelling variant ("Iip Hidayatt"), a nickname the
text introduces ("yang akrab disapa Kang Iip") or a short form ("Herman", "H Herman") is a
mention; the forms other than the canonical name are aliases.  A short form shared by two
people ("Budi" for Budi Setiawan and Budi Hartono) belongs to neither.  One regular expression
of all known forms finds them, so the cost does not grow with the article's length in Python.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from ..document import Piece
from ..model import Span
from . import names, patterns, roles
from .places import resolve

_FUZZY = 0.85  # two spellings of one name are at least this similar
_NEXT = re.compile(r" ([A-Z][\w'’-]*)")
_PREV = re.compile(r"([\w'’.-]+) $")
_RUN_LEFT = re.compile(r"(?:[A-Z][\w'’.-]* )+$")
_RUN_RIGHT = re.compile(r"(?: [A-Z][\w'’.-]*)+")
_WORD = re.compile(r"[\w'’.-]+")


@dataclass
class Occ:
    """A name with a role, found in one place."""

    name: str
    name_span: Span
    role: str
    role_span: Span
    rule: str
    trusted: bool
    full: bool = True  # the role has a qualifier: "Bupati Cianjur", not "Bupati"


@dataclass
class Person:
    forms: list[str]  # names as found with a role, first first
    occs: list[Occ]
    nicknames: list[str] = field(default_factory=list)  # "yang akrab disapa Kang Emil" -> Emil
    variants: list[str] = field(default_factory=list)  # other spellings found without a role
    roles: list[tuple[str, Span, bool]] = field(default_factory=list)  # role, where, full
    mentions: set[Span] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)
    name: str = ""


@lru_cache(maxsize=1 << 15)
def words(name: str) -> tuple[str, ...]:
    return tuple(names.norm(w) for w in name.split())


@lru_cache(maxsize=1 << 15)
def same_name(a: str, b: str) -> bool:
    """One name, maybe spelt two ways ("Dicky Saromi", "Dicky Saromy")."""
    wa, wb = words(a), words(b)
    if wa == wb:
        return True
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    a, b = " ".join(wa), " ".join(wb)
    # SequenceMatcher's quick bounds, without building one: most pairs fail here
    total = len(a) + len(b)
    if 2.0 * min(len(a), len(b)) / total < _FUZZY:
        return False
    if 2.0 * sum(min(a.count(c), b.count(c)) for c in set(a)) / total < _FUZZY:
        return False
    return SequenceMatcher(None, a, b).ratio() >= _FUZZY


def part_of(short: str, long: str) -> bool:
    """Is `short` a contiguous run of `long`'s words (not initials only)?"""
    ws, wl = words(short), words(long)
    if len(ws) >= len(wl) or all(len(w) == 1 for w in ws):
        return False
    return any(wl[k : k + len(ws)] == ws for k in range(len(wl) - len(ws) + 1))


def canonical(p: Person, body_text: str) -> str:
    """The longest form found with a role; among equals the most used, then the first."""

    def count(f: str) -> int:
        n, i = 0, body_text.find(f)
        while i >= 0:
            e = i + len(f)
            before = body_text[i - 1] if i else " "
            after = body_text[e] if e < len(body_text) else " "
            if not _name_char(before) and not _name_char(after):
                n += 1
            i = body_text.find(f, i + 1)
        return n

    longest = max(len(f.split()) for f in p.forms)
    forms = [f for f in p.forms if len(f.split()) == longest]
    return max(forms, key=lambda f: (count(f), -forms.index(f)))


def _occurrences(text: str, strings: list[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping whole-word occurrences of `strings` in `text`, longest first."""
    found = []
    n = len(text)
    for string in sorted(set(strings), key=len, reverse=True):
        size = len(string)
        i = text.find(string)
        while i >= 0:
            e = i + size
            # whole words: no letter, digit or joiner on either side
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in _JOINERS)) and (
                e == n or not (text[e].isalnum() or text[e] in _JOINERS)
            ):
                found.append((i, e, string))
            i = text.find(string, i + 1)
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    out: list[tuple[int, int, str]] = []
    for f in found:
        if not out or f[0] >= out[-1][1]:
            out.append(f)
    return out


def _piece_occurrences(
    pieces: list[Piece], strings: list[str]
) -> list[tuple[int, str, int, int, str]]:
    """`_occurrences` in each piece's own text (names.own_text), found in one pass over the
    texts joined by line breaks (no string holds one, and a line break is no word character):
    (piece index, its text, start, end, string), offsets in the piece's text."""
    texts = [names.own_text(p.text) for p in pieces]
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    out = []
    for s, e, string in _occurrences("\n".join(texts), strings):
        k = bisect_right(starts, s) - 1
        out.append((k, texts[k], s - starts[k], e - starts[k], string))
    return out


def _name_char(c: str) -> bool:
    """A character that continues a word of a name ("-" and "'" too, not "’")."""
    return c.isalnum() or c in "_'-"


_JOINERS = "_'’-"  # with letters and digits, the characters that continue a word


def _variants_and_nicknames(people: list[Person], pieces: list[Piece]) -> None:
    """Other spellings used without a role ("ujar Iip Hidayatt"), and nicknames the text
    introduces ("Iip Hidayat yang akrab disapa Kang Iip")."""
    known = [w for p in people for f in (*p.forms, p.name) for w in f.split() if len(w) >= 3]
    cues = names.data()["nickname_cues"]
    # Each person's names of two words or more with their word counts, once per article (the
    # names do not change here) rather than split again at every occurrence.
    multi = [
        (p, [(f, n) for f in (p.name, *p.forms) if (n := len(f.split())) >= 2]) for p in people
    ]
    end, last = 0, -1
    for k, text, start, stop, _w in _piece_occurrences(pieces, known):
        if k != last:
            end, last = 0, k
        if start < end:
            continue
        left = _RUN_LEFT.search(text, max(0, start - 60), start)
        right = _RUN_RIGHT.match(text, stop)
        s = left.start() if left else start
        end = right.end() if right else stop
        run = [(m.group().rstrip("."), m.start()) for m in _WORD.finditer(text, s, end)]
        hit = next((j for j, (_w2, ws) in enumerate(run) if ws == start), None)
        if hit is not None:
            _match_run(multi, text, run, hit, cues)


def _match_run(
    multi: list[tuple[Person, list[tuple[str, int]]]],
    text: str,
    run: list[tuple[str, int]],
    hit: int,
    cues: list[re.Pattern[str]],
) -> None:
    """Compare the stretches of `run` around word `hit` with each person's names of two words
    or more (`multi`: a one-word form has no other spelling)."""
    ws = [w for w, _ in run]
    for p, forms in multi:
        for f, n in forms:
            for a in range(max(0, hit - n + 1), min(hit, len(run) - n) + 1):
                candidate = " ".join(ws[a : a + n])
                if not same_name(candidate, f):
                    continue
                if not any(words(candidate) == words(x) for x in (*p.forms, *p.variants)):
                    p.variants.append(candidate)
                last_word, last_start = run[a + n - 1]
                stop = last_start + len(last_word)
                _nickname(p, text[stop : stop + 80], cues)
                _nickname_before(p, text[max(0, run[a][1] - 60) : run[a][1]])
                return


def _nickname(p: Person, rest: str, cues: list[re.Pattern[str]]) -> None:
    for cue in cues:
        m = cue.match(rest)
        if not m:
            continue
        toks = names.tokenize(rest, m.end())
        run = names.read_forward(toks, 0, roles.blocked())
        if run is not None:
            nick = " ".join(t.text for t in toks[run[0] : run[1]])
            if nick not in p.nicknames and not same_name(nick, p.name):
                p.nicknames.append(nick)
        return


def _nickname_before(p: Person, before: str) -> None:
    """ "kata John, sapaan akrab Johannes Rettob": John is a nickname."""
    for pattern in names.data()["nickname_before"]:
        m = patterns.search(pattern, before)
        if m:
            words = m.group(1).split()
            while words and not names.name_like(words[0], roles.blocked()):
                words = words[1:]  # "kata John": the rules' patterns ignore case
            nick = " ".join(words)
            if nick and nick not in p.nicknames and not same_name(nick, p.name):
                p.nicknames.append(nick)
            return


def _short_forms(people: list[Person]) -> dict[tuple[str, ...], list[int]]:
    """Words of every person's names and their runs -> the people who have them."""
    table: dict[tuple[str, ...], list[int]] = {}
    for idx, p in enumerate(people):
        for f in sorted({p.name, *p.forms, *p.variants, *p.nicknames}):
            ws = words(f)
            for n in range(1, len(ws) + 1):
                for k in range(len(ws) - n + 1):
                    sub = ws[k : k + n]
                    if all(len(w) == 1 for w in sub) or (n == 1 and len(sub[0]) < 3):
                        continue
                    owners = table.setdefault(sub, [])
                    if idx not in owners:
                        owners.append(idx)
    return table


def _surface(people: list[Person], table: dict[tuple[str, ...], list[int]]) -> list[str]:
    """The written forms (capitalised as in the names) of every entry of `table`."""
    out = []
    for p in people:
        for f in {p.name, *p.forms, *p.variants, *p.nicknames}:
            ws = f.split()
            for n in range(1, len(ws) + 1):
                for k in range(len(ws) - n + 1):
                    if (words(" ".join(ws[k : k + n]))) in table:
                        out.append(" ".join(ws[k : k + n]))
    return out


def find(people: list[Person], pieces: list[Piece]) -> None:
    """Fill each person's mentions and aliases."""
    _variants_and_nicknames(people, pieces)
    table = _short_forms(people)
    surface = _surface(people, table)
    blocked = roles.blocked()
    titled: list[list[str]] = [[] for _ in people]
    full_forms = [{words(f) for f in (*p.forms, *p.variants)} for p in people]
    for k, text, start, stop, written in _piece_occurrences(pieces, surface):
        piece = pieces[k]
        owners = table.get((words(written)), [])
        if len(owners) != 1:
            continue  # a first name two people share
        p = people[owners[0]]
        full = words(written) in full_forms[owners[0]]
        prev = _PREV.search(text, max(0, start - 30), start)
        prev_word = prev.group(1) if prev else ""
        if not full and _inside_longer(text, stop, prev_word, blocked):
            continue
        p.mentions.add(piece.span(start, stop))
        if full:
            continue
        if written not in p.aliases and written != p.name:
            p.aliases.append(written)
        if prev_word and _is_title(prev_word):
            with_title = f"{prev_word} {written}"
            if with_title not in titled[owners[0]]:
                titled[owners[0]].append(with_title)
    for p, extra in zip(people, titled, strict=True):
        p.aliases.extend(a for a in extra if a not in p.aliases)
        for f in (*p.forms, *p.variants, *p.nicknames):
            if f not in p.aliases and f.split() != p.name.split():
                p.aliases.append(f)


def _is_title(word: str) -> bool:
    n = names.norm(word)
    d = names.data()
    return n in d["honorifics_set"] or n in d["ranks_set"]


def _inside_longer(text: str, end: int, prev_word: str, blocked: frozenset[str]) -> bool:
    """Is a short form part of a longer name here ("Herman" in "Herman Sutisna")?"""
    nxt = _NEXT.match(text, end)
    if nxt and names.name_like(nxt.group(1), blocked):
        return True
    if not prev_word or prev_word.endswith(".") or _is_title(prev_word):
        return False
    return names.name_like(prev_word, blocked) and not resolve(prev_word, "any")
