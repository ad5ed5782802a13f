#!/usr/bin/env python3
"""Benchmark the whole pipeline on a synthetic corpus of N articles.

    .venv/bin/python scripts/bench.py                # N = 10,000
    .venv/bin/python scripts/bench.py -n 1000 --keep /tmp/bench

It generates N articles (netralitas.synth), copies mkdocs.yml and the hand-written pages into a
scratch project, runs `netralitas build` there in a child process (extraction, pages, MkDocs,
search index), then a bare `mkdocs build --strict` of the same pages, and prints a Markdown
report: the machine, articles/s, the time of each phase, peak memory, site size, and the ratio of
the whole pipeline to the bare MkDocs build.  Recorded results: docs/benchmark.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CHILD = """
import json, sys
from netralitas.site.build import build
r = build(sys.argv[1], sys.argv[2], sys.argv[3])
print(json.dumps({"seconds": r.seconds, "pages": r.pages, "articles": r.articles}))
"""
_BARE = """
import sys
from pathlib import Path
from netralitas.site.build import mkdocs_build
mkdocs_build(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
"""


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(
            int(x.split()[1]) // 1024
            for x in Path("/proc/meminfo").read_text().splitlines()
            if x.startswith("MemTotal")
        )
    except (OSError, StopIteration):
        mem = 0
    return f"{os.cpu_count()} cores ({cpu}), {mem / 1024:.0f} GiB RAM, Python {platform.python_version()}"


def scratch_project(dest: Path, n: int, seed: int) -> None:
    from netralitas.synth import generate

    (dest / "corpus").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    if (ROOT / "overrides").is_dir():
        shutil.copytree(ROOT / "overrides", dest / "overrides")
    shutil.copytree(ROOT / "docs", dest / "docs")  # hand-written pages; stale generated ones go
    for art in generate(n, seed):
        (dest / "corpus" / art.name).write_text(art.text, encoding="utf-8")


def run_child(code: str, *args: str) -> tuple[str, float, int]:
    """Run Python code in a child; (stdout, seconds, peak RSS in MiB of it and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if proc.returncode != 0:
        sys.exit(f"Error: benchmark step failed:\n{proc.stderr[-2000:]}")
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return proc.stdout, seconds, peak // 1024


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=10_000, help="articles (default 10,000)")
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--keep", type=Path, help="build in this (new) folder and keep it")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="netralitas-bench-"))
    if args.keep and work.exists():
        sys.exit(f"Error: {work} exists; name a new folder")
    try:
        t = time.perf_counter()
        scratch_project(work, args.n, args.seed)
        gen = time.perf_counter() - t
        corpus_bytes = du(work / "corpus")
        out, total, peak = run_child(
            _CHILD, str(work / "corpus"), str(work / "docs"), str(work / "site")
        )
        result = json.loads(out.strip().splitlines()[-1])
        _, bare, _ = run_child(
            _BARE, str(work / "mkdocs.yml"), str(work / "docs"), str(work / "site-bare")
        )
        secs = result["seconds"]
        report = [
            f"## Benchmark: {args.n:,} synthetic articles",
            "",
            f"- machine: {machine()}",
            f"- corpus: {args.n:,} articles, {corpus_bytes / 1e6:.1f} MB "
            f"({corpus_bytes / max(args.n, 1) / 1000:.1f} KB each), generated in {gen:.1f} s",
            f"- pages: {result['pages']:,}; site: {du(work / 'site') / 1e6:.0f} MB",
            f"- extraction: {secs.get('extract', 0):.1f} s = "
            f"{args.n / max(secs.get('extract', 1e-9), 1e-9):.0f} articles/s",
        ]
        report += [f"- {k}: {v:.1f} s" for k, v in secs.items() if k != "extract"]
        report += [
            f"- whole build (child process, wall): {total:.1f} s; peak memory {peak:,} MiB",
            f"- bare `mkdocs build --strict` of the same pages: {bare:.1f} s",
            f"- ratio whole pipeline / bare MkDocs: {total / bare:.2f}",
        ]
        print("\n".join(report))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
