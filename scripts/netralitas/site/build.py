"""`build`: corpus -> extractions -> pages in docs/ -> `mkdocs build --strict` -> site/ ->
Pagefind search index in site/pagefind/.

Pages are plain files written before MkDocs runs, with their search attributes in them; neither
MkDocs nor Pagefind needs a plugin or hook.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

import yaml

from .. import api, corpus
from ..cache import ExtractionCache, open_store
from ..model import Extraction
from ..parallel import forking, gc_paused
from .files import Drift, WriteReport, check_pages, write_pages
from .render import site_files
from .schema import SiteError
from .search import IndexReport, index_site

T = TypeVar("T")


@dataclass
class BuildResult:
    articles: int
    pages: int  # Markdown pages
    files: int  # other generated files (data, feeds, citation files)
    report: WriteReport
    seconds: dict[str, float] = field(default_factory=dict)  # extract … mkdocs, pagefind
    search: IndexReport | None = None  # None when the site was not built

    def summary(self) -> str:
        times = ", ".join(f"{k} {v:.2f} s" for k, v in self.seconds.items())
        r = self.report
        text = (
            f"{self.articles} articles, {self.pages} pages and {self.files} other files "
            f"({len(r.written)} written, {len(r.removed)} removed, {r.unchanged} unchanged); "
            f"{times}"
        )
        return f"{text}; {self.search.summary()}" if self.search else text


def _corpus_files(corpus_dir: Path) -> list[Path]:
    if not corpus_dir.is_dir():
        raise SiteError(f"no corpus directory: {corpus_dir}")
    return corpus.corpus_files(corpus_dir)


def extract_corpus(
    cdir: Path, store: ExtractionCache | None, jobs: int | None = None
) -> list[Extraction]:
    """Every corpus file's extraction, on every core (or `jobs`), unchanged ones from `store`."""
    return api.extract_paths(_corpus_files(cdir), cache=store, jobs=jobs, progress=True)


@contextmanager
def _store(cdir: Path, cache: bool | str | Path) -> Iterator[ExtractionCache | None]:
    store = open_store(cdir, cache)
    try:
        yield store
    finally:
        if store is not None:
            store.close()


def render_corpus(corpus_dir: str | Path, cache: bool | str | Path = True) -> dict[str, str]:
    """Every generated page for the corpus in `corpus_dir` (`cache`: see cache.open_store)."""
    cdir = Path(corpus_dir)
    with _store(cdir, cache) as store:
        return site_files(extract_corpus(cdir, store), cdir, store)


def check(
    corpus_dir: str | Path, docs_dir: str | Path, cache: bool | str | Path = True
) -> list[Drift]:
    """The drift check: how the pages in docs_dir differ from what the corpus gives."""
    return check_pages(render_corpus(corpus_dir, cache), docs_dir)


def _read_config(config_file: Path) -> dict:
    try:
        data = yaml.load(config_file.read_text("utf-8"), Loader=_ConfigLoader)
    except (OSError, yaml.YAMLError) as e:
        raise SiteError(f"cannot read {config_file}: {e}") from None
    return data if isinstance(data, dict) else {}


def _config_docs_dir(config_file: Path) -> Path:
    docs = _read_config(config_file).get("docs_dir", "docs")
    return (config_file.parent / docs).resolve()


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml may use tags (!ENV, !!python/name) that only MkDocs understands."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def _child_config(config_file: Path, docs_dir: Path) -> dict:
    """A config inheriting config_file with another docs_dir.  MkDocs resolves relative paths
    against the file that names them last, the child here, so the theme's custom_dir (the
    overrides) is made absolute too."""
    child: dict = {"INHERIT": str(config_file), "docs_dir": str(docs_dir.resolve())}
    theme = _read_config(config_file).get("theme")
    if isinstance(theme, dict) and isinstance(theme.get("custom_dir"), str):
        custom = (config_file.parent / theme["custom_dir"]).resolve()
        child["theme"] = {"custom_dir": str(custom)}
    return child


