"""Build the German background statistics for keywords (``src/lagebild/models/background_de.json.gz``).

Reads every FANG-COVID article (real and fake outlets: 41,242 documents, mostly about
COVID-19) and the 998 German Wikinews articles (2004-2022, any topic) from
``../shared/data`` and counts, per term (the store's ``stem(fold(word))``, one per
hyphen piece):

- the number of documents of each corpus that contain it (document frequency; the
  runtime takes the smaller of the two corpora's shares so that "Corona" is not a stop word), and
- how often it is written capitalised where it does not open a sentence (percent).

Only terms seen in at least ``--min-df`` documents are kept. These are word statistics;
no text is written.

    python training/build_background.py [--min-df 3] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from collections.abc import Iterable, Iterator

from corpora import MODELS, fang_records, wikinews_records

from lagebild.enrich.keywords import BACKGROUND_FILE, _analyse as analyse  # whole texts


def fang_texts(limit: int | None) -> Iterator[str]:
    """Headline and text of the FANG-COVID articles."""
    for n, record in enumerate(fang_records(), 1):
        yield f"{record.get('header') or ''}\n{record.get('article') or ''}"
        if limit and n >= limit:
            return


def wikinews_texts() -> Iterator[str]:
    """Title and text of the German Wikinews articles."""
    for record in wikinews_records():
        yield f"{record.get('title') or ''}\n{record.get('text') or ''}"


def count(texts: Iterable[str], upper: Counter[str], lower: Counter[str]) -> tuple[int, Counter[str]]:
    """Documents and document frequencies; adds capitalised and lowercase in-sentence occurrences."""
    df: Counter[str] = Counter()
    n = 0
    for n, text in enumerate(texts, 1):
        seen: set[str] = set()
        for word in analyse(text):
            seen.update(word.terms)
            if not word.initial and word.text[:1].isalpha():
                (upper if word.capitalised else lower)[word.terms[-1]] += 1
        df.update(seen)
        if n % 5000 == 0:
            print(f"  {n} documents, {len(df)} terms", flush=True)
    return n, df


def table(sizes: list[int], dfs: list[Counter[str]], upper: Counter[str], lower: Counter[str],
          min_df: int) -> dict:
    """The JSON table: ``{"documents": [n, ...], "terms": {term: [df, ..., percent capitalised or -1]}}``."""
    terms = {}
    for key in sorted(set().union(*dfs)):
        counts = [df[key] for df in dfs]
        if sum(counts) < min_df:
            continue
        seen = upper[key] + lower[key]
        terms[key] = [*counts, round(100 * upper[key] / seen) if seen else -1]
    return {"documents": sizes, "min_df": min_df,
            "sources": ["news_fang_covid (41,242 articles)", "wikinews_de (998 articles)"], "terms": terms}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-df", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="only the first N FANG articles (a quick try)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    upper: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    n_fang, df_fang = count(fang_texts(args.limit), upper, lower)
    n_wiki, df_wiki = count(wikinews_texts(), upper, lower)
    out = table([n_fang, n_wiki], [df_fang, df_wiki], upper, lower, args.min_df)
    n = n_fang + n_wiki
    path = MODELS / BACKGROUND_FILE
    path.write_bytes(gzip.compress(json.dumps(out, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 9,
                                   mtime=0))
    print(f"{n} documents, {len(out['terms'])} terms (df >= {args.min_df}) -> {path} "
          f"({path.stat().st_size / 1e6:.2f} MB) in {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
