"""Milliseconds per article of the topics, keywords and summary steps on FANG-COVID articles.

Runs the real ingest flow on the first N articles (default 2,000) in one process:
reading, structure, the default pipeline followed by the three new steps (each timed by
the pipeline), and ``add_articles`` into a fresh SQLite file. Reports ms/article per step
and the share of ingest speed kept (issue 5: the three together must keep ``ingest``
above 80 % of its speed without them): ``without / (without + added)``. Model loading
happens once, when the steps are made, as in a long-running ingest.

    python bench/enrich_speed.py [--limit 2000]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import tempfile
import time
from pathlib import Path

from lagebild.enrich.keywords import make_keywords_step
from lagebild.enrich.summary import make_summary_step
from lagebild.enrich.topics import make_topics_step
from lagebild.pipeline import Pipeline, default_pipeline
from lagebild.readers import RawDocument, read_bytes_stream
from lagebild.store import open_store
from lagebild.structure import structure

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = ROOT.parent / "shared" / "data" / "news_fang_covid" / "articles.jsonl.gz"
NEW_STEPS = ("topics", "keywords", "summary")


def first_lines(path: Path, limit: int) -> bytes:
    with gzip.open(path, "rb") as lines:
        return b"".join(line for n, line in zip(range(limit), lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--limit", type=int, default=2000)
    args = parser.parse_args(argv)
    if not args.input.exists():
        print(f"corpus not found: {args.input} (expected ../shared/data beside the repository)", file=sys.stderr)
        return 2
    data = first_lines(args.input, args.limit)
    started = time.perf_counter()
    docs = [d for d in read_bytes_stream(io.BytesIO(data), "bench.jsonl") if isinstance(d, RawDocument)]
    articles = [structure(d) for d in docs]
    base_seconds = time.perf_counter() - started
    base = default_pipeline()
    extra = Pipeline([*base.steps, make_topics_step(), make_keywords_step(), make_summary_step()])
    enriched = [extra(article) for article in articles]
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "bench.db") as store:
        started = time.perf_counter()
        store.add_articles(enriched)
        store_seconds = time.perf_counter() - started
    n = len(articles)
    ms = {name: round(1000 * t.seconds / n, 3) for name, t in extra.timings.items()}
    before = 1000 * (base_seconds + store_seconds) / n + sum(v for k, v in ms.items() if k not in NEW_STEPS)
    added = sum(ms[k] for k in NEW_STEPS)
    report = {"articles": n, "ms_per_article": ms, "ingest_ms_without": round(before, 3),
              "added_ms": round(added, 3), "speed_kept": round(before / (before + added), 3),
              "read_structure_ms": round(1000 * base_seconds / n, 3), "store_ms": round(1000 * store_seconds / n, 3),
              "failures": {k: t.failures for k, t in extra.timings.items() if t.failures}}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
