"""Golden cases: tests/golden/STAGE/NAME.txt (an article in our own words) and NAME.yaml (the
facts expected of it).  The YAML holds a subset of the `extract --format json` keys; a list of
mappings is compared on the keys its expected items name, in order.  Add a case by adding files.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from netralitas.extract import extract_text

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*/*.txt"))


def project(actual, expected):
    """Reduce `actual` to the shape of `expected` so only named keys are compared."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return {k: project(actual.get(k), v) for k, v in expected.items()}
    if isinstance(expected, list) and isinstance(actual, list):
        if expected and all(isinstance(e, dict) for e in expected):
            keys = set().union(*expected)
            return [{k: a.get(k) for k in keys} if isinstance(a, dict) else a for a in actual]
        return actual
    return actual


@pytest.mark.parametrize("case", CASES, ids=[f"{c.parent.name}/{c.stem}" for c in CASES])
def test_golden(case: Path) -> None:
    expected = yaml.safe_load(case.with_suffix(".yaml").read_text(encoding="utf-8"))
    text = case.read_text(encoding="utf-8")
    actual = extract_text(text, source=case.name, article_id=case.stem).to_json()
    for key, want in expected.items():
        if key == "date" and want is not None:
            want = str(want)
        got = project(actual.get(key), want)
        assert got == want, f"{case.parent.name}/{case.name}: {key}"
