"""Story clustering and near-duplicate evaluation on hand-labelled FANG-COVID weeks.

    python eval/stories/evaluate.py                 # both weeks, thresholds fixed on the other week
    python eval/stories/evaluate.py --check         # fail when a figure drops > 0.5 points below its floor
    python eval/stories/evaluate.py --update-floor  # pin the current figures (never lowers without this flag)

The gold (``gold_week1.jsonl``, ``gold_week2.jsonl``) holds URLs and labels only; the texts
are read from ``../shared/data/news_fang_covid/articles.jsonl.gz``. The system sees each
week's real articles in corpus file order (as ``lagebild ingest`` would), with document
frequencies warmed on :data:`WARM_ARTICLES` corpus articles from outside April 2020 -- the
"articles already in the database" of a running installation.

Clustering: pairwise precision/recall/F1 over pairs of articles placed in one story
(Miranda et al. 2018) and B-cubed F1 over the articles of multi-article gold stories.
Thresholds are chosen on one week and applied to the other. The baseline is TF-IDF
cosine (headline + text, IDF of the week) with single-link at the best threshold chosen on
the test week itself. Near-duplicates: precision/recall over gold pairs.
"""

from __future__ import annotations

import argparse
import copy
import gzip
import hashlib
import itertools
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))
from gate import TOLERANCE, apply_floor  # noqa: E402  (eval/gate.py: the shared floor tail)
sys.path.insert(0, str(ROOT / "src"))

from lagebild.article import Article  # noqa: E402
from lagebild.readers.base import Origin  # noqa: E402
from lagebild.readers.records import record_document  # noqa: E402
from lagebild.stories.clustering import ClusterConfig, StoryClusterer  # noqa: E402
from lagebild.stories.copies import CopyFinder, copy_text  # noqa: E402
from lagebild.stories.features import DocumentFrequencies, raw_features, term_counts  # noqa: E402
from lagebild.structure import structure  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "news_fang_covid" / "articles.jsonl.gz"
GOLD = {"week1": ROOT / "eval" / "stories" / "gold_week1.jsonl", "week2": ROOT / "eval" / "stories" / "gold_week2.jsonl"}
FLOOR_FILE = ROOT / "eval" / "floors" / "stories.json"
WARM_ARTICLES = 8000
THRESHOLDS = [round(0.10 + 0.025 * i, 3) for i in range(17)]

Pairs = set[tuple[str, str]]


def read_gold(path: Path) -> tuple[dict[str, Any], dict[str, str | None], Pairs]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    stories = {x["url"]: x["story"] for x in lines[1:] if "url" in x}
    dups = {tuple(sorted(x["near_duplicate"])) for x in lines[1:] if "near_duplicate" in x}
    return lines[0], stories, dups  # type: ignore[return-value]


def gold_hash() -> str:
    digest = hashlib.sha256()
    for name in sorted(GOLD):
        digest.update(GOLD[name].read_bytes())
    return digest.hexdigest()


def load_corpus(golds: dict[str, dict[str, str | None]]) -> tuple[dict[str, list[Article]], DocumentFrequencies]:
    """The gold weeks' articles in corpus order, and document frequencies warmed outside April 2020."""
    wanted = {url: week for week, stories in golds.items() for url in stories}
    weeks: dict[str, list[Article]] = defaultdict(list)
    warm = DocumentFrequencies()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            record = json.loads(line)
            article = None
            if record["url"] in wanted and record["label"] == "real":
                article = _article(record, number)
                weeks[wanted[record["url"]]].append(article)
            elif warm.documents < WARM_ARTICLES and not record["date"].startswith("2020-04"):
                warm.add(raw_features(_article(record, number)))
    return weeks, warm


def _article(record: dict[str, Any], number: int) -> Article:
    article = structure(record_document(record, Origin(str(CORPUS), str(number))))
    article.id = record["url"]
    return article


def cluster(articles: list[Article], warm: DocumentFrequencies, threshold: float) -> dict[str, int]:
    clusterer = StoryClusterer(ClusterConfig(threshold=threshold), copy.deepcopy(warm))
    return {a.id: clusterer.add(a.id, a).story_id for a in articles}  # type: ignore[misc]


def same_story_pairs(labels: dict[str, Any]) -> Pairs:
    groups: dict[Any, list[str]] = defaultdict(list)
    for url, label in labels.items():
        if label is not None:
            groups[label].append(url)
    return {p for members in groups.values() for p in itertools.combinations(sorted(members), 2)}


def prf(gold: Pairs, system: Pairs) -> dict[str, float]:
    tp = len(gold & system)
    p = tp / len(system) if system else 0.0
    r = tp / len(gold) if gold else 0.0
    return {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * (2 * p * r / (p + r) if p + r else 0.0), 2)}


def bcubed(gold: dict[str, str | None], system: dict[str, int]) -> float:
    """B-cubed F1 over the articles of multi-article gold stories."""
    gold_groups: dict[str, set[str]] = defaultdict(set)
    for url, label in gold.items():
        if label:
            gold_groups[label].add(url)
    sys_groups: dict[int, set[str]] = defaultdict(set)
    for url, story in system.items():
        sys_groups[story].add(url)
    ps, rs = [], []
    for url, label in gold.items():
        if not label:
            continue
        g, s = gold_groups[label], sys_groups[system[url]]
        ps.append(len(g & s) / len(s))
        rs.append(len(g & s) / len(g))
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    return round(100 * 2 * p * r / (p + r), 2)


