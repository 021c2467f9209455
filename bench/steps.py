"""Speed of the enrichment steps on real articles: ms per article per step and each step's share.

Runs the language, times and figures steps (each alone, in pipeline order) on the first N
articles of FANG-COVID and prints the mean milliseconds per article of each step and its share
of their total. Needs ../shared/data/news_fang_covid/articles.jsonl.gz beside the repository.

    python bench/steps.py                 # 2,000 articles
    python bench/steps.py --limit 500 --json
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

from lagebild.article import Article
from lagebild.enrich.figures import make_figures_step
from lagebild.enrich.language import make_language_step
from lagebild.enrich.times import make_times_step
from lagebild.pipeline import Step

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = ROOT.parent / "shared" / "data" / "news_fang_covid" / "articles.jsonl.gz"


def read_articles(path: Path, limit: int) -> list[Article]:
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            articles.append(Article(url=record["url"], text=record["article"], published=record["date"]))
            if len(articles) >= limit:
                break
    return articles


def time_steps(steps: list[Step], articles: list[Article]) -> dict[str, float]:
    """Total seconds per step over ``articles`` (steps run in order on each article)."""
    seconds = {s.name: 0.0 for s in steps}
    for article in articles:
        for s in steps:
            started = time.perf_counter()
            article = s(article)
            seconds[s.name] += time.perf_counter() - started
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.input.exists():
        print(f"corpus not found: {args.input} (expected ../shared/data/news_fang_covid/articles.jsonl.gz)",
              file=sys.stderr)
        return 2
    articles = read_articles(args.input, args.limit)
    steps = [make_language_step(), make_times_step(), make_figures_step()]
    time_steps(steps, articles[:20])  # warm up: compile patterns, load models
    seconds = time_steps(steps, articles)
    total = sum(seconds.values()) or 1.0
    chars = sum(len(a.text) for a in articles) / len(articles)
    result = {"articles": len(articles), "mean_chars": round(chars),
              "steps": {name: {"ms_per_article": round(1000 * s / len(articles), 3), "share": round(s / total, 3)}
                        for name, s in seconds.items()}}
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{result['articles']} articles, {result['mean_chars']} characters on average")
    for name, figures in result["steps"].items():
        print(f"{name:10s} {figures['ms_per_article']:8.3f} ms/article  {100 * figures['share']:5.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
