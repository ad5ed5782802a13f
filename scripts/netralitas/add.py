"""`netralitas add`: one new article into the corpus, under a canonical name, never overwriting.

The article comes as a text file (copied from the web page, optionally with front matter),
standard input (`-`), a saved HTML page or a URL (both read by trafilatura, html.py).  It is
refused when the corpus already has the same text, and held back when it is a near duplicate
(the same story from another outlet, or small edits) unless the caller allows it; the file then
records what it resembles (`near_duplicate_of`) so `netralitas check` stays quiet about it.

The new file is created atomically: its text goes to a temporary file in the corpus directory,
which is then hard-linked under the final name; the link fails rather than replace an existing
file, so nothing is ever overwritten or half-written.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from . import corpus, duplicates, html
from .corpus import CorpusFile, CorpusMeta
from .errors import CorpusError, NetralitasError, Problem
from .extract import extract_file
from .model import Extraction
from .site.text import file_slug, slugify

SLUG_WORDS = 5  # words of the title in the file name
SLUG_CHARS = 50
STDIN = "<stdin>"  # how problems name standard input


class AddError(NetralitasError):
    """The article cannot be added (duplicate, unreadable source, bad option)."""


@dataclass
class Source:
    body: str  # article text, "\n" line ends, ending in one newline
    body_line: int  # line of the body in the source (after its front matter)
    meta: CorpusMeta  # what the source says: its front matter, or the page's metadata
    kind: str  # "text" | "html" | "url"
    origin: str  # the path, "-" or the URL, as given


@dataclass
class Added:
    path: Path  # the new corpus file (or the one it would be, on a dry run)
    extraction: Extraction
    source: Source
    near: duplicates.Match | None  # the near duplicate it was allowed to be


def _tidy(body: str, body_line: int) -> tuple[str, int]:
    """Without blank lines at the start and trailing white space; ends in one newline."""
    lead = len(body) - len(body.lstrip("\n"))
    return body[lead:].rstrip() + "\n", body_line + lead


def _page(raw: bytes, origin: str, url: str | None = None) -> html.Page:
    try:
        return html.extract(raw, url=url)
    except html.HtmlError as e:
        raise AddError(f"{origin}: {e}") from None


def _from_page(page: html.Page, kind: str, origin: str) -> Source:
    meta = CorpusMeta(url=page.url, outlet=page.sitename, published=page.date)
    return Source(*_tidy(page.text, 1), meta, kind, origin)


def _from_bytes(raw: bytes, origin: str) -> Source:
    if html.looks_like_html(raw):
        return _from_page(_page(raw, origin), "html", origin)
    text = corpus.decode(raw, origin).replace("\r\n", "\n").replace("\r", "\n")
    cf = corpus.parse(text, origin)  # its front matter, if it has one; "no article text"
    return Source(*_tidy(cf.body, cf.body_line), cf.meta, "text", origin)


def read_source(source: str, stdin: BinaryIO | None = None) -> Source:
    """The article named by `source`: "-" (standard input), an http(s) URL, or a file."""
    if source == "-":
        if stdin is None:
            raise AddError("no standard input to read the article from")
        return _from_bytes(stdin.read(), STDIN)
    if html.is_url(source):
        return _from_page(_page(html.fetch(source), source, source), "url", source)
    try:
        raw = Path(source).read_bytes()
    except OSError as e:
        raise CorpusError([Problem(source, None, f"cannot read: {e.strerror}")]) from None
    return _from_bytes(raw, source)


def _date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        return corpus.iso_date(value)
    except ValueError as e:
        raise AddError(f"{option}: {e}") from None


def canonical_name(ex: Extraction, meta: CorpusMeta) -> str:
    """`<date>-<region>-<title words>`: "2024-10-01-kota-kendari-pj-wali-kota-ingatkan-asn".

    The event date, else the publication date, else the date added; the first kabupaten/kota
    (else province) found; the first words of the title (else of the text)."""
    date = ex.date.date if ex.date else meta.published or meta.added
    regions = sorted(ex.regions, key=lambda r: r.kind == "provinsi")  # stable: keeps order
    region = slugify(regions[0].name) if regions else ""
    first = next((ln for ln in ex.clean_text.splitlines() if ln.strip()), "")
    words = slugify(ex.title.value if ex.title else first).split("-")
    slug = ""
    for w in words[:SLUG_WORDS]:
        if slug and len(slug) + 1 + len(w) > SLUG_CHARS:
            break
        slug = f"{slug}-{w}" if slug else w[:SLUG_CHARS]
    return "-".join(part for part in (date, region, slug or "artikel") if part)


def create_new(directory: Path, stem: str, text: str) -> Path:
    """Create `<stem>.txt` (else `<stem>-2.txt`, `-3`, ...) holding `text`; never replaces a
    file, never leaves a partial one under a corpus name."""
    tmp = directory / f".{stem}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        with open(tmp, "xb") as f:
            f.write(text.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        for n in range(1, 1000):
            target = directory / (f"{stem}.txt" if n == 1 else f"{stem}-{n}.txt")
            try:
                os.link(tmp, target)
            except FileExistsError:
                continue
            return target
        raise AddError(f"{directory}: too many files named {stem}-N.txt")
    finally:
        tmp.unlink(missing_ok=True)


def _index(corpus_dir: Path) -> duplicates.Index:
    """Every readable corpus text; unreadable files are `netralitas check`'s business."""
    index = duplicates.Index()
    for path in corpus.corpus_files(corpus_dir):
        try:
            text = corpus.decode(path.read_bytes(), str(path))
        except (OSError, CorpusError):
            continue
        _, body, _ = corpus.split_front_matter(text)
        index.add(str(path), body, search=False)
    return index