def baseline(articles: list[Article], gold_pairs: Pairs) -> dict[str, float]:
    """TF-IDF cosine single-link with the best threshold on the test week itself."""
    counts = [term_counts(f"{a.headline or ''} {a.text}") for a in articles]
    df = Counter(t for c in counts for t in c)
    n = len(articles)
    vectors = []
    for c in counts:
        v = {t: (1 + math.log(k)) * math.log(n / df[t]) for t, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({t: x / norm for t, x in v.items()})
    sims = []
    for i, j in itertools.combinations(range(n), 2):
        a, b = vectors[i], vectors[j]
        s = sum(x * b.get(t, 0.0) for t, x in a.items())
        if s >= 0.1:
            sims.append((s, articles[i].id, articles[j].id))
    best: dict[str, float] = {"f1": -1.0}
    for threshold in THRESHOLDS + [0.55, 0.6, 0.7]:
        parent = {a.id: a.id for a in articles}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for s, a, b in sims:
            if s >= threshold:
                parent[find(a)] = find(b)
        labels = {a.id: find(a.id) for a in articles}
        scores = prf(gold_pairs, same_story_pairs(labels))
        if scores["f1"] > best["f1"]:
            best = dict(scores, threshold=threshold)
    return best


def near_duplicates(articles: list[Article]) -> Pairs:
    texts = {a.id: copy_text(a) for a in articles}
    finder = CopyFinder(texts.get)
    found: Pairs = set()
    for a in articles:
        _, pairs = finder.add(a.id, texts[a.id])  # type: ignore[arg-type]
        found.update(tuple(sorted((p.a, p.b))) for p in pairs)
    return found


def evaluate() -> dict[str, Any]:
    if not CORPUS.exists():
        raise SystemExit(f"missing {CORPUS}: the stories evaluation reads ../shared/data/news_fang_covid")
    golds = {week: read_gold(path) for week, path in GOLD.items()}
    weeks, warm = load_corpus({w: g[1] for w, g in golds.items()})
    sweeps: dict[str, dict[float, dict[str, float]]] = {}
    for week, (_, labels, _) in golds.items():
        gold_pairs = same_story_pairs(labels)
        sweeps[week] = {t: prf(gold_pairs, same_story_pairs(cluster(weeks[week], warm, t))) for t in THRESHOLDS}
    result: dict[str, Any] = {"gold_hash": gold_hash(), "weeks": {}}
    for week, (head, labels, dups) in golds.items():
        other = next(w for w in golds if w != week)
        threshold = max(THRESHOLDS, key=lambda t: (sweeps[other][t]["f1"], -t))
        system = cluster(weeks[week], warm, threshold)
        gold_pairs = same_story_pairs(labels)
        found = near_duplicates(weeks[week])
        result["weeks"][week] = {
            "span": head["week"], "articles": len(weeks[week]), "gold_stories": len(set(filter(None, labels.values()))),
            "threshold_from": other, "threshold": threshold,
            "pairwise": prf(gold_pairs, same_story_pairs(system)), "bcubed_f1": bcubed(labels, system),
            "oracle_threshold_f1": max(s["f1"] for s in sweeps[week].values()),
            "baseline_tfidf_single_link_oracle": baseline(weeks[week], gold_pairs),
            "near_duplicates": prf(dups, found) | {"gold_pairs": len(dups), "found": len(found)},
        }
    return result


def headline_figures(result: dict[str, Any]) -> dict[str, float]:
    figures = {}
    for week, r in result["weeks"].items():
        figures[f"{week}_pairwise_f1"] = r["pairwise"]["f1"]
        figures[f"{week}_bcubed_f1"] = r["bcubed_f1"]
        figures[f"{week}_neardup_precision"] = r["near_duplicates"]["precision"]
        figures[f"{week}_neardup_recall"] = r["near_duplicates"]["recall"]
    return figures


def check(result: dict[str, Any], floor: dict[str, Any]) -> list[str]:
    """Problems: a figure more than :data:`TOLERANCE` points under its floor, or a changed gold."""
    problems = []
    if floor.get("gold_hash") != result["gold_hash"]:
        problems.append("the gold changed since the floor was pinned: review it and run --update-floor")
    for name, value in headline_figures(result).items():
        pinned = floor.get("figures", {}).get(name)
        if pinned is not None and value < pinned - TOLERANCE:
            problems.append(f"{name} fell to {value} (floor {pinned})")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare against eval/floors/stories.json")
    parser.add_argument("--update-floor", action="store_true", help="pin the current figures as the floor")
    args = parser.parse_args(argv)
    result = evaluate()
    print(json.dumps(result, indent=2))
    floor = {"gold_hash": result["gold_hash"], "figures": headline_figures(result)}
    return apply_floor(result, FLOOR_FILE, floor=floor, check=check, update=args.update_floor, verify=args.check)


if __name__ == "__main__":
    sys.exit(main())
