"""The eval gate: extraction must not fall below the pinned floors (tests/eval/floors.yaml)."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SHARED_EVAL

FLOORS = yaml.safe_load((ROOT / "tests" / "eval" / "floors.yaml").read_text(encoding="utf-8"))
SCORER = SHARED_EVAL / "score.py"


def score(raw: Path, gold: Path, tmp_path: Path) -> dict[str, float]:
    out = tmp_path / "measures.json"
    cmd = f"{shlex.quote(sys.executable)} -m netralitas extract --format json"
    proc = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            "--raw",
            str(raw),
            "--gold",
            str(gold),
            "--cmd",
            cmd,
            "--json",
            str(out),
            "-v",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    print(proc.stdout)
    return json.loads(out.read_text())


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is not beside this checkout")
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_quality_floor(name: str, tmp_path: Path) -> None:
    base = SHARED_EVAL if name == "shared" else ROOT / "tests" / "eval" / name
    measures = score(base / "raw", base / "gold", tmp_path)
    below = {
        k: (round(measures.get(k, 0.0), 3), floor)
        for k, floor in FLOORS[name].items()
        if measures.get(k, 0.0) + 1e-9 < floor
    }
    assert not below, f"{name}: measures below their floors (measured, floor): {below}"
