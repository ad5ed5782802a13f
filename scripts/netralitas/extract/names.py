"""Personal names for the officials stage: tokens, and reading a name forwards or backwards.

A name is a run of capitalised words ("Herman Suherman", "M Arief", "I Nyoman Giri Prasta")
without the titles before it (H, Hj, Drs., AKBP, Letkol Inf) and the degrees after it (S.Sos,
M.Si, SH), which may be glued on ("Iwan Kurniawan,S.Sos").  What is not a name is data in
rules/names.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import repeat

from .. import rules

_SPEC = {
    "honorifics": "list[str]",
    "abbreviations": "list[str]",
    "ranks": "list[str]",
    "degrees": "list[str]",
    "stopwords": "list[str]",
    "not_name": "list[regex]",
    "particles": "list[str]",
    "nickname_cues": "list[regex]",
    "related_markers": "list[regex]",
    "nickname_before": "list[regex]",
    "common_word_names": "list[str]",
}
_MAX_NAME = 6

# a word (with inner dots, hyphens, apostrophes and slashes: "S.Sos", "Una-Una", "Ma'ruf",
# "0608/Cianjur", and a final dot) or one punctuation character; group 1 is the space before it
# (findall gives strings, no match objects: the offsets are summed up)
_TOKEN = re.compile(r"(\s*)(\w[\w'’./-]*|[^\w\s])")
_ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$")


@dataclass(slots=True)
class Tok:
    text: str  # as written, final dot removed when it ends a sentence
    start: int  # offsets in the piece text
    end: int
    word: bool
    norm: str  # lower case, dots removed: "S.Sos." -> "ssos", "Pj." -> "pj"
    sent_end: bool = False  # a sentence-final dot followed this word
    cap: bool = False  # a word starting with a capital letter

    @property
    def caps(self) -> bool:
        """ALL CAPITALS, two letters or more: an acronym ("KASN") or a shouted word."""
        return _all_caps(self.text)


@lru_cache(maxsize=1 << 14)
def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@cache
def data() -> dict:
    d = dict(rules.load("names", _SPEC))
    keys = ("honorifics", "abbreviations", "ranks", "degrees", "stopwords", "particles")
    for key in (*keys, "common_word_names"):
        d[key + "_set"] = frozenset(norm(s) for s in d[key])
    d["titles_set"] = d["honorifics_set"] | d["ranks_set"]
    return d


def norm(text: str) -> str:
    return "".join(text.lower().replace(".", "").split())


@lru_cache(maxsize=4096)
def _abbreviation(word: str) -> bool:
    """Does the final dot of `word` belong to it ("H.", "Drs.", "M.", "S.Sos.", "Pj.")?"""
    n = norm(word)
    d = data()
    if len(n) == 1 or "." in word[:-1]:
        return True
    return any(
        n in d[key] for key in ("honorifics_set", "ranks_set", "degrees_set", "abbreviations_set")
    )


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of text[start:end]; offsets are offsets in `text`."""
    out: list[Tok] = []
    append = out.append
    pos = start
    for space, t in _TOKEN.findall(text, start, len(text) if end is None else end):
        s = pos + len(space)
        e = pos = s + len(t)
        if not t[0].isalnum():
            append(Tok(t, s, e, False, t))
            continue
        tail = ""
        if t[-1] in "'’/-":
            stripped = t.rstrip("'’/-")
            tail, t, e = t[len(stripped) :], stripped, s + len(stripped)
        if t[-1] == "." and not _abbreviation(t):
            append(Tok(t[:-1], s, e - 1, True, norm(t), True, t[0].isupper()))
            append(Tok(".", e - 1, e, False, "."))
        else:
            append(Tok(t, s, e, True, norm(t) if "." in t else t.lower(), False, t[0].isupper()))
        for k, c in enumerate(tail):
            append(Tok(c, e + k, e + k + 1, False, c))
    return out


# space characters other than " " and newlines (non-breaking, thin, ideographic …)
_SPACES = re.compile(r"[^\S\n ]")


_CAP_WORD = re.compile(r"[A-Z][\w'’-]*")
_EDGE_PUNCT = "()[]{}\"“”'‘’«»,.;:!?…–—-/"


