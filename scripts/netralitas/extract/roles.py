"""Public roles for the officials stage: PREFIX* HEAD QUALIFIER* over tokens (rules/roles.yaml).

"Pj Wali Kota Cimahi", "Ketua Korpri Kabupaten Cianjur", "Kepala Dinas Perhubungan (Dishub)
Kabupaten Cianjur", "Penjabat (Pj) Sekretaris Daerah (Sekda) Kota Padang", "Dandim 0608/Cianjur".
Qualifiers are organisations and units (vocabulary, acronyms), regions (gazetteer), a place
after Camat/Lurah/Kades, Roman numerals after "Asisten", codes, and "(Abbreviation)" groups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import rules
from . import names, patterns
from .names import Tok
from .places import may_start_region, region_prefix, resolve

_SPEC = {
    "prefixes": "list[str]",
    "heads": "list[str]",
    "heads_with_org": "list[str]",
    "heads_with_place": "list[str]",
    "place_units": "list[str]",
    "units": "list[str]",
    "unit_patterns": "list[regex]",
    "orgs": "list[str]",
    "numbered": "list[str]",
    "name_role_links": "list[str]",
    "connectors": "list[str]",
    "role_name_links": "list[str]",
    "anaphora_after": "list[str]",
    "not_held_before": "list[str]",
    "synonyms": "dict[str,str]",
    "distinct_prefixes": "list[str]",
    "head_patterns": "list[regex]",
    "lower_case_starts": "list[str]",
}
_CODE = re.compile(r"^\d{2,5}(?:-\d{1,3})?(?:/[\w-]*)*$")  # "0608/Cianjur", "0619-01/Purwakarta"
_NUMBER = re.compile(r"^\d{1,3}$")  # "SMPN 1", "Komisi 2"
_MAX_PAREN = 6
_KEYS = 1 << 15  # roles remembered by `key`: a national corpus names thousands
_PAREN = re.compile(r"\([^)]*\)")
_INSIDE = re.compile(r"\(([^)]*)\)")
_DOT_COMMA = re.compile(r"[.,]")


@dataclass(frozen=True)
class RoleMatch:
    a: int  # token range of the role
    b: int
    head: str  # the head, normalised: "bupati", "wali kota", "ketua"
    full: bool = False  # qualified by a region, organisation or place ("Bupati Cianjur")
    held: bool = True  # False after "calon", "bakal calon"


@cache
def data() -> dict:
    d = dict(rules.load("roles", _SPEC))
    heads: dict[tuple[str, ...], str] = {}
    for kind in ("heads", "heads_with_org", "heads_with_place"):
        for h in d[kind]:
            heads[tuple(names.norm(w) for w in h.split())] = kind
    d["head_map"] = heads
    d["prefix_set"] = {tuple(names.norm(w) for w in p.split()) for p in d["prefixes"]}
    d["head_first"] = frozenset(k[0] for k in heads)
    d["prefix_first"] = frozenset(k[0] for k in d["prefix_set"])
    d["starts"] = d["head_first"] | d["prefix_first"]
    d["head_re"] = re.compile("|".join(f"(?:{p.pattern})" for p in d["head_patterns"]) or "(?!)")
    d["lower_re"] = patterns.literal_words(d["lower_case_starts"], r"[\w-]", r"[\w'’-]")
    d["lower_first"] = frozenset(w.split()[0] for w in d["lower_case_starts"])
    d["unit_set"] = frozenset(names.norm(u) for u in d["units"] if " " not in u)
    d["org_set"] = frozenset(names.norm(o) for o in d["orgs"])
    d["numbered_set"] = frozenset(d["numbered"])
    d["place_unit_set"] = frozenset(names.norm(u) for u in d["place_units"])
    # words that can never start or continue a personal name in a role context
    words = {w for k in heads for w in k} | {w for p in d["prefix_set"] for w in p}
    d["blocked"] = frozenset(words | d["org_set"])
    d["caps_blocked"] = d["blocked"] | d["unit_set"]
    by_length: dict[int, set[tuple[str, ...]]] = {}
    for phrase in d["not_held_before"]:
        words = tuple(phrase.split())
        by_length.setdefault(len(words), set()).add(words)
    d["not_held_phrases"] = sorted(by_length.items())  # (n, the phrases of n words)
    d["synonym_res"] = [
        (long, re.compile(rf"(?<!\w){re.escape(long)}(?!\w)"), short)
        for long, short in d["synonyms"].items()
    ]
    return d


def start_words(text: str) -> list[tuple[int, int]]:
    """Where a role may start (start, end), in text order: a capitalised start word ("Bupati", "PJ",
    "Kadisdik"), or a lower-case one of `lower_case_starts` ("kata bupati Herman").  A big
    alternation is slow in `re`, so capitalised words are checked against a set; the lower-case
    ones count only in a text where one of their first words stands as a word of its own."""
    d = data()
    starts = d["starts"]
    found = [(s, e) for s, e, w in names.cap_words(text) if w in starts or pattern_head(w)]
    lower = [m.span() for m in d["lower_re"].finditer(text)]
    if lower and names.has_word(text, d["lower_first"]):
        found += lower
        found.sort()
    return found


def blocked() -> frozenset[str]:
    return data()["blocked"]


def caps_blocked() -> frozenset[str]:
    """`blocked` and unit words: never part of a name written in capitals."""
    return data()["caps_blocked"]


@lru_cache(maxsize=4096)
def pattern_head(norm: str) -> bool:
    """A one-word head written as a compound: "Kadisdik", "Kadinsos", "Kakankemenag"."""
    return data()["head_re"].fullmatch(norm) is not None


def starts_role(word: str) -> bool:
    """Can a role start with this word (any case)?"""
    n = names.norm(word)
    return n in data()["starts"] or pattern_head(n)


def _head(toks: list[Tok], j: int) -> int:
    """Length of the head at toks[j] (0 if none)."""
    d = data()
    n = _seq(toks, j, d["head_map"], d["head_first"])
    if not n and j < len(toks) and toks[j].word and pattern_head(toks[j].norm):
        return 1
    return n


def _seq(toks: list[Tok], i: int, table: dict | set, first: frozenset[str]) -> int:
    """Length of the longest word sequence at toks[i] that is a key of `table` (0 if none);
    `first`: the first words of its keys."""
    if i >= len(toks) or toks[i].norm not in first:
        return 0
    norms = []
    for t in toks[i : i + 3]:
        if not t.word:
            break
        norms.append(t.norm)
    for n in range(len(norms), 0, -1):
        if tuple(norms[:n]) in table:
            return n
    return 0


def _paren(toks: list[Tok], i: int) -> int:
    """Length of a short "( … )" group at toks[i] (0 if none)."""
    if i >= len(toks) or toks[i].text != "(":
        return 0
    for j in range(i + 1, min(len(toks), i + _MAX_PAREN + 2)):
        if toks[j].text == ")":
            return j - i + 1 if j > i + 1 else 0
        if not toks[j].word and toks[j].text not in "-&/":
            return 0
    return 0


def _region(toks: list[Tok], i: int, after_region: bool = False) -> int:
    """Length of a region name at toks[i] (0 if none).  Right after another region only one
    with "Kabupaten"/"Kota"/"Provinsi" or a province counts: in "Wali Kota Bogor Bima Arya",
    "Bima" is a name, not Kabupaten Bima."""
    if i >= len(toks) or not toks[i].word or not toks[i].text[:1].isupper():
        return 0
    if not may_start_region(toks[i].text):
        return 0  # what region_prefix would say: no need to gather the words
    words = []
    for t in toks[i : i + 6]:
        if not t.word:
            break
        words.append(t.text)
        if t.sent_end:
            break
    if not words or not words[0][:1].isupper():
        return 0
    n, bare = region_prefix(words)
    return 0 if bare and after_region else n


def _is_unit(t: Tok) -> bool:
    if not t.word:
        return t.text == "&"
    if t.norm in data()["unit_set"]:
        return True
    return t.cap and _unit_word(t.text)


@lru_cache(maxsize=1 << 14)
def _unit_word(word: str) -> bool:
    return any(p.fullmatch(word) for p in data()["unit_patterns"])


def _is_org(t: Tok) -> bool:
    if not t.word or names.is_honorific(t) or names.is_degree(t):
        return False
    return t.norm in data()["org_set"] or (t.caps and not t.text.isdigit())


def _kecamatan(toks: list[Tok], i: int) -> int:
    """Length of a kecamatan name of two or three words at toks[i] ("Bekasi Timur", not the
    city "Bekasi" and a name "Timur"); 0 if none."""
    words: list[str] = []
    for t in toks[i : i + 3]:
        if not t.cap:
            break
        words.append(t.text)
        if t.sent_end:
            break
    for n in range(len(words), 1, -1):
        if resolve(" ".join(words[:n]), "kecamatan"):
            return n
    return 0


def _place(toks: list[Tok], i: int) -> int:
    """Words naming a kecamatan/desa after Camat/Lurah/Kades: up to a comma, a known kecamatan,
    or one word."""
    run = 0
    while i + run < len(toks) and run < 3 and toks[i + run].cap:
        run += 1
        if toks[i + run - 1].sent_end:
            break
    if run == 0:
        return 0
    if i + run < len(toks) and toks[i + run].text == "," and run <= 2:
        # "Kepala Desa Suka Maju, Asep": the place runs to the comma when a name follows it;
        # "Kades Sambongrejo Warsito, dan …": the last word is the name
        nxt = toks[i + run + 1] if i + run + 1 < len(toks) else None
        if run == 1 or (nxt is not None and nxt.cap):
            return run
        return 1
    for n in range(min(run, 2), 0, -1):
        if resolve(" ".join(t.text for t in toks[i : i + n]), "kecamatan"):
            return n
    return 1 if run >= 2 else 0


def match(toks: list[Tok], i: int) -> RoleMatch | None:
    """The role starting at toks[i], or None."""
    d = data()
    if toks[i].norm not in d["starts"] and not pattern_head(toks[i].norm):
        return None
    j = i
    while True:
        n = _seq(toks, j, d["prefix_set"], d["prefix_first"])
        if not n or _head(toks, j) > n:
            break
        j += n
        j += _paren(toks, j)  # "Penjabat (Pj)"
    n = _head(toks, j)
    if not n:
        return None
    head_toks = toks[j : j + n]
    head = " ".join(t.norm for t in head_toks)
    kind = d["head_map"].get(tuple(t.norm for t in head_toks), "heads")
    j += n
    j += _paren(toks, j)  # "Sekretaris Daerah (Sekda)"
    quals = 0
    if kind == "heads_with_place":
        k = _kecamatan(toks, j) or _region(toks, j) or _place(toks, j)
        j += k
        quals += k
    last_numbered = head.split()[-1] in d["numbered_set"]
    after_region = False
    while j < len(toks):
        k, after_region = _qualifier(toks, j, quals, kind != "heads", last_numbered, after_region)
        if not k:
            break
        last_numbered = toks[j + k - 1].norm in d["numbered_set"]
        j += k
        quals += k
        if k == 1 and toks[j - 1].norm in d["place_unit_set"] and not toks[j - 1].sent_end:
            j += _place(toks, j)  # "Panwascam Jatibarang"
        if toks[j - 1].sent_end:
            break
    while j > i and toks[j - 1].norm in d["connectors"]:
        j -= 1  # a trailing "dan" belongs to what follows
    if kind == "heads_with_org" and quals == 0:
        return None
    return RoleMatch(i, j, head, full=quals > 0)


def _qualifier(
    toks: list[Tok], j: int, quals: int, org_head: bool, numbered: bool, after_region: bool
) -> tuple[int, bool]:
    """Length of the qualifier at toks[j] (0 if none): a region, a unit or organisation word,
    a Roman numeral after "Asisten"/"Komisi", a code ("0608/Cianjur"), a number after an
    organisation ("SMPN 1"), an "(ABBR)" group, ", Unit" inside a unit's name, or unknown
    capitalised words that a region or organisation follows; and whether it is a region."""
    d = data()
    t = toks[j]
    k = _region(toks, j, after_region)
    if k:
        return k, True
    if after_region and _region(toks, j):
        return 0, False  # a name that is also a place
    if _is_unit(t) or _is_org(t):
        if t.caps and t.norm not in d["org_set"] and names.caps_name_at(toks, j, caps_blocked()):
            return 0, False  # "Menteri PANRB ABDULLAH AZWAR ANAS": a name in capitals
        return 1, False
    if t.word and (
        (numbered and names.is_roman(t))
        or _CODE.match(t.text)
        or (j > 0 and _NUMBER.match(t.text) and _is_org(toks[j - 1]))
    ):
        return 1, False
    if quals and _paren(toks, j):
        return _paren(toks, j), False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if t.text == "," and nxt and nxt.word and nxt.norm not in d["connectors"] and _is_unit(nxt):
        return 1, False  # "Kordiv Pencegahan, Partisipasi Masyarakat dan Humas"
    if org_head:  # "Dinas Pertamanan Kota Bogor", "Kepala Bakesbangpol Kota Probolinggo"
        return _unknown_unit(toks, j), False
    return 0, False


def _unknown_unit(toks: list[Tok], j: int) -> int:
    """Capitalised words not in the vocabulary but followed by a region, an "(ABBR)" group or an
    organisation: part of a unit's name ("Dinas Pertamanan Kota Bogor"), not a person."""
    k = 0
    while j + k < len(toks) and k < 3 and toks[j + k].cap and not toks[j + k].sent_end:
        t = toks[j + k]
        if starts_role(t.text) or names.is_honorific(t) or names.is_initial(t):
            return 0  # "…, dan Ketua Panwascam": the next role; "H. M. Arief": a name
        k += 1
        nxt = j + k
        if nxt < len(toks) and (_region(toks, nxt) or _paren(toks, nxt) or _is_org(toks[nxt])):
            return k
    return 0


