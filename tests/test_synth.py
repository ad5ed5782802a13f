"""The synthetic corpus: realistic shape, deterministic, and readable by our own extractor."""

from __future__ import annotations

from netralitas.extract import extract_text
from netralitas.synth import generate


def test_shape_and_determinism() -> None:
    arts = list(generate(90, seed=7))
    assert [a.text for a in arts] == [a.text for a in generate(90, seed=7)]
    assert len({a.name for a in arts}) == 90
    sizes = [len(a.text.encode()) for a in arts]
    assert 2000 < sum(sizes) / len(sizes) < 4500
    assert len({a.truth.region for a in arts}) == 90  # spread over the kabupaten/kota
    people = {name for a in arts for name, _ in a.truth.officials}
    assert 20 <= len(people) <= 40  # about n/3 distinct officials


def test_extraction_recovers_what_the_articles_were_written_from() -> None:
    arts = list(generate(60, seed=11))
    hits = {"region": 0, "date": 0, "officials": 0, "quotes": 0}
    officials = quotes = 0
    for a in arts:
        ex = extract_text(a.text, a.name)
        hits["region"] += [r.name for r in ex.regions] == [a.truth.region]
        hits["date"] += bool(ex.date) and ex.date.date == a.truth.date
        found = {o.name for o in ex.officials}
        hits["officials"] += sum(name in found for name, _ in a.truth.officials)
        officials += len(a.truth.officials)
        hits["quotes"] += len(ex.quotes)
        quotes += a.truth.quotes
    assert hits["region"] == hits["date"] == len(arts)
    assert hits["officials"] >= 0.95 * officials
    assert hits["quotes"] == quotes
