"""`netralitas` command line: parse arguments, call one library function, one-line errors."""

from __future__ import annotations

import argparse
import json
import sys

from . import __version__, api, site
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


def _build(args: argparse.Namespace) -> int:
    if args.check:
        drift = site.check(args.corpus, args.docs)
        for d in drift:
            print(d)
        if drift:
            print(f"Error: {len(drift)} page(s) differ; run `netralitas build`", file=sys.stderr)
            return 1
        return 0
    result = site.build(
        args.corpus, args.docs, args.site, not args.no_mkdocs, config_file=args.config_file
    )
    print(f"netralitas build: {result.summary()}", file=sys.stderr)
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

    b = sub.add_parser("build", help="write the pages into docs/ and build the site")
    b.add_argument("--corpus", default="corpus", metavar="DIR", help="default: corpus")
    b.add_argument("--docs", default="docs", metavar="DIR", help="default: docs")
    b.add_argument("--site", default="site", metavar="DIR", help="default: site")
    b.add_argument("--config-file", default="mkdocs.yml", metavar="FILE")
    b.add_argument("--no-mkdocs", action="store_true", help="write the pages only")
    b.add_argument(
        "--check",
        action="store_true",
        help="write nothing; list pages that differ from the corpus, fail if any",
    )
    b.set_defaults(func=_build)
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
