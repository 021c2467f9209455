"""SQLite against PostgreSQL on real articles: storing, stories, re-ingest, search latency and agreement.

The first ``--limit`` articles of FANG-COVID are read and structured once (no enrichment:
its cost does not depend on the backend), then stored into a fresh SQLite file and a fresh
PostgreSQL database in batches of 500, with the stories hook, as ``lagebild ingest`` does.
Then the same batches again (all duplicates), then the search queries of ``bench/ingest.py``
(p50/p95 of ``--repeat`` runs). Both backends must find the same number of articles for every
query, and both rank by BM25: ``overlap@10`` and the identical top-10 orders say how far they agree.

    python bench/store_backends.py                          # 2,000 articles, temporary PostgreSQL server
    python bench/store_backends.py --limit 5000 --json bench/results/store-backends.json
    python bench/store_backends.py --pg-url postgresql://user@host/empty_db
    python bench/store_backends.py --limit 10000 --no-stories     # search at a larger scale

Needs ../shared/data/news_fang_covid/articles.jsonl.gz and PostgreSQL (initdb) or ``--pg-url``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

from lagebild.ingest import structure_documents
from lagebild.readers import iter_documents
from lagebild.readers.base import Rejection
from lagebild.store import open_store
from lagebild.store.records import prepare
from lagebild.stories import StoryTracker

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest import DEFAULT_INPUT, QUERIES  # noqa: E402  (the same queries as the ingest benchmark)

BATCH = 500


def load(source: Path, limit: int) -> list:
    items = structure_documents(iter_documents([source]))
    return [a for a in islice(items, limit) if not isinstance(a, Rejection)]


def percentile(samples: list[float], pct: int) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def build(name: str, db: str, articles: list, stories: bool = True) -> tuple[Any, dict]:
    """Store the articles (and stories) into a new database; the open store and its figures."""
    figures: dict = {"backend": name}
    store = open_store(db)
    tracker = StoryTracker(store) if stories else None
    store_s = stories_s = 0.0
    for start in range(0, len(articles), BATCH):
        batch = articles[start:start + BATCH]
        t0 = time.perf_counter()
        results = store.add_articles(batch)
        t1 = time.perf_counter()
        if tracker is not None:
            tracker.update(batch, results)
        store_s += t1 - t0
        stories_s += time.perf_counter() - t1
    t0 = time.perf_counter()
    again = store.add_articles(articles)
    again_s = time.perf_counter() - t0
    assert {r.status for r in again} == {"duplicate"}, "a second run must add nothing"
    figures["stored"] = store.count_articles()
    figures["store_articles_per_s"] = round(len(articles) / store_s, 1)
    figures["stories_articles_per_s"] = round(len(articles) / stories_s, 1) if tracker else None
    figures["second_run_articles_per_s"] = round(len(articles) / again_s, 1)
    return store, figures


def time_queries(stores: dict[str, Any], figures: dict[str, dict], repeat: int) -> None:
    """p50/p95 of each query on each backend, the backends taking turns (the machine's load hits both alike)."""
    for name in stores:
        figures[name]["queries"] = {}
    for query, filters in QUERIES:
        key = query + (" " + json.dumps(filters, ensure_ascii=False) if filters else "")
        samples: dict[str, list[float]] = {name: [] for name in stores}
        results = {name: store.search(query, limit=10, **filters) for name, store in stores.items()}
        for _ in range(repeat):
            for name, store in stores.items():
                t0 = time.perf_counter()
                store.search(query, limit=10, **filters)
                samples[name].append((time.perf_counter() - t0) * 1000)
        for name in stores:
            figures[name]["queries"][key] = {
                "total": results[name].total, "top10": [h.id for h in results[name].results],
                "p50_ms": round(percentile(samples[name], 50), 2), "p95_ms": round(percentile(samples[name], 95), 2),
            }
    for name in stores:
        queries = figures[name]["queries"].values()
        figures[name]["worst_p95_ms"] = max(q["p95_ms"] for q in queries)
        figures[name]["median_p50_ms"] = round(statistics.median(q["p50_ms"] for q in queries), 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--pg-url", help="an empty PostgreSQL database (default: a temporary server)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--no-stories", action="store_true", help="store only (the stories hook takes most time)")
    args = parser.parse_args(argv)
    if not args.input.exists():
        sys.exit(f"no input at {args.input}: needs ../shared/data/news_fang_covid beside the repository")
    t0 = time.perf_counter()
    articles = load(args.input, args.limit)
    print(f"{len(articles)} articles read and structured in {time.perf_counter() - t0:.1f} s", flush=True)
    for article in articles:  # warm the analysis caches, so that neither backend pays for them alone
        prepare(article)
    server = None
    pg_url = args.pg_url
    if not pg_url:
        from lagebild.store.pgtemp import TemporaryServer

        server = TemporaryServer()
        server.start()
        pg_url = server.create_database("bench")
    stores: dict[str, Any] = {}
    try:
        with tempfile.TemporaryDirectory() as folder:
            stores["sqlite"], lite = build("sqlite", str(Path(folder) / "bench.db"), articles, not args.no_stories)
            stores["postgresql"], pg = build("postgresql", pg_url, articles, not args.no_stories)
            time_queries(stores, {"sqlite": lite, "postgresql": pg}, args.repeat)
            for store in stores.values():
                store.close()
    finally:
        if server is not None:
            server.stop()
    same_totals = all(lite["queries"][q]["total"] == pg["queries"][q]["total"] for q in lite["queries"])
    overlaps = {}
    print(f"\n{'':34} {'SQLite':>24} {'PostgreSQL':>24}")
    for key in ("store_articles_per_s", "stories_articles_per_s", "second_run_articles_per_s", "median_p50_ms",
                "worst_p95_ms"):
        print(f"{key:34} {lite[key]!s:>24} {pg[key]!s:>24}")
    print(f"\n{'query':52} {'total':>6} {'SQLite p50/p95':>16} {'PG p50/p95':>16} {'overlap@10':>10}")
    for query, a in lite["queries"].items():
        b = pg["queries"][query]
        top = set(a["top10"])
        overlap = len(top & set(b["top10"])) / len(top) if top else 1.0
        overlaps[query] = round(overlap, 2)
        print(f"{query:52} {a['total']:>6} {a['p50_ms']:>7.1f}/{a['p95_ms']:<8.1f} {b['p50_ms']:>7.1f}/{b['p95_ms']:<8.1f}"
              f" {overlap:>10.2f}" + ("" if a["total"] == b["total"] else f"  TOTALS DIFFER: {b['total']}"))
    mean_overlap = round(statistics.mean(overlaps.values()), 2)
    same_order = sum(lite["queries"][q]["top10"] == pg["queries"][q]["top10"] for q in lite["queries"])
    print(f"\nsame totals for every query: {same_totals}; mean overlap@10 {mean_overlap}; "
          f"identical top-10 order in {same_order} of {len(lite['queries'])} queries")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        out = {"input": str(args.input), "articles": len(articles), "batch": BATCH, "sqlite": lite, "postgresql": pg,
               "same_totals": same_totals, "overlap_at_10": overlaps, "mean_overlap_at_10": mean_overlap,
               "same_top10_order": same_order, "queries": len(lite["queries"])}
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0 if same_totals else 1


if __name__ == "__main__":
    sys.exit(main())
