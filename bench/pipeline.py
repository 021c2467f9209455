"""Where ingest time goes: reading, structure, each enrichment step, and the store.

Runs the real flow on the first N articles of FANG-COVID in one process — readers,
structure, the default pipeline (every registered step, timed by the pipeline itself),
and ``add_articles`` into a fresh SQLite file — and prints milliseconds per article for
each stage and its share of the total. ``--group`` names steps whose added cost is
reported against the rest (issue 4: times, figures and quotes must add < 20 %).

    python bench/pipeline.py                                   # 2,000 articles
    python bench/pipeline.py --limit 5000 --group times,figures,quotes
    python bench/pipeline.py --json bench/results/pipeline.json

Needs ../shared/data/news_fang_covid/articles.jsonl.gz beside the repository.
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

from lagebild.pipeline import default_pipeline
from lagebild.readers import RawDocument, read_bytes_stream
from lagebild.store import open_store
from lagebild.structure import structure

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = ROOT.parent / "shared" / "data" / "news_fang_covid" / "articles.jsonl.gz"


def first_lines(path: Path, limit: int) -> bytes:
    """The first ``limit`` JSON lines of ``path``, as bytes (reading is timed separately)."""
    out = []
    with gzip.open(path, "rb") as lines:
        for n, line in enumerate(lines):
            if n >= limit:
                break
            out.append(line)
    return b"".join(out)


def run(data: bytes, db: Path) -> dict:
    pipeline = default_pipeline()
    seconds = {"read": 0.0, "structure": 0.0, "store": 0.0}
    started = time.perf_counter()
    docs = [d for d in read_bytes_stream(io.BytesIO(data), "bench.jsonl") if isinstance(d, RawDocument)]
    seconds["read"] = time.perf_counter() - started

    started = time.perf_counter()
    articles = [structure(d) for d in docs]
    seconds["structure"] = time.perf_counter() - started

    enriched = [pipeline(a) for a in articles]
    with open_store(db) as store:
        started = time.perf_counter()
        store.add_articles(enriched)
        seconds["store"] = time.perf_counter() - started
    for name, timing in pipeline.timings.items():
        seconds[f"step:{name}"] = timing.seconds
    return {"articles": len(docs), "seconds": seconds, "step_failures": {n: t.failures for n, t in pipeline.timings.items()}}


def report(result: dict, group: list[str]) -> dict:
    n = result["articles"]
    seconds = result["seconds"]
    total = sum(seconds.values())
    stages = {
        name: {"ms_per_article": round(1000 * s / n, 3), "share": round(s / total, 3)} for name, s in seconds.items()
    }
    out = {
        "articles": n,
        "total_ms_per_article": round(1000 * total / n, 3),
        "articles_per_second": round(n / total, 1),
        "stages": stages,
        "step_failures": result["step_failures"],
    }
    if group:
        grouped = sum(seconds.get(f"step:{g}", 0.0) for g in group)
        out["group"] = {
            "steps": group,
            "ms_per_article": round(1000 * grouped / n, 3),
            "added_to_rest": round(grouped / (total - grouped), 3),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--group", default="times,figures,quotes", help="steps whose added cost is reported")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    if not args.input.is_file():
        print(f"missing {args.input}: this benchmark needs ../shared/data beside the repository", file=sys.stderr)
        return 2
    data = first_lines(args.input, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        result = run(data, Path(tmp) / "bench.db")
    figures = report(result, [g for g in args.group.split(",") if g])
    text = json.dumps(figures, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
