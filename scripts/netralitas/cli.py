"""`netralitas` command line: parse arguments, call one library function, one-line errors."""

from __future__ import annotations

import argparse
import json
import sys

from . import __version__, api
from .errors import CorpusError, NetralitasError


def _extract(args: argparse.Namespace) -> int:
    if args.explain and args.format is None:
        sys.stdout.write(api.explain_paths(args.files))
        return 0
    results = api.extract_paths(args.files)
    data = [r.to_json(explain=args.explain) for r in results]
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="netralitas",
        description="Arsip Netralitas ASN: extract facts from news articles and build the site.",
    )
    p.add_argument("--version", action="version", version=f"netralitas {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    e = sub.add_parser("extract", help="extract facts from article files and print them")
    e.add_argument("files", nargs="+", metavar="FILE")
    e.add_argument("--format", choices=["json"], help="print JSON (the default without --explain)")
    e.add_argument(
        "--explain",
        action="store_true",
        help="show the rule, confidence and text span of every fact (with --format json: a 'why' key)",
    )
    e.set_defaults(func=_extract)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except CorpusError as e:
        for problem in e.problems:
            print(f"Error: {problem}", file=sys.stderr)
        return 1
    except NetralitasError as e:
        print(f"Error: {e}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
