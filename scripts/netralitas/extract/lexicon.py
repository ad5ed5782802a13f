"""The attribution vocabulary (rules/attribution.yaml) and the small text tools built on it:
tolerant cue-word lookup, name/role runs after a cue, role comparison, sentence bounds."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .. import rules

_SPEC = {
    "cue_verbs": "list[str]",
    "clitic": "str",
    "speech_verbs": "list[str]",
    "passive_verbs": "list[str]",
    "passive_agents": "list[str]",
    "complementizers": "list[str]",
    "after_fillers": "list[str]",
    "next_paragraph_cues": "list[str]",
    "verb_fillers": "list[str]",
    "pronouns": "list[str]",
    "pronoun_openers": "list[str]",
    "according": "list[str]",
    "demonstratives": "list[str]",
    "descriptors": "list[str]",
    "run_connectors": "list[str]",
    "honorifics": "list[str]",
    "object_markers": "list[str]",
    "run_stops": "list[str]",
    "role_heads": "list[str]",
    "role_head_patterns": "list[regex]",
    "role_abbreviations": "dict[str,str]",
    "role_ignore": "list[str]",
    "role_compounds": "dict[str,str]",
    "title_intros": "list[str]",
    "title_starts": "list[str]",
    "min_words": "int",
    "title_case_share": "float",
    "duplicate_overlap": "float",
    "duplicate_min_words": "int",
    "not_names": "list[str]",
    "unlisted_speakers": "bool",
}

WORD = re.compile(r"[^\W\d_][\w'’\-]*(?:\.[^\W\d_][\w'’\-]*)*")
_RUN_TOKEN = re.compile(
    r"[ \t]*(?:(\([^()\n]{1,60}\))|([^\W\d_][\w'’\-]*(?:\.[^\W\d_][\w'’\-]*)*))"
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’]?\s+")
_SENTENCE_OPENERS = set('"“”‘([')
_ROLE_WORD = re.compile(r"[^\W\d_][\w\-]*|\d+")
_COMMA = re.compile(r",[ \t]*")
_SPACE_DOT = re.compile(r"\.?[ \t]*")
_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+)")
_PARENS = re.compile(r"\([^()]*\)")
_ROLE_KEYS = 1 << 15  # role_key results remembered


@dataclass(frozen=True)
class Lexicon:
    cue_verbs: frozenset[str]
    clitic: str
    clitic_forms: frozenset[str]  # katanya, dikatakannya
    speech_verbs: frozenset[str]
    passive_verbs: frozenset[str]
    passive_agents: frozenset[str]
    complementizers: frozenset[str]
    after_fillers: frozenset[str]
    next_paragraph_cues: tuple[str, ...]  # "hal itu" (… disampaikan Budi) opening the next para
    verb_fillers: frozenset[str]
    pronouns: frozenset[str]
    pronoun_openers: frozenset[str]
    according: frozenset[str]
    demonstratives: frozenset[str]
    descriptors: frozenset[str]
    connectors: frozenset[str]
    honorifics: frozenset[str]
    object_markers: frozenset[str]
    run_stops: frozenset[str]
    role_heads: frozenset[str]
    role_head_re: re.Pattern[str]  # compound heads: "kadisdik", "kakankemenag"
    role_abbreviations: dict[str, list[str]]
    role_ignore: frozenset[str]
    role_compounds: dict[str, str]
    title_intros: frozenset[str]
    title_starts: frozenset[str]
    min_words: int
    title_case_share: float
    duplicate_overlap: float
    duplicate_min_words: int
    not_names: frozenset[str]
    unlisted_speakers: bool
    comma_cue: re.Pattern[str]  # ", kata", ", ujarnya": a cue right after a quote's comma
    role_keys: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)  # memo


def is_role_head(word: str, lex: Lexicon) -> bool:
    """Does a role start with this (lower-case) word: "bupati", "kapolres", "kadisdikbud"?"""
    return word in lex.role_heads or lex.role_head_re.fullmatch(word) is not None


@cache
def lexicon() -> Lexicon:
    r = rules.load("attribution", _SPEC)

    def fs(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in r[key])

    cue = fs("cue_verbs")
    passive = fs("passive_verbs")
    nya = r["clitic"].lower()
    verbs = "|".join(sorted((re.escape(v) for v in cue | passive), key=len, reverse=True))
    return Lexicon(
        comma_cue=re.compile(rf",[\s]+(?:{verbs})(?:{re.escape(nya)})?\b", re.IGNORECASE),
        cue_verbs=cue,
        clitic=nya,
        clitic_forms=frozenset(w + nya for w in cue | passive),
        speech_verbs=fs("speech_verbs"),
        passive_verbs=passive,
        passive_agents=fs("passive_agents"),
        complementizers=fs("complementizers"),
        after_fillers=fs("after_fillers"),
        next_paragraph_cues=tuple(
            sorted((w.lower() + " " for w in r["next_paragraph_cues"]), key=len, reverse=True)
        ),
        verb_fillers=fs("verb_fillers"),
        pronouns=fs("pronouns"),
        pronoun_openers=fs("pronoun_openers"),
        according=fs("according"),
        demonstratives=fs("demonstratives"),
        descriptors=fs("descriptors"),
        connectors=fs("run_connectors"),
        honorifics=fs("honorifics"),
        object_markers=fs("object_markers"),
        run_stops=fs("run_stops"),
        role_heads=fs("role_heads"),
        role_head_re=re.compile(
            "|".join(f"(?:{p.pattern})" for p in r["role_head_patterns"]) or "(?!)"
        ),
        role_abbreviations={
            k.lower(): v.lower().split() for k, v in r["role_abbreviations"].items()
        },
        role_ignore=fs("role_ignore"),
        role_compounds={k.lower(): v.lower() for k, v in r["role_compounds"].items()},
        title_intros=fs("title_intros"),
        title_starts=fs("title_starts"),
        min_words=r["min_words"],
        title_case_share=float(r["title_case_share"]),
        duplicate_overlap=float(r["duplicate_overlap"]),
        duplicate_min_words=r["duplicate_min_words"],
        not_names=fs("not_names"),
        unlisted_speakers=r["unlisted_speakers"],
    )


def _osa(a: str, b: str, limit: int) -> int:
    """Edit distance with adjacent transpositions, giving up early beyond `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=4096)
def tolerant(word: str, vocab: frozenset[str]) -> str | None:
    """`word` (lower case) if in `vocab`, else the one entry it is a typo of, if any."""
    if word in vocab:
        return word
    if len(word) < 5:
        return None
    limit = 1 if len(word) < 9 else 2
    hits = [
        v
        for v in vocab
        if v[:1] == word[:1] and abs(len(v) - len(word)) <= limit and _osa(word, v, limit) <= limit
    ]
    return min(hits) if len(hits) == 1 else None


@dataclass(frozen=True)
class Run:
    """A capitalised name or role after a cue, in the coordinates of the text it was read from."""

    start: int
    end: int
    text: str
    demonstrative: bool  # followed by "ini"/"tersebut"/"itu": points back to the last person
    role: bool  # starts with a role word


def _word_at(text: str, i: int) -> re.Match[str] | None:
    return _RUN_TOKEN.match(text, i)


def _one_run(text: str, i: int, lex: Lexicon) -> tuple[int, int]:
    """(start, end) of the capitalised run at text[i:], or (i, i) when there is none."""
    start = end = -1
    pos = i
    honorific = False  # the run so far is honorifics only ("pak", "Bu")
    while True:
        m = _word_at(text, pos)
        if m is None:
            break
        if m.group(1):  # "(Dishub)" inside a run
            if start < 0:
                break
            end = pos = m.end()
            continue
        word = m.group(2)
        lw = word.lower()
        if lw in lex.run_stops:
            break
        if word[0].isupper() or ((start < 0 or honorific) and is_role_head(lw, lex)):
            pass
        elif start < 0 and lw in lex.honorifics:  # "kata pak Camat", "ujar bu camat"
            nxt = _word_at(text, m.end())
            follow = nxt.group(2) if nxt and nxt.group(2) else ""
            if not (follow[:1].isupper() or is_role_head(follow.lower(), lex)):
                break
        elif lw in lex.connectors and start >= 0:
            nxt = _word_at(text, m.end())
            if not (nxt and nxt.group(2) and nxt.group(2)[0].isupper()):
                break
        else:
            break
        honorific = (start < 0 or honorific) and lw in lex.honorifics
        if start < 0:
            start = m.start(2)
        end = pos = m.end()
        if (
            m.end() < len(text)
            and text[m.end()] == "."
            and (len(word) == 1 or lw in lex.honorifics)
        ):
            end = pos = m.end() + 1  # "H. Herman", "Drs. Budi"
    return (start, end) if start >= 0 else (i, i)


def run_at(text: str, i: int, lex: Lexicon) -> Run | None:
    """The name or role starting at text[i:], with appositions: "Kapolres X, AKBP Budi,"."""
    s, e = _one_run(text, i, lex)
    if s == e:
        return None
    for _ in range(3):  # appositions: "Kabid Pengadaan, Pemberhentian dan Informasi, Siti"
        m = _COMMA.match(text, e)
        if not m:
            break
        s2, e2 = _one_run(text, m.end(), lex)
        if s2 == e2:
            break
        e = e2
    first = WORD.match(text, s)
    while first is not None and first.group().lower() in lex.honorifics:
        first = WORD.match(text, _SPACE_DOT.match(text, first.end()).end())  # type: ignore[union-attr]
    role = first is not None and is_role_head(first.group().lower(), lex)
    nxt = _NEXT_WORD.match(text, e)
    demo = nxt is not None and nxt.group(1).lower() in lex.demonstratives
    return Run(s, e, text[s:e], demo, role)


def role_key(text: str, lex: Lexicon) -> tuple[str, ...]:
    """Comparable form of a role: abbreviations expanded, modifiers and region kinds left out."""
    got = lex.role_keys.get(text)
    if got is None:
        if len(lex.role_keys) >= _ROLE_KEYS:
            lex.role_keys.clear()  # a bound for long runs; the keys are cheap to find again
        got = lex.role_keys[text] = _role_key(text, lex)
    return got


def _role_key(text: str, lex: Lexicon) -> tuple[str, ...]:
    text = _PARENS.sub(" ", text).replace(".", "").lower()
    words: list[str] = []
    for w in _ROLE_WORD.findall(text):
        words.extend(lex.role_abbreviations.get(w, [w]))
    out: list[str] = []
    for w in words:
        joined = lex.role_compounds.get(f"{out[-1]} {w}") if out else None
        if joined:
            out[-1] = joined  # "wali kota" -> "walikota", before "kota" is left out
        elif w not in lex.role_ignore and w not in lex.honorifics:
            out.append(w)
    return tuple(out)


def _in_order(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def role_match(cue: tuple[str, ...], held: tuple[str, ...]) -> int:
    """How well a role named in a cue fits a role an official holds: 0 when it does not.

    Same first word, and one found in order in the other: "Pj Sekda" fits "Penjabat Sekretaris
    Daerah Kota Padang", "Bupati Cianjur" fits "Bupati"; "Kepala Dinas Pendidikan" does not fit
    "Kepala Dinas Perhubungan".
    """
    if not cue or not held or cue[0] != held[0]:
        return 0
    if _in_order(cue, held) or _in_order(held, cue):
        return min(len(cue), len(held))
    return 0


def sentence_starts(text: str, lex: Lexicon) -> list[int]:
    """Offsets where sentences start in `text`; a period after an initial or a title is not an end."""
    out = [0]
    for m in _SENTENCE_END.finditer(text):
        nxt = text[m.end() : m.end() + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in _SENTENCE_OPENERS):
            continue
        before = text[max(0, m.start() - 24) : m.start()].split()
        word = before[-1].lower().strip('("“') if before else ""
        if len(word) == 1 or word in lex.honorifics:
            continue
        out.append(m.end())
    return out
