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
    # The good files are extracted and printed even when others are bad (then exit 1).
    results, problems = api.extract_good_paths(args.files)
    data = [r.to_json(explain=args.explain) for r in results]
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    if problems:
        raise CorpusError(problems)
    return 0


def _build(args: argparse.Namespace) -> int:
    if args.check:
        drift = site.check(args.corpus, args.docs, cache=not args.no_cache)
        for d in drift:
            print(d)
        if drift:
            print(f"Error: {len(drift)} page(s) differ; run `netralitas build`", file=sys.stderr)
            return 1
        return 0
    result = site.build(
        args.corpus,
        args.docs,
        args.site,
        not args.no_mkdocs,
        config_file=args.config_file,
        cache=not args.no_cache,
        jobs=args.jobs,
    )
    print(f"netralitas build: {result.summary()}", file=sys.stderr)
    return 0


def _add(args: argparse.Namespace) -> int:
    from . import add

    result = add.add_article(
        args.source,
        args.corpus,
        url=args.url,
        outlet=args.outlet,
        published=args.published,
        added=args.added,
        name=args.name,
        allow_near_duplicate=args.allow_near_duplicate,
        dry_run=args.dry_run,
        stdin=sys.stdin.buffer if args.source == "-" else None,
    )
    verb = "Would add" if args.dry_run else "Added"
    print(f"{verb} {result.path}")
    print("\n".join(add.summary(result)))
    if args.dry_run or args.no_build:
        return 0
    try:
        built = site.build(args.corpus, args.docs, "site", run_mkdocs=False)
    except NetralitasError as e:
        print(
            f"Error: {result.path} was added, but the pages were not regenerated:", file=sys.stderr
        )
        for line in str(e).splitlines():
            print(f"Error: {line}", file=sys.stderr)
        return 1
    print(f"Pages: {built.summary()}")
    print("Review the diff, correct the front matter if needed, run `netralitas check`, commit.")
    return 0


def _check(args: argparse.Namespace) -> int:
    from .check import check_corpus

    report = check_corpus(
        args.corpus, None if args.no_pages else args.docs, cache=not args.no_cache
    )
    for problem in report.problems:
        print(problem)
    timing = f" ({report.seconds:.2f} s)" if args.time else ""
    print(f"netralitas check: {report.summary()}{timing}")
    return 0 if report.ok else 1


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
    b.add_argument(
        "--no-cache",
        action="store_true",
        help="extract every article again instead of reusing unchanged extractions "
        "from .cache/ next to the corpus",
    )
    b.add_argument(
        "--jobs", type=int, metavar="N", help="extraction processes (default: every core)"
    )
    b.set_defaults(func=_build)

    a = sub.add_parser(
        "add",
        help="add an article (text file, -, saved HTML page or URL) to the corpus",
        description="Write the article as a new corpus file with front matter under a canonical "
        "name (date-region-title), print what was extracted, regenerate the pages.",
    )
    a.add_argument(
        "source", metavar="SOURCE", help="a .txt or .html file, - (standard input), or a URL"
    )
    a.add_argument("--url", help="the article's address (default: the page's or the one given)")
    a.add_argument("--outlet", help="the outlet's name (default: the page's site name)")
    a.add_argument("--published", metavar="YYYY-MM-DD", help="date the outlet published it")
    a.add_argument(
        "--added", metavar="YYYY-MM-DD", help="date it enters the archive (default: today)"
    )
    a.add_argument("--name", help="file name without .txt (default: date-region-title words)")
    a.add_argument(
        "--allow-near-duplicate",
        "--force",
        action="store_true",
        help="add it even when it resembles an article already in the corpus",
    )
    a.add_argument("--dry-run", action="store_true", help="show what would be added; write nothing")
    a.add_argument("--no-build", action="store_true", help="do not regenerate the pages")
    a.add_argument("--corpus", default="corpus", metavar="DIR", help="default: corpus")
    a.add_argument("--docs", default="docs", metavar="DIR", help="default: docs")
    a.set_defaults(func=_add)

    c = sub.add_parser(
        "check",
        help="check the whole corpus and whether the pages are in sync; exit 1 on errors",
        description="Report every problem of the corpus at once, one line each "
        "(FILE:LINE: message); warnings do not fail the check.",
    )
    c.add_argument("--corpus", default="corpus", metavar="DIR", help="default: corpus")
    c.add_argument("--docs", default="docs", metavar="DIR", help="default: docs")
    c.add_argument("--no-pages", action="store_true", help="do not check the generated pages")
    c.add_argument(
        "--no-cache",
        action="store_true",
        help="extract every article again (default: reuse extractions of unchanged files "
        "from .cache/ next to the corpus)",
    )
    c.add_argument("--time", action="store_true", help="show how long the check took")
    c.set_defaults(func=_check)
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
