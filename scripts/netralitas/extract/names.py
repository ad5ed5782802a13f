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
}
_MAX_NAME = 6

# a word (with inner dots, hyphens, apostrophes and slashes: "S.Sos", "Una-Una", "Ma'ruf",
# "0608/Cianjur", and a final dot) or one punctuation character
_TOKEN = re.compile(r"\w[\w'’./-]*|[^\w\s]")
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
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


@cache
def data() -> dict:
    d = dict(rules.load("names", _SPEC))
    for key in ("honorifics", "abbreviations", "ranks", "degrees", "stopwords", "particles"):
        d[key + "_set"] = frozenset(norm(s) for s in d[key])
    return d


def norm(text: str) -> str:
    return "".join(text.lower().replace(".", "").split())


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
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        t = m.group()
        s, e = m.span()
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
    d = data()
    return tok.word and (tok.norm in d["honorifics_set"] or tok.norm in d["ranks_set"])


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


def read_forward(
    toks: list[Tok], i: int, blocked: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The name starting at toks[i] (after titles): (start, end) token indices, or None."""
    a = skip_titles(toks, i)
    j = a
    particles = data()["particles_set"]
    while j < len(toks) and j - a < _MAX_NAME:
        t = toks[j]
        if is_name_word(t, blocked) and not is_degree(t):
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
    while j < b - 1 and is_honorific(toks[j]):
        j += 1  # "Prof. Dr. H. Budi Santoso"
    if j == b or all(is_initial(t) for t in toks[j:b]):
        return None
    return j, b


def name_text(toks: list[Tok], a: int, b: int, text: str) -> str:
    """The name as written, single-spaced: "M Arief", "Ma'ruf Amin"."""
    return " ".join(text[toks[k].start : toks[k].end] for k in range(a, b))
