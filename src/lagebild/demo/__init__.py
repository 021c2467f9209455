"""The demo: a database built from the bundled corpus, and a short tour of it.

Until the web app exists, the tour prints what the database holds and answers a
few German searches, so that a newcomer sees the whole flow in one command.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from lagebild.errors import LagebildError

DEMO_DIR = Path(__file__).resolve().parent
DEFAULT_DEMO_DB = "lagebild-demo.db"

#: Searches the tour runs: each shows one thing German search must get right.
TOUR_QUERIES = (
    ("Soldat", "inflection: finds Soldaten"),
    ("Regierung", "compound parts: finds Bundesregierung"),
    ("Muenchen", "ASCII spelling: finds München"),
    ('"Europäische Union"', "a phrase"),
    ("Hochwasser Passau", "two words, both required"),
)


def corpus_paths() -> list[Path]:
    """The bundled demo files: German Wikinews (CC BY 2.5) and texts written for lagebild."""
    paths = [DEMO_DIR / "wikinews_de.jsonl.gz", *sorted((DEMO_DIR / "own").glob("*.txt"))]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise LagebildError(
            f"the demo corpus is missing ({missing[0]}); reinstall lagebild or run tools/build_demo_corpus.py"
        )
    return paths


def build_demo_db(db: str | os.PathLike[str], *, rebuild: bool = False, progress: bool = False) -> dict:
    """Ingest the demo corpus into ``db`` (reused when it is there) and return the ingest summary."""
    from lagebild.ingest import ingest
    from lagebild.stories import StoryTracker
    from lagebild.store import open_store

    path = Path(db)
    if rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    paths = corpus_paths()
    with open_store(path) as store:
        stories = StoryTracker(store).update
        if progress:
            from lagebild.progress import ProgressBar

            with ProgressBar(paths) as bar:
                summary = ingest(paths, store, progress=bar.update, after_batch=stories)
        else:
            summary = ingest(paths, store, after_batch=stories)
    return summary.as_dict()


def run_demo(*, db: str | None = None, rebuild: bool = False, quiet: bool = False, progress: bool = False) -> int:
    """Build (or reuse) the demo database and print a tour of it."""
    from lagebild.store import open_store

    db = db or DEFAULT_DEMO_DB
    summary = build_demo_db(db, rebuild=rebuild, progress=progress)
    out = sys.stdout
    print(
        f"demo database {db}: read {summary['read']}, new {summary['new']}, "
        f"duplicates {summary['duplicates']}, rejected {summary['rejected']}",
        file=out,
    )
    with open_store(db, readonly=True) as store:
        print(f"{store.count_articles()} articles from {len(store.outlets())} outlet(s)\n", file=out)
        for query, what in TOUR_QUERIES:
            results = store.search(query, limit=3)
            print(f"search {query}  ({what}): {results.total} result(s)", file=out)
            for hit in results.results:
                print(f"  - {hit.headline}  [{(hit.published or '')[:10]}]", file=out)
                if not quiet and hit.snippet:
                    print(f"    {hit.snippet}", file=out)
            print(file=out)
    print("Next:", file=out)
    print(f"  lagebild search 'Wahl' --db {db}", file=out)
    print(f"  lagebild stories --db {db} --min-size 2", file=out)
    print(f"  lagebild search 'Bundestag' --db {db} --since 2010-01-01 --format json", file=out)
    print("  lagebild analyze ARTICLE.txt      # structure of one article as JSON", file=out)
    print("Demo texts: German Wikinews, CC BY 2.5 (see lagebild/demo/NOTICE.md).", file=out)
    return 0 if summary["rejected"] == 0 else 1

