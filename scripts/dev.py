#!/usr/bin/env python3
"""Set up and run the project on a fresh machine with nothing but Python 3.11+.

    python3 scripts/dev.py serve [-a HOST:PORT]   build everything (pages, strict site, search
                                                 index), serve site/ on http://127.0.0.1:8000
    python3 scripts/dev.py serve --live [ARGS]    pages, then `mkdocs serve [ARGS]` (reloads on
                                                 edits; no search index: the search page is empty)
    python3 scripts/dev.py test [ARGS]    ruff check, ruff format --check, all of pytest [ARGS]
    python3 scripts/dev.py build [ARGS]   `netralitas build [ARGS]` (pages + strict site + index)

Each command first makes sure `.venv/` exists and holds the project (`pip install -e .[dev]`),
re-installing only when pyproject.toml changed (a stamp file in .venv keeps its hash).  `test`
also makes sure Chromium is there for the browser test (Debian's `chromium` package, installed
with apt-get when running as root; Playwright drives it and never downloads a browser).
Uses only the standard library: it runs before anything is installed.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import os
import shutil
import subprocess
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".netralitas-install"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def say(message: str) -> None:
    print(f"dev.py: {message}", file=sys.stderr, flush=True)


def run(cmd: list[str | Path]) -> int:
    say(" ".join(str(c) for c in cmd))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # Material's banner about MkDocs 2.0
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, env=env)


def _stamp() -> str:
    """What the installed environment depends on: pyproject.toml and the venv's Python."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(str(PYTHON).encode())
    return digest.hexdigest()


def _venv_works() -> bool:
    if not PYTHON.exists():
        return False
    probe = [str(PYTHON), "-c", "import sys; assert sys.version_info >= (3, 11)"]
    return subprocess.call(probe, cwd=ROOT, stderr=subprocess.DEVNULL) == 0


def ensure_env() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 -- may be started by an older python3
        sys.exit(f"dev.py: needs Python 3.11 or newer, this is {sys.version.split()[0]}")
    if not _venv_works():
        say(f"creating {VENV.relative_to(ROOT)}/")
        if run([sys.executable, "-m", "venv", "--clear", VENV]) != 0:
            sys.exit(
                "dev.py: could not create the virtual environment; on Debian/Ubuntu install "
                "the venv module first: sudo apt install python3-venv"
            )
    want = _stamp()
    if STAMP.exists() and STAMP.read_text().strip() == want:
        return
    say("installing the project and its development tools")
    pip = [PYTHON, "-m", "pip", "install", "--disable-pip-version-check"]
    if run([*pip, "-e", ".[dev]"]) != 0:
        sys.exit("dev.py: installation failed (see the pip output above)")
    STAMP.write_text(want + "\n")


def build(args: list[str]) -> int:
    return run([PYTHON, "-m", "netralitas", "build", *args])


def _address(args: list[str]) -> tuple[str, int]:
    """HOST:PORT from `-a HOST:PORT` / `--dev-addr HOST:PORT` (mkdocs serve's option)."""
    addr = "127.0.0.1:8000"
    for i, arg in enumerate(args):
        if arg in ("-a", "--dev-addr") and i + 1 < len(args):
            addr = args[i + 1]
        elif arg.startswith("--dev-addr="):
            addr = arg.split("=", 1)[1]
    host, _, port = addr.rpartition(":")
    if not host or not port.isdigit():
        sys.exit(f"dev.py: expected -a HOST:PORT, got {addr}")
    return host, int(port)


def serve(args: list[str]) -> int:
    if "--live" in args:
        # mkdocs serve builds the site itself, so only the pages are written here.
        code = build(["--no-mkdocs"])
        if code != 0:
            return code
        try:
            return run([PYTHON, "-m", "mkdocs", "serve", *[a for a in args if a != "--live"]])
        except KeyboardInterrupt:
            return 0
    code = build([])
    if code != 0:
        return code
    host, port = _address(args)
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(ROOT / "site"))
    try:
        server = http.server.ThreadingHTTPServer((host, port), handler)
    except OSError as e:
        say(f"cannot serve on {host}:{port}: {e.strerror}; choose another with -a HOST:PORT")
        return 1
    with server:
        say(f"serving site/ on http://{host}:{port}/ (Ctrl+C stops)")
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


CHROMIUM_NAMES = ("chromium", "chromium-browser")


def chromium() -> str | None:
    """The Chromium the browser test uses: $CHROMIUM, else the system's (tests/test_browser.py
    looks the same way)."""
    explicit = os.environ.get("CHROMIUM")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    return next((p for p in map(shutil.which, CHROMIUM_NAMES) if p), None)


def ensure_browser() -> None:
    """Install Debian's Chromium for the browser test when it is missing and we may (root with
    apt-get, as on CI).  When it cannot be installed the test says so and is skipped."""
    if chromium():
        return
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if not (is_root and shutil.which("apt-get")):
        say(
            "Chromium is missing and cannot be installed from here (needs root and apt-get); "
            "the browser test will be skipped: install the `chromium` package to run it"
        )
        return
    say("installing Chromium for the browser test (apt-get install chromium)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "chromium"]):
        if subprocess.call(cmd, env=env, stdout=subprocess.DEVNULL) != 0:
            say(f"`{' '.join(cmd)}` failed: the browser test will be skipped")
            return


def test(args: list[str]) -> int:
    ensure_browser()
    checks = [
        [PYTHON, "-m", "ruff", "check", "scripts", "tests"],
        [PYTHON, "-m", "ruff", "format", "--check", "scripts", "tests"],
        [PYTHON, "-m", "pytest", "-m", "slow or not slow", *args],  # everything, slow included
    ]
    failed = [" ".join(map(str, c[2:4])) for c in checks if run(c) != 0]
    if failed:
        say("FAILED: " + ", ".join(failed))
        return 1
    say("all checks passed")
    return 0


COMMANDS = {"serve": serve, "test": test, "build": build}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        return 2
    ensure_env()
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
