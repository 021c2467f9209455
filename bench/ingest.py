"""Ingest benchmark on real data: articles/s, peak memory, idempotency, search latency.

Runs ``lagebild ingest`` on FANG-COVID (41,242 German articles) under
``/usr/bin/time -v`` into a fresh SQLite file, runs it a second time (which must add
nothing), then times German searches on the database.

    python bench/ingest.py                       # the whole corpus (several minutes)
    python bench/ingest.py --limit 2000          # a quick look
    python bench/ingest.py --json bench/results/ingest.json

Needs ../shared/data/news_fang_covid/articles.jsonl.gz beside the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = ROOT.parent / "shared" / "data" / "news_fang_covid" / "articles.jsonl.gz"

#: Queries timed on the ingested database: single words, compounds, phrases, filters.
QUERIES = (
    ("Soldat", {}),
    ("Truppen", {}),
    ("Impfstoff", {}),
    ("Maskenpflicht Schule", {}),
    ('"Robert Koch-Institut"', {}),
    ("Merkel OR Spahn", {}),
    ("Lockdown -Schule", {}),
    ("Muenchen", {}),
    ("Corona", {"outlet": "zeit.de"}),
    ("Impfung", {"since": "2020-12-01", "until": "2021-01-31"}),
)


def time_v(command: list[str]) -> tuple[dict, str]:
    """Run ``command`` under /usr/bin/time -v; return its figures and stdout."""
    proc = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True)
    figures = {}
    for key, pattern in (("max_rss_kib", r"Maximum resident set size \(kbytes\): (\d+)"),
                         ("elapsed", r"Elapsed \(wall clock\) time .*: ([\d:.]+)")):
        match = re.search(pattern, proc.stderr)
        figures[key] = match.group(1) if match else None
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed with exit code {proc.returncode}:\n{proc.stderr[-2000:]}")
    return figures, proc.stdout


def subset(source: Path, limit: int, folder: Path) -> Path:
    """The first ``limit`` lines of ``source`` as a gzip file in ``folder``."""
    out = folder / f"first-{limit}.jsonl.gz"
    with gzip.open(source, "rt", encoding="utf-8") as src, gzip.open(out, "wt", encoding="utf-8") as dst:
        for n, line in enumerate(src):
            if n >= limit:
                break
            dst.write(line)
    return out


def time_searches(db: Path, repeat: int = 5) -> dict:
    from lagebild.store import open_store

    latencies: dict[str, list[float]] = {}
    totals: dict[str, int] = {}
    with open_store(db, readonly=True) as store:
        started = time.perf_counter()
        store.search("Corona", limit=10)  # the first query reads the index from disk: reported apart
        cold_ms = (time.perf_counter() - started) * 1000
        for query, filters in QUERIES:
            label = query + (f" {filters}" if filters else "")
            for _ in range(repeat):
                started = time.perf_counter()
                results = store.search(query, limit=10, **filters)
                latencies.setdefault(label, []).append((time.perf_counter() - started) * 1000)
            totals[label] = results.total
    all_ms = [ms for values in latencies.values() for ms in values]
    return {
        "queries": {q: {"total": totals[q], "median_ms": round(statistics.median(v), 1)} for q, v in latencies.items()},
        "cold_first_query_ms": round(cold_ms, 1),
        "p50_ms": round(statistics.median(all_ms), 1),
        "p95_ms": round(statistics.quantiles(all_ms, n=20)[-1], 1),
        "max_ms": round(max(all_ms), 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all)")
    parser.add_argument("--db", type=Path, help="database file to create (default: a temporary one)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    if not args.input.is_file():
        print(f"missing {args.input}: this benchmark needs ../shared/data beside the repository", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = subset(args.input, args.limit, folder) if args.limit else args.input
        db = args.db or folder / "bench.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        command = [sys.executable, "-m", "lagebild.cli", "-q", "ingest", str(source), "--db", str(db), "--format", "json"]
        first_figures, first_out = time_v(command)
        second_figures, second_out = time_v(command)
        first = json.loads(first_out.strip().splitlines()[-1])
        second = json.loads(second_out.strip().splitlines()[-1])
        searches = time_searches(db)
    result = {
        "input": str(args.input),
        "limit": args.limit or None,
        "first_run": {**{k: first[k] for k in ("read", "new", "updated", "duplicates", "rejected", "seconds", "articles_per_second")},
                      **first_figures},
        "second_run": {**{k: second[k] for k in ("read", "new", "updated", "duplicates", "rejected", "seconds")},
                       **second_figures},
        "search": searches,
    }
    text = json.dumps(result, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n", encoding="utf-8")
    ok = second["new"] == 0 and second["updated"] == 0
    if not ok:
        print("second run added articles: ingest is not idempotent", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
