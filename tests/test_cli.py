"""The CLI: thin over the library, one-line errors with exact text."""

from __future__ import annotations

import json
from pathlib import Path

from netralitas.cli import main


def test_extract_prints_one_object_per_file_in_order(root: Path, capsys) -> None:
    files = sorted(str(p) for p in (root / "corpus").glob("*.txt"))[:2]
    assert main(["extract", *files, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["source"] for d in data] == files
    for key in ("title", "date", "election", "regions", "officials", "quotes", "activities"):
        assert key in data[0]


def test_extract_reports_every_bad_file_and_prints_the_good_ones(tmp_path: Path, capsys) -> None:
    (tmp_path / "kosong.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "rusak.txt").write_text("---\nurl: [\n---\nIsi berita.\n", encoding="utf-8")
    good = tmp_path / "baik.txt"
    good.write_text("Bupati Contoh Rudi Hartono meminta ASN netral.\n", encoding="utf-8")
    missing = tmp_path / "tidak-ada.txt"
    code = main(
        [
            "extract",
            str(tmp_path / "kosong.txt"),
            str(good),
            str(tmp_path / "rusak.txt"),
            str(missing),
        ]
    )
    out, err = capsys.readouterr()
    assert [d["source"] for d in json.loads(out)] == [str(good)]
    err = err.splitlines()
    assert code == 1
    assert err == [
        f"Error: {tmp_path / 'kosong.txt'}: no article text",
        f"Error: {tmp_path / 'rusak.txt'}:2: broken front matter: expected the node content, but found '<stream end>'",
        f"Error: {missing}: cannot read: No such file or directory",
    ]


def test_explain_adds_the_why_of_each_fact(root: Path, capsys) -> None:
    f = str(sorted((root / "corpus").glob("*.txt"))[0])
    assert main(["extract", f, "--explain", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data[0]["why"]) >= {"title", "date", "regions", "officials", "quotes"}


def test_explain_report_names_rule_and_place(root: Path, capsys) -> None:
    f = str(sorted((root / "corpus").glob("*.txt"))[0])
    assert main(["extract", f, "--explain"]) == 0
    report = capsys.readouterr().out
    assert report.startswith(f"# {f}\ntitle: ")
    assert "date: " in report and "election: " in report


def test_commands_are_listed(capsys) -> None:
    import pytest

    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    for command in ("extract", "build", "add", "check"):
        assert command in out


def test_check_as_a_program(tmp_path: Path) -> None:
    """What the pre-commit hook and CI run: the exit code says whether there are errors."""
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kosong.txt").write_text("", encoding="utf-8")
    cmd = [sys.executable, "-m", "netralitas", "check", "--corpus", str(corpus), "--no-pages"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert (proc.returncode, proc.stderr) == (1, "")
    assert proc.stdout.splitlines() == [
        f"{corpus / 'kosong.txt'}: no article text",
        "netralitas check: 1 article: 1 error, 0 warnings; pages not checked",
    ]
    (corpus / "kosong.txt").unlink()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert proc.returncode == 0