def mkdocs_build(config_file: Path, docs_dir: Path, site_dir: Path) -> None:
    """`mkdocs build --strict` with `config_file`, pointed at docs_dir (through a temporary
    config that inherits it, when docs_dir is not the config's own); SiteError on failure."""
    with tempfile.TemporaryDirectory(prefix="netralitas-mkdocs-") as tmp:
        cfg = config_file.resolve()
        if _config_docs_dir(cfg) != docs_dir.resolve():
            child = Path(tmp) / "mkdocs.yml"
            child.write_text(yaml.safe_dump(_child_config(cfg, docs_dir)), encoding="utf-8")
            cfg = child
        cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"]
        cmd += ["--config-file", str(cfg), "--site-dir", str(site_dir.resolve())]
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # Material's banner about MkDocs 2.0
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    if proc.returncode != 0:
        lines = [ln for ln in (proc.stderr + proc.stdout).splitlines() if ln.strip()]
        detail = "\n".join(lines[-20:]) or f"exit status {proc.returncode}"
        raise SiteError(f"mkdocs build --strict failed:\n{detail}")


def build(
    corpus_dir: str | Path,
    docs_dir: str | Path,
    site_dir: str | Path,
    run_mkdocs: bool = True,
    config_file: str | Path | None = None,
    cache: bool | str | Path = True,
    jobs: int | None = None,
) -> BuildResult:
    """Extract every corpus file, write the generated pages into docs_dir (removing stale
    ones), then build the site into site_dir with `mkdocs build --strict` and index it with
    Pagefind (site_dir/pagefind/).

    `config_file` defaults to mkdocs.yml next to docs_dir; `cache` as in cache.open_store,
    `jobs` as in extract_corpus.  Raises CorpusError for bad corpus
    files (nothing is written then) and SiteError when the site cannot be built.
    """
    cdir, docs, site = Path(corpus_dir), Path(docs_dir), Path(site_dir)
    cfg = Path(config_file) if config_file else docs.parent / "mkdocs.yml"
    if run_mkdocs and not cfg.is_file():
        raise SiteError(f"no MkDocs configuration: {cfg}")
    if not run_mkdocs:
        counts, report, seconds = _write_site_pages(cdir, docs, cache, jobs)
        return BuildResult(*counts, report, seconds)
    # MkDocs and Pagefind (about 1 GB and 2 GB at 10,000 articles) run while this process
    # waits: the extractions and pages are made in a child process, whose memory the system
    # has back when it ends, so that this one stays small (Python keeps much of what it frees).
    counts, report, seconds = in_child(_write_site_pages, cdir, docs, cache, jobs)
    t = time.perf_counter()
    mkdocs_build(cfg, docs, site)
    seconds["mkdocs"] = time.perf_counter() - t
    search = index_site(site)
    seconds["pagefind"] = search.seconds
    return BuildResult(*counts, report, seconds, search)


def _write_site_pages(
    cdir: Path, docs: Path, cache: bool | str | Path, jobs: int | None
) -> tuple[tuple[int, int, int], WriteReport, dict[str, float]]:
    """Extract, render and write the pages: (articles, pages, other files), the write report,
    the seconds of each step."""
    seconds: dict[str, float] = {}
    t = time.perf_counter()
    with gc_paused():
        with _store(cdir, cache) as store:
            extractions = extract_corpus(cdir, store, jobs)
            seconds["extract"] = time.perf_counter() - t
            t = time.perf_counter()
            pages = site_files(extractions, cdir, store, jobs)
            seconds["render"] = time.perf_counter() - t
        t = time.perf_counter()
        report = write_pages(pages, docs)
        seconds["write"] = time.perf_counter() - t
    markdown = sum(path.endswith(".md") for path in pages)
    return (len(extractions), markdown, len(pages) - markdown), report, seconds


def in_child(fn: Callable[..., T], *args: Any) -> T:
    """`fn(*args)` in a forked child process: its result, or its exception raised here (both
    must pickle).  Where fork is not available (not Linux), in this process."""
    ctx = forking()
    if ctx is None:
        return fn(*args)
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child_main, args=(send, fn, args))
    child.start()
    send.close()
    try:
        ok, value = receive.recv()
    except EOFError:  # the child died without a word (killed, out of memory)
        child.join()
        raise SiteError(f"the page step ended abnormally (exit status {child.exitcode})") from None
    finally:
        receive.close()
    child.join()
    if not ok:
        raise value
    return value


def _child_main(send: Connection, fn: Callable[..., Any], args: tuple) -> None:
    try:
        result = (True, fn(*args))
    except BaseException as e:  # every failure goes to the parent, which raises it
        result = (False, e)
    try:
        send.send(result)
    except OSError:
        pass  # the parent stopped listening (interrupted): nobody to tell
    except Exception as e:  # a result or exception that does not pickle
        with suppress(OSError):
            send.send((False, SiteError(f"the page step failed: {result[1]!r} ({e})")))
    send.close()
