"""Speed of stories (clustering + near-duplicates) per article with many articles already stored.

    python bench/stories.py                      # 100,000 synthetic articles preloaded, then 2,000 measured
    python bench/stories.py --preload 20000 --measure 1000
    python bench/stories.py --real               # measure on FANG-COVID articles (../shared/data) instead

Synthetic articles are random word sequences from a Zipf-distributed German-like
vocabulary, grouped into events (articles of one event share event words, and every
tenth is an agency copy), spread over a year. The measured figure is the time of
``StoryTracker.update`` alone (the store's own insert is timed apart), one process.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lagebild.article import Article, Section, compose_text  # noqa: E402
from lagebild.store import open_store  # noqa: E402
from lagebild.stories import StoryTracker  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "news_fang_covid" / "articles.jsonl.gz"
SYLLABLES = "ber lin haf en reg ier ung kan zler bund tag wahl stre ik mark t pre is lan d kreis stadt rat amt ge setz".split()


def vocabulary(rng: random.Random, size: int = 30000) -> list[str]:
    words = set()
    while len(words) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        words.add(word.capitalize() if len(words) % 3 == 0 else word)  # German: about a third are nouns
    return sorted(words)


def synthetic(n: int, seed: int = 1, start: int = 0) -> list[Article]:
    rng = random.Random(seed)
    vocab = vocabulary(random.Random(0))
    weights = [1 / (i + 1) for i in range(len(vocab))]
    articles, event_words, last_text = [], [], ""
    for i in range(start, start + n):
        if i % 4 == 0:
            event_words = rng.sample(vocab[2000:], 12)
        if i % 10 == 9 and last_text:
            body = "Neuer Einstieg in den Text. " + last_text
        else:
            words = rng.choices(vocab, weights, k=250) + rng.choices(event_words, k=30)
            rng.shuffle(words)
            body = ". ".join(" ".join(words[j : j + 12]) for j in range(0, len(words), 12)) + "."
        last_text = body
        day = (i * 37) % 365
        headline = " ".join(rng.sample(event_words, 5))
        sections = [Section(None, [body])]
        articles.append(Article(
            id=f"s{i}", url=f"https://bench.example/{i}", outlet=f"outlet{i % 20}.example", headline=headline,
            published=f"2021-{1 + day // 31 % 12:02d}-{1 + day % 28:02d}T10:00:00+00:00", sections=sections,
            text=compose_text(None, headline, None, sections),
        ))
    return articles


def real(n: int) -> list[Article]:
    if not CORPUS.exists():
        raise SystemExit(f"missing {CORPUS}")
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        for line in lines:
            r = json.loads(line)
            sections = [Section(None, [p for p in r["article"].split("\n") if p.strip()])]
            out.append(Article(id=r["url"], url=r["url"], outlet=r["source"], headline=r["header"], published=r["date"],
                               sections=sections, text=compose_text(None, r["header"], None, sections)))
            if len(out) >= n:
                break
    return out


def feed(store, tracker: StoryTracker, articles: list[Article], batch: int) -> tuple[float, float]:
    """Seconds spent in the store and in the tracker."""
    store_s = stories_s = 0.0
    for i in range(0, len(articles), batch):
        chunk = articles[i : i + batch]
        t0 = time.perf_counter()
        results = store.add_articles(chunk)
        t1 = time.perf_counter()
        tracker.update(chunk, results)
        stories_s += time.perf_counter() - t1
        store_s += t1 - t0
    return store_s, stories_s


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--preload", type=int, default=100_000)
    parser.add_argument("--measure", type=int, default=2_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--real", action="store_true", help="measure on real articles (preload stays synthetic)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "bench.db") as store:
        tracker = StoryTracker(store)
        t0 = time.perf_counter()
        feed(store, tracker, synthetic(args.preload), 1000)
        preload_s = time.perf_counter() - t0
        fresh = StoryTracker(store)  # a new run: load the state from the database
        t0 = time.perf_counter()
        fresh._load()
        load_s = time.perf_counter() - t0
        measured = real(args.measure) if args.real else synthetic(args.measure, seed=2, start=args.preload)
        store_s, stories_s = feed(store, fresh, measured, args.batch)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "preloaded": args.preload, "measured": len(measured), "real": args.real,
        "stories_ms_per_article": round(1000 * stories_s / len(measured), 3),
        "store_ms_per_article": round(1000 * store_s / len(measured), 3),
        "state_load_s": round(load_s, 2), "preload_s": round(preload_s, 1), "peak_rss_mb": round(peak_mb),
    }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
