#!/usr/bin/env python3
"""Set up and run the project on a fresh machine with nothing but Python 3.11+.

    python3 scripts/dev.py serve [ARGS]   build the pages, then `mkdocs serve [ARGS]`
    python3 scripts/dev.py test [ARGS]    ruff check, ruff format --check, `pytest [ARGS]`
    python3 scripts/dev.py build [ARGS]   `netralitas build [ARGS]` (pages + strict site)

Each command first makes sure `.venv/` exists and holds the project (`pip install -e .[dev]`),
re-installing only when pyproject.toml changed (a stamp file in .venv keeps its hash).
Uses only the standard library: it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
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


def serve(args: list[str]) -> int:
    # mkdocs serve builds the site itself, so only the pages are written here.
    code = build(["--no-mkdocs"])
    if code != 0:
        return code
    try:
        return run([PYTHON, "-m", "mkdocs", "serve", *args])
    except KeyboardInterrupt:
        return 0


def test(args: list[str]) -> int:
    checks = [
        [PYTHON, "-m", "ruff", "check", "scripts", "tests"],
        [PYTHON, "-m", "ruff", "format", "--check", "scripts", "tests"],
        [PYTHON, "-m", "pytest", *args],
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
