"""Stage 5: named people with a public role.

1. Roles (roles.py) are read at every capitalised role word; a name right after a role ("Bupati
   Cianjur H Herman Suherman", "Pj Wali Kota Cimahi, Dicky Saromi") or right before one ("Dicky
   Saromi, Pj Wali Kota Cimahi", "Dadan selaku Ketua Korpri") makes an occurrence.  A role with
   no name is no official.  Headline-like pieces (Title Case) only confirm names the body has.
2. Occurrences of one person (same name, a short form, a spelling variant) are merged.
3. Every occurrence of the person's names, spelling variants, nicknames and short forms
   ("Herman", "H Herman") becomes a mention, and the short forms aliases, so the quotes stage
   can resolve "tegas Herman" (mentions.py).
4. A nameless role that points back ("ujar Kepala Dinas … ini") adds a role to the person last
   mentioned; a nameless role held by one person only ("kata Kapolres") is one of their mentions.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import Document, Piece
from ..model import Fact, Official, Span
from . import mentions, names, roles
from .mentions import Person, same_name
from .names import Tok
from .places import resolve, word_start

_WORDS = re.compile(r"[^\W\d_]+")
_AHEAD = 100  # characters read first after a role word: the role and the name after it
_BEHIND = 90  # characters read before a role for a name written first


@dataclass
class _Scan:
    occs: list[mentions.Occ] = field(default_factory=list)
    nameless: list[tuple[str, Span, bool]] = field(default_factory=list)  # role, where, anaphoric


def _title_like(piece: Piece) -> bool:
    """A headline: short, no sentence, most longer words capitalised."""
    text = piece.text.rstrip()
    if len(text) > 200 or (text.endswith(".") and not text.endswith("..")):
        return False
    if re.search(r"[a-z]{2,}[.!?][\"”’]?\s+[A-Z]", text):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", text) if len(w) > 3]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.7


def _span_text(piece: Piece, toks: list[Tok], a: int, b: int) -> tuple[str, Span]:
    s, e = toks[a].start, toks[b - 1].end
    return " ".join(piece.text[s:e].split()), piece.span(s, e)


def _role_at(text: str, s: int) -> tuple[list[Tok], roles.RoleMatch, tuple[int, int] | None] | None:
    """The role starting at text[s], the tokens read from there and the name right after the
    role (token range) if there is one (in capitals too, in ordinary text).  Reads a short
    stretch first, more if needed."""
    size = _AHEAD
    blocked = roles.blocked()
    while True:
        end = min(len(text), s + size)
        toks = names.tokenize(text, s, end)
        rm = roles.match(toks, 0) if toks else None
        if rm is None:
            return None
        if not roles.held(text, s):
            rm = roles.RoleMatch(rm.a, rm.b, rm.head, rm.full, held=False)
        j = rm.b + roles.link_after(toks, rm.b)
        j += roles.address_after(toks, j)  # "Bupati Cianjur, Jawa Barat, Herman Suherman"
        name = names.read_forward(toks, j, blocked) if j < len(toks) and rm.held else None
        if name is None and j < len(toks) and rm.held and _caps_name_next(toks, j, text):
            name = names.caps_name_at(toks, names.skip_titles(toks, j), roles.caps_blocked())
        if name is not None and name[1] < len(toks) and names.is_honorific(toks[name[1]]):
            # "Direktur RSUD Panembahan Senopati dr. Agus Tri": the first run names the
            # institution, the person comes after their title
            second = names.read_forward(toks, name[1], blocked)
            if second is not None:
                rm = roles.RoleMatch(rm.a, name[1], rm.head, True, rm.held)
                name = second
        last = name[1] if name else j
        if end == len(text) or last + 2 < len(toks):
            return toks, rm, name
        size *= 2  # the role or the name may go on: read further


def _scan_piece(piece: Piece, trusted: bool, out: _Scan) -> None:
    text = names.own_text(piece.text)
    claimed: list[tuple[int, int]] = []
    nameless: list[tuple[list[Tok], roles.RoleMatch]] = []
    free = 0
    for s, _e in roles.start_words(text):
        if s < free or not word_start(text, s):
            continue
        found = _role_at(text, s)
        if found is None:
            continue
        toks, rm, name = found
        if name is None and text[s].islower():
            continue  # a lower-case role counts only with its holder's name
        free = toks[rm.b - 1].end
        if name is not None and _address(toks, rm, name):
            name = None  # "Kantor Wali Kota Jakarta Timur, Cakung": a place
        if name is None:
            nameless.append((toks, rm))
            continue
        a, b = name
        claimed.append((toks[a].start, toks[b - 1].end))
        free = toks[b - 1].end
        _add(out, piece, toks, rm, name, "officials.role-name", trusted)
    for toks, rm in nameless:
        _name_before(piece, toks, rm, claimed, trusted, out)


def _caps_name_next(toks: list[Tok], j: int, text: str) -> bool:
    """May a name written in capitals start at toks[j] (after titles)?"""
    k = names.skip_titles(toks, j)
    return k < len(toks) and (toks[k].caps or names.is_initial(toks[k])) and _mostly_lower(text)


@lru_cache(maxsize=64)
def _mostly_lower(text: str) -> bool:
    """Is most of the text in lower case (so a run of capitals in it is a shouted name, not a
    shouted headline)?"""
    words = _WORDS.findall(text)
    lower = sum(not w.isupper() for w in words)
    return lower >= 3 and lower * 10 >= len(words) * 3


def _name_before(
    piece: Piece,
    toks: list[Tok],
    rm: roles.RoleMatch,
    claimed: list[tuple[int, int]],
    trusted: bool,
    out: _Scan,
) -> None:
    """A nameless role: a name written before it ("Dicky Saromi, Pj Wali Kota Cimahi"), a role
    pointing back ("… ujar Kepala Dinas … ini"), or just a role."""
    role, span = _span_text(piece, toks, rm.a, rm.b)
    if not rm.held:
        return
    if rm.full and roles.anaphoric(toks, rm.b):
        out.nameless.append((role, span, True))
        return
    s = toks[0].start
    text = names.own_text(piece.text)
    ws = max(0, s - _BEHIND)
    if ws > 0:
        ws = text.find(" ", ws, s) + 1 or ws  # start at a whole word
    before = names.tokenize(text, ws, s)
    link = roles.link_before(before, len(before))
    if link and len(before) > link and before[-link].word:
        # "… Ketua Korpri Kabupaten Cianjur yang juga Kepala Dinas …": a second role of the
        # person the first one names
        end = piece.start + before[-link - 1].end
        for o in reversed(out.occs):
            if end in (o.role_span.end, o.name_span.end):
                out.occs.append(
                    mentions.Occ(
                        o.name, o.name_span, role, span, "officials.role-role", trusted, rm.full
                    )
                )
                return
    name = names.read_backward(before, len(before) - link, roles.blocked()) if link else None
    k = len(before) - link
    if name is None and link and k and before[k - 1].caps and _mostly_lower(text):
        name = names.caps_name_at(before, k, roles.caps_blocked(), backward=True)
    if name is not None and _plausible_before(before, name):
        a, b = name
        ns, ne = before[a].start, before[b - 1].end
        if not any(cs < ne and ns < ce for cs, ce in claimed):
            claimed.append((ns, ne))
            text, name_span = _span_text(piece, before, a, b)
            occ = mentions.Occ(text, name_span, role, span, "officials.name-role", trusted, rm.full)
            out.occs.append(occ)
            return
    out.nameless.append((role, span, False))


def _address(toks: list[Tok], rm: roles.RoleMatch, name: tuple[int, int]) -> bool:
    a, b = name
    if b - a != 1 or rm.b >= len(toks) or toks[rm.b].text != ",":
        return False
    return bool(resolve(toks[a].text, "any") or resolve(toks[a].text, "kecamatan"))


def _plausible_before(toks: list[Tok], name: tuple[int, int]) -> bool:
    """A name read backwards is not a place ("Di Cianjur, Bupati …"); a one-word name follows
    a lower-case word or starts the sentence ("kata Dicky, Pj Wali Kota"), not a capitalised
    word that stopped the reading ("Pilkada Serentak, Bupati …")."""
    a, b = name
    if b - a > 1:
        return True
    if resolve(toks[a].text, "any"):
        return False
    prev = toks[a - 1] if a > 0 else None
    return prev is None or not prev.word or not prev.cap or prev.sent_end


def _add(
    out: _Scan,
    piece: Piece,
    toks: list[Tok],
    rm: roles.RoleMatch,
    name: tuple[int, int],
    rule: str,
    trusted: bool,
) -> None:
    role, role_span = _span_text(piece, toks, rm.a, rm.b)
    text, name_span = _span_text(piece, toks, *name)
    out.occs.append(mentions.Occ(text, name_span, role, role_span, rule, trusted, rm.full))


def _group(occs: list[mentions.Occ], body_text: str) -> list[Person]:
    people: list[Person] = []
    for o in occs:
        if not o.trusted:
            continue
        same = [p for p in people if any(same_name(o.name, f) for f in p.forms)]
        if not same:
            same = [
                p
                for p in people
                if any(mentions.part_of(o.name, f) or mentions.part_of(f, o.name) for f in p.forms)
            ]
        if len(same) == 1:
            if o.name not in same[0].forms:
                same[0].forms.append(o.name)
            same[0].occs.append(o)
        else:
            people.append(Person([o.name], [o]))
    for o in occs:
        if not o.trusted:
            _confirm(o, people, body_text)
    return people


def _confirm(o: mentions.Occ, people: list[Person], body_text: str) -> bool:
    """Attach a headline occurrence to a person the body names, trimming words the headline
    added ("Benni Irwan Minta ASN Netral" -> Benni Irwan)."""
    words = o.name.split()
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k])
        occ = mentions.Occ(name, o.name_span, o.role, o.role_span, o.rule, False, o.full)
        for p in people:
            if any(same_name(name, f) or (k == 1 and mentions.part_of(name, f)) for f in p.forms):
                p.occs.append(occ)
                return True
        if k >= 2 and re.search(rf"(?<![\w'-]){re.escape(name)}(?![\w'-])", body_text):
            people.append(Person([name], [occ]))
            return True
    # the body calls them by one of the headline name's words ("kata Rudy")
    if len(words) >= 2 and any(
        re.search(rf"(?<![\w'-]){re.escape(w)}(?![\w'-])", body_text)
        for w in (words[0], words[-1])
        if len(w) >= 3
    ):
        people.append(Person([o.name], [o]))
        return True
    return False


def _attach_roles(people: list[Person], scan: _Scan) -> None:
    for p in people:
        p.roles = [(o.role, o.role_span, o.full) for o in p.occs]
        p.mentions.update(o.role_span for o in p.occs)
    # mentions in text order, to find the person named last before a role ("… ini")
    order = sorted((m.start, n) for n, p in enumerate(people) for m in p.mentions)
    starts = [start for start, _ in order]
    keys = [{roles.key(r) for r, _, _ in p.roles} for p in people]
    for role, span, anaphoric in scan.nameless:
        if anaphoric:
            k = bisect.bisect_left(starts, span.start)
            if k:
                p = people[order[k - 1][1]]
                p.roles.append((role, span, True))
                p.mentions.add(span)
            continue
        key = roles.key(role)
        holders = [p for p, ks in zip(people, keys, strict=True) if any(key <= k for k in ks)]
        if len(holders) == 1:
            holders[0].mentions.add(span)  # "kata Kapolres": the one Kapolres named


def _pick_roles(found: list[tuple[str, Span, bool]]) -> tuple[str | None, list[str]]:
    """The first full role ("Bupati Cianjur" rather than an earlier bare "Bupati") and the
    other roles, one per role however often and in whatever form it is written."""
    ordered = sorted(found, key=lambda r: r[1])
    full = [r for r, _, f in ordered if f]
    rest = [r for r, _, f in ordered if not f]
    primary = (full or rest or [None])[0]
    others: list[str] = []
    for role in (*full, *rest):
        if primary is None or roles.same_role(role, primary):
            continue
        if not any(roles.same_role(role, o) for o in others):
            others.append(role)
    return primary, others


def _official(p: Person) -> Official | None:
    primary, others = _pick_roles(p.roles)
    if primary is None:
        return None
    occ = min(p.occs, key=lambda o: (o.role != primary, not o.trusted, o.role_span))
    span = Span(
        min(occ.role_span.start, occ.name_span.start), max(occ.role_span.end, occ.name_span.end)
    )
    confidence = 0.9 if occ.trusted else 0.75
    if occ.rule == "officials.name-role":
        confidence -= 0.05
    if len(p.name.split()) == 1:
        confidence -= 0.1
    name, aliases = p.name, [a for a in p.aliases if a != p.name]
    if any(c.isupper() for c in name) and not any(c.islower() for c in name):
        # written in capitals: the name in title case, the written form kept as an alias
        name, aliases = names.title_case(name), [p.name, *aliases]
    return Official(
        name=name,
        role=primary,
        why=Fact(rule=occ.rule, span=span, confidence=round(confidence, 2)),
        other_roles=others,
        aliases=[a for a in aliases if a != name],
        mentions=sorted(p.mentions),
    )


def extract(doc: Document) -> list[Official]:
    if doc.clean is None or not doc.clean.pieces:
        return []
    scan = _Scan()
    titles = [_title_like(p) for p in doc.clean.pieces]
    for piece, title in zip(doc.clean.pieces, titles, strict=True):
        _scan_piece(piece, not title, scan)
    if not scan.occs:
        return []
    body_text = "\n".join(p.text for p, t in zip(doc.clean.pieces, titles, strict=True) if not t)
    people = _group(scan.occs, body_text)
    for p in people:
        p.name = mentions.canonical(p, body_text)
    mentions.find(people, doc.clean.pieces)
    _attach_roles(people, scan)
    out = [o for o in (_official(p) for p in people) if o is not None]
    out.sort(key=lambda o: o.mentions[0] if o.mentions else Span(0, 0))
    return out
