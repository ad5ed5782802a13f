#!/usr/bin/env python3
"""What a reader's browser fetches from the search index for a first search.

    .venv/bin/python scripts/first_query.py SITE_DIR [--term netralitas]

Serves a built site on 127.0.0.1, opens its search page (cari/) in the system's Chromium driven
by Playwright (which never downloads a browser here), types the term into the page's field and
waits for the first results.  Reports every file the browser requested under pagefind/, from
opening the page to the first results, with its size raw and gzip-compressed (level 6, as a web
server sends it), and exits with status 1 above issue 6's budget (250 KB gzip).

The server sees every request, those of Pagefind's web worker included.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import os
import shutil
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

BUDGET = 250_000  # bytes, gzip (issue 6)
BUNDLE = "/pagefind/"
FIELD = "#nt-cari-q"  # the search page's own field (docs/cari.md, docs/assets/cari.js)
RESULT = ".nt-hasil__tautan"  # a result's title link
QUIET = 0.5  # seconds without a request: the first results and what they need have arrived
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]


def chromium() -> str | None:
    """$CHROMIUM, else the system's Chromium."""
    explicit = os.environ.get("CHROMIUM")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)


class _Log:
    """The paths a server answered, with the time of the last request."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.last = time.monotonic()
        self.lock = threading.Lock()

    def add(self, path: str) -> None:
        with self.lock:
            self.paths.append(path)
            self.last = time.monotonic()


class _Handler(SimpleHTTPRequestHandler):
    log: _Log  # set by serve()
    slow: dict[str, float]  # set by serve()

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self.log.add(self.path)
        delay = next((s for prefix, s in self.slow.items() if self.path.startswith(prefix)), 0)
        if delay:
            time.sleep(delay)
        super().do_GET()


@contextmanager
def serve(site: Path, slow: dict[str, float] | None = None) -> Iterator[tuple[str, _Log]]:
    """The site on a free local port: (base URL, request log).  `slow`: path prefixes answered
    that many seconds late, as by a slow network (read at each request, so it may change)."""
    log = _Log()
    handler = type("Handler", (_Handler,), {"log": log, "slow": {} if slow is None else slow})
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", log
    finally:
        server.shutdown()
        server.server_close()


def _file(site: Path, path: str) -> Path:
    local = site / unquote(urlsplit(path).path).lstrip("/")
    return local / "index.html" if local.is_dir() else local


def _sizes(site: Path, paths: list[str]) -> list[dict]:
    out = []
    for path in paths:
        local = _file(site, path)
        data = local.read_bytes() if local.is_file() else b""
        out.append(
            {"path": urlsplit(path).path, "raw": len(data), "gzip": len(gzip.compress(data, 6))}
        )
    return out


def _first_search(browser, base: str, log: _Log, term: str) -> None:
    context = browser.new_context(base_url=base)  # a fresh cache: a reader's first visit
    try:
        page = context.new_page()
        page.goto(base + "/cari/")
        page.locator(FIELD).fill(term)
        page.wait_for_selector(RESULT, timeout=30_000)
        while time.monotonic() - log.last < QUIET:
            time.sleep(0.1)
    finally:
        context.close()


def measure(site: Path, term: str = "netralitas", browser=None) -> dict:
    """Bytes fetched from pagefind/ for a first search of `term` on the built `site`:
    {"term", "files": [{"path", "raw", "gzip"}…], "raw", "gzip"}.  `browser`: a Playwright
    browser to use (else the system's Chromium is started and closed)."""
    site = Path(site)
    with serve(site) as (base, log):
        if browser is not None:
            _first_search(browser, base, log, term)
        else:
            _with_chromium(lambda b: _first_search(b, base, log, term))
        with log.lock:
            paths = [p for p in log.paths if p.startswith(BUNDLE)]
    files = _sizes(site, paths)
    return {
        "term": term,
        "files": files,
        "raw": sum(f["raw"] for f in files),
        "gzip": sum(f["gzip"] for f in files),
    }


def _with_chromium(run) -> None:
    binary = chromium()
    if binary is None:
        raise RuntimeError("no Chromium: install it (apt-get install chromium) or set $CHROMIUM")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=binary, args=CHROMIUM_ARGS)
        try:
            run(browser)
        finally:
            browser.close()


def report(result: dict) -> str:
    lines = [f"First search for {result['term']!r}: files fetched from pagefind/", ""]
    lines += [f"{f['gzip']:>9,} {f['raw']:>9,}  {f['path']}" for f in result["files"]]
    verdict = "within" if result["gzip"] <= BUDGET else "OVER"
    lines += [
        f"{result['gzip']:>9,} {result['raw']:>9,}  total: {len(result['files'])} files "
        f"(gzip, raw bytes)",
        f"{verdict} the budget of {BUDGET:,} bytes gzip",
    ]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("site", type=Path, help="a built site (netralitas build's site/)")
    ap.add_argument("--term", default="netralitas", help="the word searched (default: netralitas)")
    args = ap.parse_args()
    if not (args.site / "cari" / "index.html").is_file():
        sys.exit(f"Error: no search page in {args.site} (cari/index.html)")
    try:
        result = measure(args.site, args.term)
    except RuntimeError as e:
        sys.exit(f"Error: {e}")
    print(report(result))
    return 0 if result["gzip"] <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
