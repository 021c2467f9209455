"""Search benchmark: indexing rate and query latency (p50/p95) of the SQLite store.

    python bench/search.py                      # build a synthetic DB (5,000 articles) and time queries
    python bench/search.py --articles 41000     # the size of the FANG-COVID corpus
    python bench/search.py path/to/lagebild.db  # time queries on an existing (ingested) database
    python bench/search.py --json out.json      # also write the figures as JSON

Without a database argument the articles are generated German-like text
(a small hand-written vocabulary, Zipf-distributed, plus generated rare words),
so the benchmark runs without ../shared. The synthetic build also reports the
indexing rate of ``Store.add_articles`` in articles per second (one core).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from lagebild.article import Article, Section, compose_text
from lagebild.store import open_store
from lagebild.store.compounds import dictionary

#: Queries timed: single words (frequent and rare), compounds, umlaut spellings, phrases, operators, filters.
QUERIES: tuple[tuple[str, dict], ...] = (
    ("Soldat", {}),
    ("Truppen", {}),
    ("Präsenz", {}),
    ("Irak", {}),
    ("Muenchen", {}),
    ("Strasse", {}),
    ("Regierung", {}),
    ("die", {}),
    ("Impfstoff Schule", {}),
    ('"Truppen im Irak"', {}),
    ("Merkel OR Macron", {}),
    ("Corona -Schule", {}),
    ("Verhand*", {}),
    ("(Bundeswehr OR Polizei) Einsatz -Fußball", {}),
    ("Corona", {"outlet": "Tagesblatt"}),
    ("Regierung", {"since": "2020-06-01", "until": "2020-06-30"}),
)

COMMON = (
    "der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat "
    "dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis "
    "mehr durch man sein wurde sei schon wenn habe seine Jahr Prozent sagte jedoch hatte unter Millionen"
).split()
CONTENT = (
    "Regierung Soldaten Soldat Truppen Truppenpräsenz Präsenz Irak irakischen Bundeswehr Bundeswehrsoldaten Polizei "
    "Einsatz Einsatzkräfte München Muenchen Straße Strasse Stadt Städte Bürgermeister Ministerpräsident Kanzlerin "
    "Merkel Macron Corona Coronavirus Pandemie Impfstoff Impfstoffe Schule Schulen Lehrer Eltern Kinder Wirtschaft "
    "Unternehmen Arbeitsplätze Verhandlungen Verhandlung Waffenstillstand Friedensverhandlungen Abzug Truppenabzug "
    "Sicherheitsrat Vereinte Nationen Außenminister Verteidigungsminister Opposition Parlament Bundestag Wahl "
    "Wahlkampf Fußball Bundesliga Spieler Trainer Wochenende Donnerstag Freitag Gericht Staatsanwaltschaft Klage "
    "Klimawandel Energiewende Strompreise Gaspreise Flüchtlinge Grenze Grenzkontrollen Krankenhaus Krankenhäuser "
    "Ärzte Pflegekräfte Maskenpflicht Ausgangssperre Lockdown Infektionszahlen Gesundheitsamt Gesundheitsämter "
    "Demonstranten Proteste Kundgebung Innenstadt Feuerwehr Feuerwehrleute Brand Unfall Autobahn Bahn Züge "
    "Haushalt Steuern Steuererhöhung Schulden Milliarden Euro Banken Zinsen Börse Aktien Exporte Handel Zölle "
    "Washington Moskau Peking Brüssel Berlin Paris Bagdad Kabul Nato Europäische Union Kommission Gipfel Treffen "
    "erklärte berichtete kündigte forderte kritisierte betonte warnte bestätigte verringert verlassen angekündigt "
    "neue neuen großen ersten wichtigen politischen deutschen amerikanischen russischen europäischen aktuellen"
).split()
SYLLABLES = (
    "ba be bi bo bu da de di do ka ke ko la le li lo ma me mi na ne no ra re ri ro sa se so ta te to ver ge"
).split()
OUTLETS = ("Tagesblatt", "Morgenpost", "Abendzeitung", "Rundschau", "Kurier", "Anzeiger")


def vocabulary(rng: random.Random, rare: int = 20000) -> list[str]:
    """Common words first, then content words, then generated rare words (Zipf order)."""
    generated = {
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 5))).capitalize() for _ in range(rare)
    }
    return COMMON + CONTENT + sorted(generated)


def synthetic_articles(n: int, words: int, seed: int = 7) -> Iterator[Article]:
    """``n`` German-like articles of about ``words`` words each."""
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(vocab))]
    for i in range(n):
        sample = rng.choices(vocab, weights, k=words + 10)
        headline = " ".join(sample[:8]).capitalize()
        paragraphs = [_paragraph(sample[8 + j: 8 + j + 60]) for j in range(0, words, 60)]
        sections = [Section(None, paragraphs)]
        yield Article(
            id=f"syn{i:06d}",
            url=f"https://example.org/{i}",
            outlet=OUTLETS[i % len(OUTLETS)],
            language="de",
            headline=headline,
            published=f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:15:00+02:00",
            sections=sections,
            text=compose_text(None, headline, None, sections),
        )


def _paragraph(words: list[str]) -> str:
    sentences = [" ".join(words[k: k + 12]) for k in range(0, len(words), 12)]
    return " ".join(s[:1].upper() + s[1:] + "." for s in sentences if s)


def build(path: Path, n: int, words: int) -> dict[str, float]:
    """Fill a new database with synthetic articles; returns the indexing figures."""
    articles = list(synthetic_articles(n, words))
    started = time.perf_counter()
    dictionary()  # the word list loads once per process; timed separately
    loaded = time.perf_counter() - started
    with open_store(path) as store:
        started = time.perf_counter()
        store.add_articles(articles)
        elapsed = time.perf_counter() - started
    rate = n / elapsed
    print(f"indexed {n} articles of ~{words} words in {elapsed:.1f}s: {rate:.0f} articles/s "
          f"(word list load {loaded:.2f}s, not included)")
    return {"articles": n, "words": words, "seconds": round(elapsed, 2), "articles_per_s": round(rate, 1)}


def time_queries(path: Path, repeat: int) -> list[dict]:
    """p50/p95 latency of each query (first run discarded as warm-up)."""
    figures = []
    with open_store(path, readonly=True) as store:
        print(f"{store.count_articles()} articles in {path}")
        print(f"{'query':48} {'filters':36} {'total':>7} {'p50 ms':>8} {'p95 ms':>8}")
        for query, filters in QUERIES:
            result = store.search(query, **filters)
            samples = []
            for _ in range(repeat):
                started = time.perf_counter()
                store.search(query, **filters)
                samples.append((time.perf_counter() - started) * 1000)
            p50, p95 = _percentile(samples, 50), _percentile(samples, 95)
            figures.append({"query": query, "filters": filters, "total": result.total, "p50_ms": round(p50, 2),
                            "p95_ms": round(p95, 2)})
            print(f"{query:48} {json.dumps(filters, ensure_ascii=False):36} {result.total:7} {p50:8.1f} {p95:8.1f}")
    every = [f["p95_ms"] for f in figures]
    print(f"worst p95 {max(every):.1f} ms; median of p50s {statistics.median(f['p50_ms'] for f in figures):.1f} ms")
    return figures


def _percentile(samples: list[float], pct: int) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", help="an existing lagebild database (default: build a synthetic one)")
    parser.add_argument("--articles", type=int, default=5000, help="synthetic articles to build (default 5000)")
    parser.add_argument("--words", type=int, default=500, help="words per synthetic article (default 500)")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per query (default 20)")
    parser.add_argument("--keep", help="build the synthetic database at this path and keep it")
    parser.add_argument("--json", help="write the figures to this JSON file")
    args = parser.parse_args(argv)
    report: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        if args.db:
            path = Path(args.db)
            if not path.exists():
                print(f"no database at {path}", file=sys.stderr)
                return 2
        else:
            path = Path(args.keep) if args.keep else Path(tmp) / "bench.db"
            report["indexing"] = build(path, args.articles, args.words)
        report["queries"] = time_queries(path, args.repeat)
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