def _check_duplicate(
    index: duplicates.Index, body: str, allow_near: bool
) -> duplicates.Match | None:
    match = index.find(body)
    if match is None:
        return None
    if match.exact:
        raise AddError(f"already in the corpus: {match.name} has the same text")
    if not allow_near:
        raise AddError(
            f"near duplicate of {match.name} (similarity {match.similarity:.2f}); "
            "add it anyway with --allow-near-duplicate"
        )
    return match


def add_article(
    source: str,
    corpus_dir: str | Path = "corpus",
    *,
    url: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    added: str | None = None,
    name: str | None = None,
    allow_near_duplicate: bool = False,
    dry_run: bool = False,
    stdin: BinaryIO | None = None,
) -> Added:
    """Read, check for duplicates, extract, name and write one new corpus file.

    Options override what the source says; `added` defaults to today.  Raises AddError (or
    CorpusError, HtmlError) with a one-line message; nothing is written then."""
    cdir = Path(corpus_dir)
    if not cdir.is_dir():
        raise AddError(f"no corpus directory: {cdir}")
    if name is not None and (name.endswith(".txt") or file_slug(name) != name):
        raise AddError(
            f"--name: {name!r} is not a file name of lower-case letters, digits, - and _"
        )
    published, added = _date(published, "--published"), _date(added, "--added")
    src = read_source(source, stdin)
    meta = replace(
        src.meta,
        url=url or src.meta.url,
        outlet=outlet or src.meta.outlet,
        published=published or src.meta.published,
        added=added or src.meta.added or dt.date.today().isoformat(),
    )
    match = _check_duplicate(_index(cdir), src.body, allow_near_duplicate)
    if match is not None:
        meta.near_duplicate_of = [*meta.near_duplicate_of, Path(match.name).name]
    # Problems (a correction that cannot hold) name the source and its lines.
    ex = extract_file(CorpusFile(src.origin, src.body, src.body_line, meta))
    text = corpus.dump_front_matter(meta) + src.body
    stem = name or canonical_name(ex, meta)
    corpus.parse(text, f"{cdir / stem}.txt")  # what we write must read back
    path = cdir / f"{stem}.txt" if dry_run else create_new(cdir, stem, text)
    return Added(path, ex, src, match)


def summary(result: Added) -> list[str]:
    """What was extracted, in a few lines, for the maintainer to review."""
    x, meta = result.extraction, result.source.meta

    def value(v: object) -> str:
        return str(v) if v not in (None, "", []) else "-"

    speakers = sum(1 for q in x.quotes if q.speaker)
    date = None
    if x.date:
        date = f"{x.date.date} ({x.date.text})" if x.date.text else x.date.date
    rows = [
        ("title", x.title.value if x.title else None),
        ("outlet", x.outlet.value if x.outlet else meta.outlet),
        ("url", x.url),
        ("published", x.published),
        ("date", date),
        ("regions", ", ".join(f"{r.name} ({r.province})" for r in x.regions)),
        ("officials", ", ".join(f"{o.name} ({o.role})" if o.role else o.name for o in x.officials)),
        ("quotes", f"{len(x.quotes)}, {speakers} with a speaker" if x.quotes else None),
        ("election", x.election.value if x.election else None),
        ("activities", ", ".join(a.kind for a in x.activities)),
    ]
    lines = [f"  {label + ':':<11} {value(v)}" for label, v in rows]
    if result.near is not None:
        lines.append(
            f"  note: near duplicate of {result.near.name} "
            f"(similarity {result.near.similarity:.2f}), added as asked"
        )
    return lines
