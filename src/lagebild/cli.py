"""The ``lagebild`` command: a thin layer over library calls that return data.

Exit codes: 0 success; 1 some input was rejected (every good article is still
handled); 2 a usage or library error (message on stderr, no traceback).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from lagebild import __version__
from lagebild.errors import LagebildError

EXIT_OK, EXIT_REJECTED, EXIT_ERROR = 0, 1, 2


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=None,
        help="database: a SQLite file path or postgresql://... (default $LAGEBILD_DB, else ./lagebild.db)",
    )


def _add_steps(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="STEP",
        help="skip an enrichment step (repeatable); `lagebild steps` lists them",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lagebild",
        description="German-first news intelligence: articles in, a searchable situation picture out.",
    )
    parser.add_argument("--version", action="version", version=f"lagebild {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary on stderr")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more (-vv for debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("analyze", help="analyse articles without storing them; prints Article JSON")
    p.add_argument("paths", nargs="*", default=["-"], metavar="PATH", help="files, folders or - for stdin")
    p.add_argument("--format", choices=("json", "jsonl"), default="json", help="json: one object per article (pretty for one); jsonl: one line each")
    _add_steps(p)
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("ingest", help="analyse articles and store them (idempotent)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or - for stdin")
    _add_db(p)
    p.add_argument("--format", choices=("text", "json"), default="text", help="summary format (json: one object on the last line of stdout)")
    p.add_argument("--batch-size", type=int, default=500, help="articles per database transaction")
    p.add_argument("--no-stories", action="store_true", help="do not update stories and copies while ingesting")
    _add_steps(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="full-text search that understands German")
    p.add_argument("query", help='words, "phrases", OR, -exclude, prefix*')
    _add_db(p)
    p.add_argument("--since", help="published on or after (YYYY-MM-DD or ISO datetime)")
    p.add_argument("--until", help="published on or before (YYYY-MM-DD or ISO datetime)")
    p.add_argument("--outlet", help="only this outlet (e.g. zeit.de)")
    p.add_argument("--language", help="only this language (ISO 639-1, e.g. de)")
    p.add_argument("--limit", type=int, default=10, help="results per page (default 10)")
    p.add_argument("--offset", type=int, default=0, help="skip this many results")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("stories", help="stories: articles of several outlets about one event")
    _add_db(p)
    p.add_argument("--min-size", type=int, default=1, help="only stories with at least this many articles")
    p.add_argument("--format", choices=("text", "jsonl"), default="text", help="jsonl: one story per line")
    p.set_defaults(func=cmd_stories)

    p = sub.add_parser("story", help="one story: ranked members, copies with their diffs, disagreements")
    p.add_argument("story_id", type=int, metavar="ID", help="a story id from `lagebild stories`")
    _add_db(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_story)

    p = sub.add_parser("copies", help="near-duplicate groups (agency copies, republished texts) and the copy network")
    _add_db(p)
    p.add_argument("--network", action="store_true", help="show which outlets republish whose texts instead of groups")
    p.add_argument("--format", choices=("text", "jsonl"), default="text", help="jsonl: one group (or edge) per line")
    p.set_defaults(func=cmd_copies)

    p = sub.add_parser("steps", help="list the enrichment steps in pipeline order")
    p.set_defaults(func=cmd_steps)

    p = sub.add_parser("demo", help="build a database from the bundled demo corpus and show a tour")
    p.add_argument("--db", default=None, help="database to build or reuse (default ./lagebild-demo.db)")
    p.add_argument("--rebuild", action="store_true", help="start from an empty database")
    p.set_defaults(func=cmd_demo)
    return parser


# -- commands -------------------------------------------------------------

def cmd_analyze(args: argparse.Namespace) -> int:
    from lagebild.ingest import analyze
    from lagebild.readers.base import Rejection

    pipeline = _pipeline(args)
    held: Any = None  # with --format json, hold the first article: printed pretty if it stays the only one
    streaming = args.format == "jsonl"
    rejected = 0
    for item in analyze(args.paths, pipeline):
        if isinstance(item, Rejection):
            rejected += 1
            print(f"lagebild: rejected {item.origin}: {item.reason}", file=sys.stderr)
        elif streaming:
            _print_line(item.as_dict())
        elif held is None:
            held = item
        else:  # a second article: several articles always print as JSON Lines
            _print_line(held.as_dict())
            _print_line(item.as_dict())
            held, streaming = None, True
    if held is not None:
        print(json.dumps(held.as_dict(), ensure_ascii=False, indent=2))
    return EXIT_REJECTED if rejected else EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    from lagebild.ingest import ingest
    from lagebild.progress import ProgressBar
    from lagebild.store import open_store

    with open_store(args.db) as store, ProgressBar(args.paths, enabled=_show_progress(args)) as bar:
        hook = None
        if not args.no_stories:
            from lagebild.stories import StoryTracker

            hook = StoryTracker(store).update
        summary = ingest(
            args.paths, store, pipeline=_pipeline(args), batch_size=args.batch_size, progress=bar.update, after_batch=hook
        )
    data = summary.as_dict()
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False))
    elif not args.quiet:
        _print_summary(data, sys.stdout)
    return EXIT_REJECTED if summary.rejected else EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from lagebild.store import open_store

    if args.limit < 1 or args.offset < 0:
        raise LagebildError("--limit must be at least 1 and --offset at least 0")
    with open_store(args.db, readonly=True) as store:
        results = store.search(
            args.query,
            since=args.since,
            until=args.until,
            outlet=args.outlet,
            language=args.language,
            limit=args.limit,
            offset=args.offset,
        )
    data = results.as_dict()
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False))
        return EXIT_OK
    print(f"{data['total']} result(s) for {data['query']!r}")
    for rank, hit in enumerate(data["results"], start=args.offset + 1):
        when = (hit["published"] or "")[:10]
        print(f"\n{rank:>3}. {hit['headline'] or '(no headline)'}")
        print(f"     {hit['outlet'] or '-'} {when}  {hit['url'] or hit['id']}")
        if hit["snippet"]:
            print(f"     {hit['snippet']}")
    return EXIT_OK


def cmd_stories(args: argparse.Namespace) -> int:
    from lagebild.stories.views import list_stories
    from lagebild.store import open_store

    with open_store(args.db, readonly=True) as store:
        for story in list_stories(store, min_size=args.min_size):
            if args.format == "jsonl":
                _print_line(story)
                continue
            span = f"{(story['first'] or '')[:10]} – {(story['last'] or '')[:10]}"
            print(f"{story['story']:>6}  {story['size']:>3} art.  {span}  {story['title'] or '(no headline)'}")
            if len(story["outlets"]) > 1:
                print(f"        {', '.join(story['outlets'])}")
    return EXIT_OK


def cmd_story(args: argparse.Namespace) -> int:
    from lagebild.stories.views import story_detail
    from lagebild.store import open_store

    with open_store(args.db, readonly=True) as store:
        story = story_detail(store, args.story_id)
    if args.format == "json":
        print(json.dumps(story, ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_story(story, sys.stdout)
    return EXIT_OK


def cmd_copies(args: argparse.Namespace) -> int:
    from lagebild.stories.views import list_copies, network
    from lagebild.store import open_store

    with open_store(args.db, readonly=True) as store:
        rows = network(store) if args.network else list(list_copies(store))
    for row in rows:
        if args.format == "jsonl":
            _print_line(row)
        elif args.network:
            print(f"{row['source']:<28} -> {row['copier']:<28} {row['pairs']:>5} pair(s), mean share {row['mean_share']:.2f}")
        else:
            print(f"group {row['group']}  agency {row['agency'] or '-'}")
            for article in row["articles"]:
                print(f"  {article['share']:.2f}  {article['url'] or article['id']}")
    return EXIT_OK


def cmd_steps(args: argparse.Namespace) -> int:
    from lagebild.pipeline import default_pipeline

    for s in default_pipeline().steps:
        print(f"{s.name:<12} requires {', '.join(s.requires) or '-'}; sets {', '.join(s.assigns) or '-'}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from lagebild.demo import run_demo

    return run_demo(db=args.db, rebuild=args.rebuild, quiet=args.quiet, progress=_show_progress(args))


# -- helpers --------------------------------------------------------------

def _pipeline(args: argparse.Namespace) -> Any:
    from lagebild.pipeline import PipelineError, default_pipeline

    try:
        return default_pipeline(disabled=args.disable)
    except PipelineError as exc:
        raise LagebildError(str(exc)) from exc


def _show_progress(args: argparse.Namespace) -> bool:
    return not args.quiet and sys.stderr.isatty()


def _print_line(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")


def _print_summary(data: dict[str, Any], out: TextIO) -> None:
    print(
        f"read {data['read']}, new {data['new']}, updated {data['updated']}, "
        f"duplicates {data['duplicates']}, rejected {data['rejected']} "
        f"({data['articles_per_second']} articles/s)",
        file=out,
    )
    for reason, n in data["reasons"].items():
        print(f"  rejected {n} x {reason}", file=out)
    for rej in data["rejections"][:10]:
        where = f"{rej['path']} ({rej['locator']})" if rej["locator"] else rej["path"]
        print(f"  - {where}: {rej['reason']}", file=out)
    if data["step_errors"]:
        print(f"  {data['step_errors']} article(s) stored with step errors (see their 'errors' field)", file=out)


def _print_story(story: dict[str, Any], out: TextIO) -> None:
    print(f"story {story['story']}: {story['title'] or '(no headline)'}", file=out)
    print(f"{story['size']} article(s), {(story['first'] or '?')} – {(story['last'] or '?')}; {', '.join(story['outlets'])}", file=out)
    for rank, m in enumerate(story["articles"], start=1):
        print(f"{rank:>3}. [{m['centrality']:.2f}] {m['outlet'] or '-'}  {(m['published'] or '')[:16]}  {m['headline'] or ''}", file=out)
        print(f"     {m['url'] or m['id']}", file=out)
    for pair in story["copies"]:
        diff = pair["diff"]
        print(f"\ncopy {pair['a']} -> {pair['b']}: shares {pair['share_a']:.2f}/{pair['share_b']:.2f}", file=out)
        for sentence in diff["added"]:
            print(f"  + {sentence}", file=out)
        for sentence in diff["removed"]:
            print(f"  - {sentence}", file=out)
        for old, new in diff["changed"]:
            print(f"  ~ {old}\n    -> {new}", file=out)
    for dispute in story["disagreements"]:
        claims = "; ".join(f"{c['outlet'] or c['article_id']}: {c['text']}" for c in dispute["claims"])
        print(f"\ndisagreement ({dispute['kind']}, {dispute['subject']}): {claims}", file=out)


def _configure_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="lagebild %(levelname)s %(name)s: %(message)s")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_ERROR
    _configure_logging(args.verbose)
    try:
        return int(args.func(args))
    except LagebildError as exc:
        print(f"lagebild: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("lagebild: interrupted; what was stored so far is kept", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
