"""The Metodologi page: how each kind of fact is extracted (one paragraph per pipeline stage,
in the pipeline's order), the accuracy measured at build time on the annotated test articles,
what "diperiksa manusia" means, and how to report a wrong fact.  Text in metodologi.yaml.

The prose of metodologi.yaml is hand-written Markdown (one page, no corpus text in it); what
the build computes (the accuracy table) is HTML like the other generated pages."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from ..errors import RulesError
from ..evaluate import ORDER, Evaluation, Measure
from ..extract import STAGES
from .archive import Archive
from .blocks import CHECKED, generated_page, section
from .html import blocks, cat, p, strong, table
from .schema import PageMeta

PAGE = "metodologi.md"
_WHERE = "site/metodologi.yaml"
_TEXTS = ("intro", "corrections", "accuracy_intro", "accuracy_notes", "no_evaluation")
_TEXTS += ("checked", "report")


@cache
def texts() -> dict[str, Any]:
    data = yaml.safe_load(
        resources.files(__package__).joinpath("metodologi.yaml").read_text("utf-8")
    )
    if not isinstance(data, dict):
        raise RulesError(f"{_WHERE}: expected a mapping")
    missing = [k for k in _TEXTS if not isinstance(data.get(k), str)]
    stages = data.get("stages") if isinstance(data.get("stages"), dict) else {}
    missing += [f"stages.{name}" for name, _ in STAGES if not isinstance(stages.get(name), str)]
    measures = data.get("measures") if isinstance(data.get("measures"), dict) else {}
    missing += [f"measures.{m}" for m in ORDER if not isinstance(measures.get(m), str)]
    if missing:
        raise RulesError(f"{_WHERE}: missing text for {', '.join(missing)}")
    return data


def number(x: float) -> str:
    """0.95 -> "0,950" (Indonesian decimal comma)."""
    return f"{x:.3f}".replace(".", ",")


def _row(m: Measure) -> list[str]:
    label = texts()["measures"][m.name]
    if m.counted:
        counts = f"{m.hits} benar / {m.predicted} ditemukan / {m.gold} anotasi"
        return [label, number(m.precision), number(m.recall), number(m.value), counts]
    return [label, "", "", number(m.value), f"{m.hits} benar dari {m.gold}"]


def accuracy(evaluation: Evaluation | None) -> str:
    t = texts()
    if evaluation is None:
        return t["no_evaluation"]
    rows = [_row(m) for m in evaluation.measures]
    measured = p(cat("Diukur pada ", strong(f"{evaluation.articles} artikel uji"), "."))
    tab = table(["Fakta", "Presisi", "Recall", "F1 / akurasi", "Hitungan"], rows)
    return blocks(t["accuracy_intro"], measured, tab, t["accuracy_notes"])


def methodology_page(archive: Archive, evaluation: Evaluation | None) -> str:
    t = texts()
    stages = "\n\n".join(f"{n}. {t['stages'][name]}" for n, (name, _) in enumerate(STAGES, 1))
    body = [
        "# Metodologi",
        t["intro"],
        section("Cara fakta diekstrak", None, f"{stages}\n\n{t['corrections']}", ""),
        section("Akurasi", None, accuracy(evaluation), ""),
        section("Tanda diperiksa manusia", None, blocks(p(CHECKED), t["checked"]), ""),
        section("Melaporkan fakta yang keliru", None, t["report"], ""),
    ]
    meta = PageMeta(
        title="Metodologi",
        kind="informasi",
        generated_from=archive.all_sources,
        description="Cara fakta diekstrak dari berita, akurasinya, dan cara melaporkan kesalahan.",
    )
    return generated_page(meta, *body)