def held(text: str, s: int) -> bool:
    """False if the words before text[s] say the role is not held ("calon Bupati", "Kantor
    Wali Kota")."""
    before = tuple(names.norm(w) for w in text[max(0, s - 40) : s].split()[-3:])
    return all(before[len(before) - n :] not in ps for n, ps in data()["not_held_phrases"])


def link_before(toks: list[Tok], i: int) -> int:
    """Length of a name-to-role link ending right before toks[i] (", ", "selaku", "yang juga")."""
    best = 0
    for phrase in data()["name_role_links"]:
        words = phrase.split()
        n = len(words)
        if i >= n and [t.text.lower() for t in toks[i - n : i]] == words:
            best = max(best, n)
    return best


def link_after(toks: list[Tok], i: int) -> int:
    """Length of a role-to-name link at toks[i] (",", "yakni", ", yaitu")."""
    j = i
    if j < len(toks) and toks[j].text in (",", ":"):
        j += 1
    if j < len(toks) and toks[j].word and toks[j].text.lower() in data()["role_name_links"]:
        j += 1
    return j - i


def address_after(toks: list[Tok], i: int) -> int:
    """Length of a region between commas at toks[i] ("Jawa Barat, "): an address, not a name."""
    n = _region(toks, i)
    if n and i + n < len(toks) and toks[i + n].text == "," and toks[i - 1].text == ",":
        return n + 1
    return 0


