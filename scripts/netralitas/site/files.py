"""Generated files on disk: write them atomically, remove stale ones, report drift.

A Markdown file in docs/ is generated when its front matter says `generated_by: netralitas
build` (the line schema.PageMeta writes); any other generated file (data/*.csv, feed.xml, …)
is listed in docs/.generated-files, which `write_pages` keeps up to date (MkDocs skips dot
files).  Only generated files are ever replaced or removed.  Hand-written files are never
touched, and a generated file that would replace one is an error.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Container
from dataclasses import dataclass, field
from pathlib import Path

from .schema import FENCE, GENERATOR, SiteError


@dataclass(frozen=True, order=True)
class Drift:
    """One way docs/ differs from what the corpus gives: "stale", "missing" or "extra"."""

    path: str
    state: str

    def __str__(self) -> str:
        return f"{self.state}: {self.path}"


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0


MARKER = f"generated_by: {GENERATOR}"
MANIFEST = ".generated-files"
MANIFEST_HEAD = "# Files in docs/ written by `netralitas build` besides its pages; never edit.\n"


def manifest_text(paths: list[str]) -> str:
    return MANIFEST_HEAD + "".join(f"{p}\n" for p in sorted(paths))


def listed_files(docs_dir: Path) -> list[str]:
    """The non-Markdown files docs/.generated-files lists (existing or not)."""
    text = _read(docs_dir / MANIFEST)
    if text is None:
        return []
    return [ln for ln in text.splitlines() if ln and not ln.startswith("#")]


def _others(pages: dict[str, str]) -> list[str]:
    return sorted(p for p in pages if not p.endswith(".md"))


def is_generated(path: Path) -> bool:
    """Whether the file's front-matter block has the line `generated_by: netralitas build`
    (the line PageMeta always writes); a line scan, no YAML parse: docs/ may hold 20,000
    pages."""
    try:
        with path.open(encoding="utf-8", errors="replace") as f:
            if f.readline().rstrip("\r\n") != FENCE:
                return False
            for line in f:
                line = line.rstrip("\r\n")
                if line == FENCE:
                    return False
                if line == MARKER:
                    return True
    except OSError:
        return False
    return False


def generated_files(docs_dir: Path, besides: Container[str] = ()) -> list[str]:
    """Docs-relative paths of every generated file under docs_dir, sorted: the pages, and
    the other files the manifest lists that exist; leaving out the paths in `besides` (the
    pages about to be written: no need to open 12,000 of them to learn they are ours)."""
    if not docs_dir.is_dir():
        return []
    pages = []
    for p in docs_dir.rglob("*.md"):
        rel = p.relative_to(docs_dir).as_posix()
        if rel not in besides and p.is_file() and is_generated(p):
            pages.append(rel)
    others = [
        r
        for r in listed_files(docs_dir)
        if r not in besides and _safe(r) and (docs_dir / r).is_file()
    ]
    return sorted({*pages, *others})


def _safe(rel: str) -> bool:
    return not rel.startswith("/") and ".." not in rel.split("/") and rel != MANIFEST


def _read(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _atomic_write(path: Path, text: str, made: set[Path] | None = None) -> None:
    """`made`: folders known to exist (30,000 files share a few thousand of them)."""
    if made is None or path.parent not in made:
        path.parent.mkdir(parents=True, exist_ok=True)
        if made is not None:
            made.add(path.parent)
    # A dot name: MkDocs ignores it should `mkdocs serve` look while we write.  open("xb")
    # (not mkstemp) so the file gets the usual permissions from the umask.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb") as f:
            f.write(text.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _check_targets(pages: dict[str, str], docs_dir: Path) -> None:
    listed = set(listed_files(docs_dir))
    for rel, text in pages.items():
        if not _safe(rel):
            raise SiteError(f"refusing to write outside docs/: {rel}")
        target = docs_dir / rel
        if not target.exists():
            continue
        if rel.endswith(".md"):
            if not is_generated(target):
                raise SiteError(
                    f"{target}: hand-written page in the way of a generated page; move or rename it"
                )
        elif rel not in listed and _read(target) != text:
            raise SiteError(
                f"{target}: hand-written file in the way of a generated file; move or rename it"
            )


def _prune_dirs(docs_dir: Path, removed: list[str]) -> None:
    """Remove directories the removals left empty (never docs_dir itself)."""
    dirs = {(docs_dir / r).parent for r in removed}
    for d in sorted(dirs, key=lambda p: len(p.parts), reverse=True):
        while d != docs_dir and d.is_dir() and not any(d.iterdir()):
            d.rmdir()
            d = d.parent


def write_pages(pages: dict[str, str], docs_dir: str | Path) -> WriteReport:
    """Make docs_dir hold exactly `pages` (Markdown pages and other files) among its
    generated files, and docs/.generated-files list the other files.

    Changed or new pages are written atomically (temporary file + rename); unchanged ones are
    left alone (their modification time too); generated pages not in `pages` are removed.
    """
    docs = Path(docs_dir)
    _check_targets(pages, docs)
    report = WriteReport()
    made: set[Path] = set()
    for rel, text in pages.items():
        target = docs / rel
        if _read(target) == text:
            report.unchanged += 1
            continue
        _atomic_write(target, text, made)
        report.written.append(rel)
    for rel in generated_files(docs, besides=pages):
        (docs / rel).unlink()
        report.removed.append(rel)
    manifest = manifest_text(_others(pages))
    if _read(docs / MANIFEST) != manifest and (_others(pages) or (docs / MANIFEST).exists()):
        _atomic_write(docs / MANIFEST, manifest)
    _prune_dirs(docs, report.removed)
    return report


def check_pages(pages: dict[str, str], docs_dir: str | Path) -> list[Drift]:
    """How docs_dir differs from `pages`: stale (content differs), missing, extra (generated
    but no longer produced).  Empty when the committed pages are up to date."""
    docs = Path(docs_dir)
    drift = []
    for rel, text in pages.items():
        current = _read(docs / rel)
        if current is None:
            drift.append(Drift(rel, "missing"))
        elif current != text:
            drift.append(Drift(rel, "stale"))
    drift += [Drift(rel, "extra") for rel in generated_files(docs, besides=pages)]
    drift.sort()
    current = _read(docs / MANIFEST)  # last: it follows from the files above
    if current is None and _others(pages):
        drift.append(Drift(MANIFEST, "missing"))
    elif current is not None and current != manifest_text(_others(pages)):
        drift.append(Drift(MANIFEST, "stale"))
    return drift
