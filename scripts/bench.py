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
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CHILD = """
import json, sys
from netralitas.site.build import build
r = build(sys.argv[1], sys.argv[2], sys.argv[3])
print(json.dumps({"seconds": r.seconds, "pages": r.pages, "files": r.files, "articles": r.articles}))
"""
# Adding one article to a built corpus: how many files are extracted again, and how long the
# extraction step takes with the cache the full build left.
_ADD_ONE = """
import json, sys, time
from pathlib import Path
from netralitas import corpus
from netralitas.cache import open_store
from netralitas.site.build import extract_corpus
from netralitas.synth import generate
cdir = Path(sys.argv[1])
new = next(iter(generate(1, seed=int(sys.argv[2]))))
(cdir / ("zz-added-" + new.name)).write_text(new.text, encoding="utf-8")
store = open_store(cdir, True)
files = corpus.corpus_files(cdir)
misses = sum(store.get(store.key(str(p), p.read_bytes())) is None for p in files)
t = time.perf_counter()
extract_corpus(cdir, store)
store.close()
print(json.dumps({"files": len(files), "extracted": misses, "seconds": time.perf_counter() - t}))
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


def cores() -> int:
    from netralitas.parallel import cores as usable

    return usable()


def scratch_project(dest: Path, n: int, seed: int) -> None:
    from netralitas.synth import generate

    (dest / "corpus").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    if (ROOT / "overrides").is_dir():
        shutil.copytree(ROOT / "overrides", dest / "overrides")
    shutil.copytree(ROOT / "docs", dest / "docs")  # hand-written pages; stale generated ones go
    for art in generate(n, seed):
        (dest / "corpus" / art.name).write_text(art.text, encoding="utf-8")


def _memory(pid: Path, status: dict[str, str]) -> int:
    """A process's share of memory (KiB): its proportional set size, which counts a page
    shared with forked workers once across them (their RSS would count it in each), or its
    RSS where the kernel does not tell."""
    try:
        for line in (pid / "smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return int(status.get("VmRSS", "0 kB").split()[0])


def _tree_memory(root: int) -> int:
    """Memory (KiB) held now by process `root` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    entries: dict[int, tuple[Path, dict[str, str]]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue  # the process ended meanwhile
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid, ppid = int(entry.name), int(fields.get("PPid", "0").strip() or 0)
        children.setdefault(ppid, []).append(pid)
        entries[pid] = (entry, fields)
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        if pid in entries:
            total += _memory(*entries[pid])
        todo += children.get(pid, [])
    return total


@dataclass
class Child:
    stdout: str
    seconds: float
    peak_one: int  # MiB: the largest single process (its and its children's ru_maxrss)
    peak_sum: int | None  # MiB: the most the whole process tree held at once (Linux only)


def run_child(code: str, *args: str) -> Child:
    """Run Python code in a child, sampling the memory of its process tree every 0.1 s."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    sampling = Path("/proc/self/status").exists()
    t = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak_sum = 0
    out: list[str] = []
    reader = threading.Thread(target=lambda: out.extend(proc.communicate()), daemon=True)
    reader.start()
    while reader.is_alive():
        if sampling:
            peak_sum = max(peak_sum, _tree_memory(proc.pid))
        reader.join(0.1)
    seconds = time.perf_counter() - t
    stdout, stderr = out
    if proc.returncode != 0:
        sys.exit(f"Error: benchmark step failed:\n{stderr[-2000:]}")
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return Child(stdout, seconds, peak // 1024, peak_sum // 1024 if sampling else None)


# The worst case (a word on nearly every page) and ordinary words a reader types.
SEARCH_TERMS = ("netralitas", "apel", "cianjur", "bawaslu")


def first_queries(site: Path) -> str:
    """Bytes (gzip) a browser fetches for a first search of each of SEARCH_TERMS, measured in
    Chromium by scripts/first_query.py; why not, when it cannot run here."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import first_query

        got = [first_query.measure(site, term) for term in SEARCH_TERMS]
    except (ImportError, RuntimeError) as e:
        return f"not measured ({e})"
    finally:
        sys.path.pop(0)
    return ", ".join(f"{g['term']!r} {g['gzip'] / 1000:.0f} KB" for g in got) + " (gzip)"


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


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
        whole = run_child(_CHILD, str(work / "corpus"), str(work / "docs"), str(work / "site"))
        result = json.loads(whole.stdout.strip().splitlines()[-1])
        bare = run_child(
            _BARE, str(work / "mkdocs.yml"), str(work / "docs"), str(work / "site-bare")
        ).seconds
        added = json.loads(
            run_child(_ADD_ONE, str(work / "corpus"), str(args.seed + 1)).stdout.splitlines()[-1]
        )
        secs = result["seconds"]
        jobs = cores()  # what `netralitas build` uses by default
        rate = args.n / max(secs.get("extract", 0), 1e-9)
        # Issue 6's ratio: what our code adds to MkDocs (Pagefind runs after either way).
        ours = sum(secs.get(k, 0) for k in ("extract", "render", "write", "mkdocs"))
        memory = f"largest process {whole.peak_one:,} MiB"
        if whole.peak_sum is not None:
            memory += f", all processes at once {whole.peak_sum:,} MiB (PSS)"
        report = [
            f"## Benchmark: {args.n:,} synthetic articles",
            "",
            f"- machine: {machine()}; load average before: {load()}",
            f"- corpus: {args.n:,} articles, {corpus_bytes / 1e6:.1f} MB "
            f"({corpus_bytes / max(args.n, 1) / 1000:.1f} KB each), generated in {gen:.1f} s",
            f"- pages: {result['pages']:,} (and {result['files']:,} other generated files: data, "
            f"feeds, citations); site: {du(work / 'site') / 1e6:.0f} MB",
            f"- extraction: {secs.get('extract', 0):.1f} s = {rate:.0f} articles/s on "
            f"{jobs} processes = {rate / jobs:.0f} articles/s per core (cold cache)",
        ]
        report += [
            f"- adding one article afterwards: {added['extracted']} of {added['files']:,} files "
            f"extracted, the rest from the cache; extraction step {added['seconds']:.1f} s"
        ]
        report += [f"- {k}: {v:.1f} s" for k, v in secs.items() if k != "extract"]
        report += [
            f"- first search, bytes fetched: {first_queries(work / 'site')}",
            f"- whole build (child process, wall): {whole.seconds:.1f} s",
            f"- peak memory: {memory}",
            f"- bare `mkdocs build --strict` of the same pages: {bare:.1f} s",
            f"- ratio extraction + rendering + MkDocs / bare MkDocs: {ours / bare:.2f}",
            f"- ratio whole build (with Pagefind) / bare MkDocs: {whole.seconds / bare:.2f}",
        ]
        print("\n".join(report))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