def anaphoric(toks: list[Tok], i: int) -> bool:
    return i < len(toks) and toks[i].word and toks[i].text.lower() in data()["anaphora_after"]


@lru_cache(maxsize=_KEYS)
def wide_key(role: str) -> frozenset[str]:
    """`key` plus the abbreviations in brackets: "Kepala Badan … (BKPSDM) Kabupaten Kaur"
    covers "Kepala BKPSDM Kaur"."""
    inside = " ".join(_INSIDE.findall(role.lower()))
    return key(role) | frozenset(_DOT_COMMA.sub(" ", inside).split())


def same_role(a: str, b: str) -> bool:
    """Are `a` and `b` one role written two ways, or one a less specific form of the other?
    "Wakil Bupati Cianjur" is not "Bupati Cianjur"; "Pj Bupati Cianjur" is."""
    distinct = set(data()["distinct_prefixes"])
    ka, kb = key(a), key(b)
    if (ka - kb) & distinct or (kb - ka) & distinct:
        return False
    return ka <= wide_key(b) or kb <= wide_key(a)


@lru_cache(maxsize=_KEYS)
def key(role: str) -> frozenset[str]:
    """Words of a role for comparison: abbreviation groups dropped, synonyms folded
    ("Penjabat (Pj) Wali Kota Sukabumi" == "Pj Wali Kota Sukabumi")."""
    text = _PAREN.sub(" ", role.lower())
    text = _DOT_COMMA.sub(" ", text)
    text = " ".join(text.split())
    for long, rx, short in data()["synonym_res"]:
        if long in text:  # the regex matches `long` as written
            text = rx.sub(short, text)
    return frozenset(text.split())
