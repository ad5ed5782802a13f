"""The faster forms of the extraction's regexes and quick tests give the same answers as the
plain forms they replace (speed itself is measured by a script, not here)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from netralitas import rules
from netralitas.extract import activities, election, mentions, names, roles
from netralitas.extract.leading import after_first
from netralitas.extract.patterns import join, may_match

# Words the rules look for, glued with spaces and punctuation, and characters that case
# folding treats oddly (İ ı ſ K).
_WORDS = (
    "pemilu pilkada pemilihan umum kepala daerah 2024 14 27 februari nov. dan & serta / "
    "deklarasi ikrar mendeklarasikan menghimbau himbauan imbau diimbau sanksi tanpa apel buah "
    "pengawasan bawaslu badan pengawas sapaan akrab kata bupati wali kota camat kecamatan "
    "Bupati KEPALA x İ ı ſ \u212a é - ' ’ “ ” ( ) , . :"
)
_VOCAB = [*_WORDS.split(), "\n"]
_TEXTS = st.lists(st.sampled_from(_VOCAB), max_size=30).map(
    lambda ws: "".join(w + s for w, s in zip(ws, [" ", "", "-", ". "] * 10, strict=False))
)
_CORPUS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]


def _plain(groups: list[tuple[str, list[re.Pattern[str]]]]) -> re.Pattern[str]:
    """The keyword patterns as one plain alternation: what patterns.join must match."""
    items = [p.pattern for _n, ps in groups for p in ps]
    return re.compile("|".join(f"(?:{p})(?P<g{k}>)" for k, p in enumerate(items)))


def _keyword_groups() -> list[list[tuple[str, list[re.Pattern[str]]]]]:
    a = activities._rules()
    e = election._rules()
    elect = [("ignore", e["ignore"]), ("joint", e["joint"]), ("generic", e["generic"])]
    elect += [(k, ps) for k, ps in e["mentions"].items()] + [(k, ps) for k, ps in e["weak"].items()]
    return [[(k, ps) for k, ps in a["keywords"].items()], elect]


def _same_scan(texts: list[str]) -> None:
    for groups in _keyword_groups():
        joined, plain = join(groups), _plain(groups)
        kinds = [n for n, ps in groups for _p in ps]
        assert not joined.rx.pattern.startswith("\\b")  # the fast form was built
        for text in texts:
            low = text.lower()
            got = [(kind, m.span(), m.group()) for kind, m in joined.scan(low)]
            want = [(kinds[int(m.lastgroup[1:])], m.span(), m.group()) for m in plain.finditer(low)]
            assert got == want


def test_keyword_scanners_match_the_plain_alternation_on_the_corpus() -> None:
    _same_scan(_CORPUS)


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=5))
def test_keyword_scanners_match_the_plain_alternation(texts: list[str]) -> None:
    _same_scan(texts)


def test_after_first_reads_optional_and_alternative_starts() -> None:
    pattern = r"\b(meng|di)?h?imbau(an|kan)?\b"
    rests = {c: after_first(pattern, c) for c in "mdhix"}
    assert rests["x"] is None
    for text in ["menghimbau", "mengimbauan", "diimbaukan", "himbau", "imbau", "meng", "dix"]:
        rest = rests[text[0]]
        assert rest is not None
        fast = re.match(f"{re.escape(text[0])}(?:{rest})", text)
        slow = re.match(pattern, text)
        assert (fast and fast.span()) == (slow and slow.span())


def test_may_match_never_hides_a_match() -> None:
    patterns = [p for ps in activities._rules()["negative"].values() for p in ps]
    patterns += names.data()["nickname_before"] + names.data()["related_markers"]
    texts = [*_CORPUS, "kata John, sapaan akrab Johannes", "kata John, SAPAİAN", "tanpa ſanksi"]
    for p in patterns:
        for text in texts:
            if p.search(text):
                assert may_match(p, text)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_lower_role_starts_match_the_lookbehind_form(text: str) -> None:
    phrases = rules.load("roles", roles._SPEC)["lower_case_starts"]
    alts = "|".join(re.escape(w) for w in sorted(phrases, key=len, reverse=True))
    plain = re.compile(rf"(?<![\w-])(?:{alts})(?![\w'’-])")
    fast = roles.data()["lower_re"]
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_has_word_is_space_words_meeting_the_words(text: str) -> None:
    for words in (roles.data()["lower_first"], frozenset({"camat", "Kec", "x"})):
        assert names.has_word(text, words) == (not words.isdisjoint(names.space_words(text)))


_NAME = st.text(alphabet="abdehiknrsuy ", min_size=3, max_size=16)


@settings(max_examples=400, deadline=None)
@given(_NAME, st.integers(0, 15), st.text(alphabet="abdehiknrsuy ", max_size=2))
def test_same_name_quick_bounds_keep_the_answer(a: str, at: int, edit: str) -> None:
    b = a[:at] + edit + a[at + 1 :]  # a near spelling: ratios close to the threshold
    wa, wb = mentions.words(a), mentions.words(b)
    if wa == wb:
        want = True
    elif len(wa) != len(wb) or len(wa) < 2:
        want = False
    else:
        sm = SequenceMatcher(None, " ".join(wa), " ".join(wb))
        want = sm.real_quick_ratio() >= 0.85 and sm.quick_ratio() >= 0.85 and sm.ratio() >= 0.85
    assert mentions.same_name(a, b) == want