@lru_cache(maxsize=256)
def cap_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word in lower case) of each capitalised word of `text`: where a region name
    or a role can start (the regions and officials stages both ask)."""
    return tuple([(m.start(), m.end(), m.group().lower()) for m in _CAP_WORD.finditer(text)])


@lru_cache(maxsize=256)
def space_words(text: str) -> frozenset[str]:
    """The text's words split at white space, without the punctuation around them, as written
    and in lower case: a quick test whether a cue word occurs at all before a slower regex
    looks for it."""
    words = set(map(str.strip, text.split(), repeat(_EDGE_PUNCT)))  # no Python loop: fast
    return frozenset(words.union(map(str.lower, words)))


def has_word(text: str, words: frozenset[str]) -> bool:
    """Does `space_words(text)` meet `words`?  Looked for where the words (in lower case) occur
    in the text, without splitting all of it."""
    low = text.lower()
    if len(low) != len(text) or "" in words:  # a letter grew in lower case: offsets differ
        return not words.isdisjoint(space_words(text))
    n = len(text)
    for w in _lower_words(words):
        i = low.find(w)
        while i >= 0:
            a, z = i, i + len(w)  # widen to the white-space word around it
            while a and not text[a - 1].isspace():
                a -= 1
            while z < n and not text[z].isspace():
                z += 1
            core = text[a:z].strip(_EDGE_PUNCT)
            if core in words or core.lower() in words:
                return True
            i = low.find(w, i + 1)
    return False


@lru_cache(maxsize=16)
def _lower_words(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted({w.lower() for w in words}))


@lru_cache(maxsize=256)
def own_text(text: str) -> str:
    """`text` up to a related-article teaser inside it ("Baca juga: …"), if any, with every
    space character made a plain space (same length: offsets stay true)."""
    if _SPACES.search(text):
        text = _SPACES.sub(" ", text)
    if ":" not in text:
        return text
    cut = len(text)
    for p in data()["related_markers"]:
        m = p.search(text)
        if m:
            cut = min(cut, m.start())
    return text[:cut]


def is_honorific(tok: Tok) -> bool:
    return tok.word and tok.norm in data()["titles_set"]


def is_degree(tok: Tok) -> bool:
    return tok.word and tok.norm in data()["degrees_set"] and not tok.text.islower()


def is_initial(tok: Tok) -> bool:
    return tok.word and len(tok.norm) == 1 and tok.text[0].isupper()


def is_roman(tok: Tok) -> bool:
    return tok.word and bool(_ROMAN.match(tok.text))


def is_name_word(tok: Tok, blocked: frozenset[str] = frozenset()) -> bool:
    """Could this token be part of a personal name?  `blocked`: role words of the caller."""
    return tok.word and name_like(tok.text, blocked)


@lru_cache(maxsize=4096)
def name_like(word: str, blocked: frozenset[str] = frozenset()) -> bool:
    """Could this word be part of a personal name (capitalised, no stop word, no acronym, no
    verb form)?"""
    d = data()
    n = norm(word)
    if not word[:1].isupper() or n in d["stopwords_set"] or n in blocked:
        return False
    if any(c.isdigit() for c in word) or "/" in word:
        return False
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        return False  # an acronym: ASN, KASN, BKPSDM
    if "." in word.rstrip(".") and len(n) > 1:
        return False  # a dotted degree: S.Sos
    return not any(p.fullmatch(word) for p in d["not_name"])


def common_word_name(tok: Tok) -> bool:
    """A capitalised common word that may open a name ("Lalu", "Hari"): see rules/names.yaml."""
    return tok.cap and tok.norm in data()["common_word_names_set"] and not tok.sent_end


def _opens_name(toks: list[Tok], j: int, blocked: frozenset[str], after: int) -> bool:
    """Is toks[j] a common word opening a name, followed by `after` name words?"""
    if not common_word_name(toks[j]) or j + after >= len(toks):
        return False
    return all(is_name_word(toks[j + k], blocked) for k in range(1, after + 1))


def skip_titles(toks: list[Tok], i: int) -> int:
    """Index after the honorifics and ranks at toks[i:] ("H", "Drs.", "AKBP", "Letkol Inf")."""
    j = i
    while j + 1 < len(toks) and is_honorific(toks[j]) and toks[j + 1].word:
        j += 1
    return j


def skip_degrees(toks: list[Tok], i: int) -> int:
    """Index after degrees at toks[i:] (", S.Sos., M.Si" or " SH MH")."""
    j = i
    while j < len(toks):
        if is_degree(toks[j]):
            j += 1
        elif toks[j].text == "," and j + 1 < len(toks) and is_degree(toks[j + 1]):
            j += 2
        else:
            break
    return j


_CCV = re.compile(r"[^aeiou][^aeiou][aeiou]")  # "SRI", "TRI", "DWI"


@lru_cache(maxsize=4096)
def _caps_word(word: str, blocked: frozenset[str]) -> bool:
    """Could this ALL CAPITALS word be part of a shouted name ("ABDULLAH"), not an acronym
    ("PANRB", "BKPSDM", "OPD")?  Acronyms rarely have two vowels."""
    low = word.lower()
    if len(low) < 3 or not low.isalpha() or norm(word) in blocked:
        return False
    d = data()
    if any(low in d[k] for k in ("stopwords_set", "honorifics_set", "ranks_set", "degrees_set")):
        return False
    vowels = sum(c in "aeiou" for c in low)
    return vowels >= 2 or bool(_CCV.fullmatch(low))


def caps_name_at(
    toks: list[Tok], i: int, blocked: frozenset[str] = frozenset(), backward: bool = False
) -> tuple[int, int] | None:
    """An ALL CAPITALS name of two words or more starting at toks[i] (ending right before it
    when `backward`): "ABDULLAH AZWAR ANAS", "M ARIEF"; (start, end) token indices or None."""
    step = -1 if backward else 1
    k = i - 1 if backward else i
    run, full = 0, 0
    while 0 <= k < len(toks) and run < _MAX_NAME:
        t = toks[k]
        if is_initial(t):
            pass  # "M ARIEF"
        elif t.word and t.caps and _caps_word(t.text, blocked):
            full += 1
        else:
            break
        run += 1
        if t.sent_end and not backward:
            break
        k += step
        if backward and 0 <= k < len(toks) and toks[k].sent_end:
            break
    if full < 2:
        return None
    return (i - run, i) if backward else (i, i + run)


def title_case(name: str) -> str:
    """ "ABDULLAH AZWAR ANAS" -> "Abdullah Azwar Anas" (a name written in capitals)."""
    return " ".join(w[:1] + w[1:].lower() for w in name.split())


def read_forward(
    toks: list[Tok], i: int, blocked: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The name starting at toks[i] (after titles): (start, end) token indices, or None."""
    a = skip_titles(toks, i)
    j = a
    particles = data()["particles_set"]
    while j < len(toks) and j - a < _MAX_NAME:
        t = toks[j]
        if (is_name_word(t, blocked) and not is_degree(t)) or (
            j == a and _opens_name(toks, j, blocked, 1)
        ):
            j += 1
            if t.sent_end:
                break
        elif (
            t.word
            and t.norm in particles
            and j > a
            and j + 1 < len(toks)
            and is_name_word(toks[j + 1], blocked)
        ):
            j += 1
        else:
            break
    if j == a or all(is_initial(t) for t in toks[a:j]):
        return None
    return a, j


