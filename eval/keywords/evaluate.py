"""Evaluate keywords by how many of them the headline and teaser/lead name.

Test items (``training/summary_data.py``): FANG-COVID held-out articles (keywords of the
body without its lead, reference: headline + lead) and tagesschau.de items of
teasers_zeitgeist (keywords of the paragraphs after the teaser, reference: headline +
teaser). An editor's headline and teaser name what the article is about, so the share of
keywords that occur there is a proxy for precision.

Figures, for the top ``k`` keywords (default 5):

- ``strict``: share of keywords whose every word occurs in the reference (as the store's
  term: "Soldaten" matches "Soldat"; a hyphen piece counts: "US-Truppen" matches "Truppen");
- ``parts``: as strict, but a word also matches a reference word it shares a compound part
  with ("Truppenpräsenz" ~ "US-Truppen").
- ``hit@k``: share of items where at least one keyword occurs (strict).

Baselines: ``frequency``: the ``k`` most frequent capitalised words (no background
statistics, no phrases; sentence-initial "Die"/"Der" and "Corona" included, which the
reference names too: the measure rewards them); ``nouns``: the ``k`` most frequent
noun-like words that are not background stop words (the step's candidates, counted,
without idf, phrases or compounds).

    python eval/keywords/evaluate.py [--k 5] [--limit 1500] [--show 20] [--json] [--check] [--update-floor]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))
from gate import TOLERANCE, apply_floor  # noqa: E402  (eval/gate.py: the shared floor tail)
sys.path.insert(0, str(ROOT / "training"))

from corpora import FANG, TEASERS  # noqa: E402

from lagebild.enrich.keywords import (  # noqa: E402
    DEFAULT_CONFIG,
    analyse,
    background,
    compound_keys,
    extract,
    noun_like,
    stop_word,
    word_terms,
)

FLOOR_FILE = ROOT / "eval" / "floors" / "keywords.json"
FIGURES = ("fang_strict", "fang_parts", "fang_hit", "teasers_strict", "teasers_parts", "teasers_hit")


def reference_keys(text: str) -> tuple[set[str], set[str]]:
    """Terms of the reference (words and hyphen pieces) and the compound parts of its words."""
    keys: set[str] = set()
    parts: set[str] = set()
    for word in analyse(text):
        keys.add(word.key)
        keys.update(word.terms)
        if word.capitalised:
            parts.update(compound_keys(word.text))
    return keys, parts | keys


def occurs(keyword: str, keys: set[str], parts: set[str], compounds: bool) -> bool:
    """Whether every word of ``keyword`` occurs in the reference."""
    for word in keyword.split():
        terms = word_terms(word)
        if " ".join(terms) in keys or (len(terms) > 1 and terms[-1] in keys):
            continue
        if compounds and set(compound_keys(word)) & parts:
            continue
        return False
    return True


def frequency_baseline(text: str, k: int) -> list[str]:
    """The ``k`` most frequent capitalised words (as written most often)."""
    counts: Counter[str] = Counter(w.text for w in analyse(text) if w.capitalised)
    return [w for w, _ in counts.most_common(k)]


def nouns_baseline(text: str, k: int) -> list[str]:
    """The ``k`` most frequent noun-like, non-stop words (lemma-merged by term)."""
    stats = background()
    stop = DEFAULT_CONFIG["stop_share"]
    counts: Counter[str] = Counter()
    forms: dict[str, str] = {}
    for word in analyse(text):
        if noun_like(word, stats) and not stop_word(word, stats, stop):
            counts[word.key] += 1
            forms.setdefault(word.key, word.text)
    return [forms[key] for key, _ in counts.most_common(k)]


def ours(text: str, k: int) -> list[str]:
    return [e["text"] for e in extract(text, max_keywords=k)]


def score(items: list[Any], system: Callable[[str, int], list[str]], k: int) -> dict[str, float]:
    """Strict and compound-aware share of occurring keywords, and hit rate, in percent."""
    strict = parts = hits = total = 0
    for item in items:
        keys, part_keys = reference_keys(f"{item.headline}\n{item.reference}")
        found = system(item.text, k)
        matched = [occurs(kw, keys, part_keys, False) for kw in found]
        strict += sum(matched)
        parts += sum(occurs(kw, keys, part_keys, True) for kw in found)
        hits += any(matched)
        total += len(found)
    return {"strict": round(100 * strict / max(1, total), 2), "parts": round(100 * parts / max(1, total), 2),
            "hit": round(100 * hits / max(1, len(items)), 2), "per_item": round(total / max(1, len(items)), 2)}


def evaluate(k: int = 5, limit: int = 1500) -> dict[str, Any]:
    from summary_data import fang_items, teaser_items

    sets = {"fang": fang_items("heldout", limit, FANG)}
    if TEASERS.exists():
        sets["teasers"] = teaser_items(TEASERS)[:limit]
    table: dict[str, Any] = {}
    digest = hashlib.sha256()
    for name, items in sets.items():
        digest.update(json.dumps([i.reference for i in items]).encode())
        table[f"{name}/keywords"] = score(items, ours, k)
        table[f"{name}/frequency"] = score(items, frequency_baseline, k)
        table[f"{name}/nouns"] = score(items, nouns_baseline, k)
    figures = {f"{name}_{m}": table[f"{name}/keywords"][m] for name in sets for m in ("strict", "parts", "hit")}
    return {**figures, "k": k, "items": {n: len(v) for n, v in sets.items()}, "reference_hash": digest.hexdigest(),
            "table": table}


def show(n: int, k: int) -> None:
    """Print keywords of ``n`` held-out FANG articles with their headlines (for reading; not stored)."""
    from summary_data import fang_items

    for item in fang_items("heldout", n, FANG, stride=97):
        print(f"{item.source:16s} {item.headline[:90]}\n   -> {'; '.join(ours(item.text, k))}")


def check(result: dict[str, Any], floor: dict[str, Any]) -> list[str]:
    problems = []
    if floor.get("reference_hash") != result["reference_hash"]:
        problems.append("reference hash differs from the floor's: the data changed; re-measure, pin with --update-floor")
    for name in FIGURES:
        if name in floor and result.get(name, 0.0) < floor[name] - TOLERANCE:
            problems.append(f"{name}: {result.get(name, 0.0):.2f} is below its floor {floor[name]:.2f} (tolerance {TOLERANCE})")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--limit", type=int, default=1500, help="items per test set")
    parser.add_argument("--show", type=int, default=0, help="print keywords of N held-out articles and stop")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--update-floor", action="store_true")
    args = parser.parse_args(argv)
    if not FANG.exists():
        print(f"corpus not found: {FANG} (expected ../shared/data beside the repository)", file=sys.stderr)
        return 2
    if args.show:
        show(args.show, 10)
        return 0
    result = evaluate(args.k, args.limit)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "table"}))
    else:
        print(f"top {result['k']} keywords; items {result['items']}")
        for key, v in result["table"].items():
            print(f"{key:22s} strict {v['strict']:6.2f}  parts {v['parts']:6.2f}  hit@k {v['hit']:6.2f}  "
                  f"(per item {v['per_item']})")
    return apply_floor(result, FLOOR_FILE, floor={k: result[k] for k in (*FIGURES, "k", "reference_hash") if k in result}, check=check, update=args.update_floor, verify=args.check)


if __name__ == "__main__":
    sys.exit(main())
