"""Evaluate the extractive summary against lead-k with ROUGE-1/2/L (rouge-score 0.1.2).

Test items (``training/summary_data.py``): FANG-COVID held-out articles (sueddeutsche.de,
and tagesspiegel.de/zeit.de from 2021-01), body without its lead, scored against the lead;
and tagesschau.de items of teasers_zeitgeist, the paragraphs after the teaser, scored
against the teaser.

ROUGE setup: ``rouge_score.rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"])``,
F-measure averaged over items, with a German tokeniser (lowercase unicode words, umlauts
and ß kept: the package's default tokeniser drops every non-ASCII letter). ``unstemmed``:
the words as written; ``stemmed``: each word as the store's term (umlaut folding +
Snowball German). The package's own Porter stemmer is English and is not used.

Systems: ``lead-1``, ``lead-2``, ``lead-3`` (the first sentences of the same candidate
sentences the summary chooses from) and ``summary`` (the step's default config).

    pip install -e '.[eval]'
    python eval/summary/evaluate.py [--limit 1500] [--json] [--check] [--update-floor]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))
from gate import TOLERANCE, apply_floor  # noqa: E402  (eval/gate.py: the shared floor tail)
sys.path.insert(0, str(ROOT / "training"))

from corpora import FANG, TEASERS  # noqa: E402

from lagebild.enrich.summary import DEFAULT_CONFIG, candidate_sentences, summarise  # noqa: E402
from lagebild.store.analysis import term  # noqa: E402

FLOOR_FILE = ROOT / "eval" / "floors" / "summary.json"
WORD = re.compile(r"[^\W_]+")
METRICS = ("rouge1", "rouge2", "rougeL")


class GermanTokenizer:
    """rouge-score tokeniser: lowercase unicode words; ``stem`` maps each to the store's German term."""

    def __init__(self, stem: bool) -> None:
        self.stem = stem

    def tokenize(self, text: str) -> list[str]:
        words = WORD.findall(text.lower())
        return [term(w) or w for w in words] if self.stem else words


def lead(k: int) -> Callable[[Any], str]:
    """The lead-k baseline over the summary's own candidate sentences."""

    def system(item: Any) -> str:
        found = candidate_sentences(item.text, set(), DEFAULT_CONFIG)
        return " ".join(s.text for s in found[:k])

    return system


def summary_system(**config: Any) -> Callable[[Any], str]:
    def system(item: Any) -> str:
        return " ".join(s.text for s in summarise(item.text, item.headline, **config))

    return system


def rouge(items: list[Any], system: Callable[[Any], str], stem: bool) -> dict[str, float]:
    """Mean ROUGE F-measures (percent) of ``system`` on ``items``."""
    from rouge_score.rouge_scorer import RougeScorer

    scorer = RougeScorer(list(METRICS), tokenizer=GermanTokenizer(stem))
    totals = dict.fromkeys(METRICS, 0.0)
    for item in items:
        result = scorer.score(item.reference, system(item))
        for metric in METRICS:
            totals[metric] += result[metric].fmeasure
    return {m: round(100 * v / max(1, len(items)), 2) for m, v in totals.items()}


def systems() -> dict[str, Callable[[Any], str]]:
    return {"lead-1": lead(1), "lead-2": lead(2), "lead-3": lead(3), "summary": summary_system()}


def evaluate(limit: int = 1500) -> dict[str, Any]:
    """ROUGE of every system on every test set, stemmed and unstemmed."""
    from summary_data import fang_items, teaser_items

    sets = {"fang": fang_items("heldout", limit, FANG)}
    if TEASERS.exists():
        sets["teasers"] = teaser_items(TEASERS)[:limit]
    digest = hashlib.sha256()
    results: dict[str, Any] = {}
    for name, items in sets.items():
        digest.update(json.dumps([i.reference for i in items]).encode())
        for system_name, system in systems().items():
            for stem in (False, True):
                results[f"{name}/{'stemmed' if stem else 'unstemmed'}/{system_name}"] = rouge(items, system, stem)
    figures = {f"{key.replace('/', '_')}_{m}": v[m] for key, v in results.items() for m in METRICS
               if key.endswith("/summary")}
    words = {name: round(sum(len(summary_system()(i).split()) for i in items) / max(1, len(items)), 1)
             for name, items in sets.items()}
    return {**figures, "items": {k: len(v) for k, v in sets.items()}, "summary_words": words,
            "reference_hash": digest.hexdigest(), "table": results}


def check(result: dict[str, Any], floor: dict[str, Any]) -> list[str]:
    problems = []
    if floor.get("reference_hash") != result["reference_hash"]:
        problems.append("reference hash differs from the floor's: the data changed; re-measure, pin with --update-floor")
    for name, value in floor.items():
        if name.endswith(METRICS) and result.get(name, 0.0) < value - TOLERANCE:
            problems.append(f"{name}: {result.get(name, 0.0):.2f} is below its floor {value:.2f} (tolerance {TOLERANCE})")
    return problems


def _print(result: dict[str, Any]) -> None:
    print(f"items {result['items']}; summary words on average {result['summary_words']}")
    print(f"{'set/tokens/system':32s} {'R1':>6s} {'R2':>6s} {'RL':>6s}")
    for key, v in result["table"].items():
        print(f"{key:32s} {v['rouge1']:6.2f} {v['rouge2']:6.2f} {v['rougeL']:6.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1500, help="items per test set")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure drops below its floor")
    parser.add_argument("--update-floor", action="store_true", help="pin the measured figures as the floor")
    args = parser.parse_args(argv)
    if not FANG.exists():
        print(f"corpus not found: {FANG} (expected ../shared/data beside the repository)", file=sys.stderr)
        return 2
    result = evaluate(args.limit)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "table"}))
    else:
        _print(result)
    return apply_floor(result, FLOOR_FILE, floor={k: v for k, v in result.items() if k.endswith(METRICS) or k == "reference_hash"}, check=check, update=args.update_floor, verify=args.check)


if __name__ == "__main__":
    sys.exit(main())