def read_backward(
    toks: list[Tok], end: int, blocked: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The name ending right before toks[end] (degrees skipped): (start, end) or None."""
    j = end
    # degrees between the name and the link: "Hamdan Syarbaini, S.Sos., M.Si, Inspektur …"
    while j > 0 and (
        is_degree(toks[j - 1]) or (toks[j - 1].text == "," and j < end and is_degree(toks[j]))
    ):
        j -= 1
    b = j
    while j > 0 and b - j < _MAX_NAME:
        t = toks[j - 1]
        if t.sent_end and j < b:
            break
        if is_name_word(t, blocked):
            j -= 1
        else:
            break
    if j > 0 and b - j >= 2 and _opens_name(toks, j - 1, blocked, 2):
        prev = toks[j - 2] if j >= 2 else None
        if prev is None or not prev.cap:
            j -= 1  # "Lalu Alwan Basri, Sekda …"
    while j < b - 1 and is_honorific(toks[j]):
        j += 1  # "Prof. Dr. H. Budi Santoso"
    if j == b or all(is_initial(t) for t in toks[j:b]):
        return None
    return j, b


def name_text(toks: list[Tok], a: int, b: int, text: str) -> str:
    """The name as written, single-spaced: "M Arief", "Ma'ruf Amin"."""
    return " ".join(text[toks[k].start : toks[k].end] for k in range(a, b))
