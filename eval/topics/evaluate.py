"""Evaluate the topic model on held-out distant labels: FANG-COVID by outlet and month, and zeit.de/tagesschau.de teasers.

Slices (see ``training/topics_data.py``): ``outlet`` (sueddeutsche.de, never seen in
training), ``month`` (tagesspiegel.de and zeit.de from 2021-01), ``both``
(sueddeutsche.de from 2021-01), ``heldout`` (the three together), and ``teasers``
(``../shared/data/teasers_zeitgeist``: headline and teaser of 2025-26 items whose URL
section maps to IPTC; short texts, years after COVID-19: a test of transfer).

The model alone is scored (``section_weight`` 0: the labels come from the URL section, so
the section prior would be cheating). Figures: accuracy of the best topic, macro-F1 over
the topics that occur in the slice, top-3 accuracy (gold among the three best), and a
confusion matrix on ``heldout``.

    python eval/topics/evaluate.py [--json] [--check] [--update-floor]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))
from gate import TOLERANCE, apply_floor  # noqa: E402  (eval/gate.py: the shared floor tail)
sys.path.insert(0, str(ROOT / "training"))

from corpora import FANG, TEASERS  # noqa: E402

from lagebild.enrich.topics import classify, iptc_labels, section_topic, url_section  # noqa: E402

FLOOR_FILE = ROOT / "eval" / "floors" / "topics.json"
FIGURES = ("heldout_accuracy", "heldout_macro_f1", "outlet_accuracy", "month_accuracy", "teasers_accuracy",
           "teasers_macro_f1")


def teaser_examples(path: Path = TEASERS) -> list[tuple[str, str]]:
    """(text, IPTC id) of teaser items whose URL section maps to a topic."""
    found = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            label = section_topic(url_section(item.get("url")))
            if label:
                found.append((f"{item.get('title') or ''}\n\n{item.get('content') or ''}", label))
    return found


def scores(gold: list[str], predicted: list[list[str]]) -> dict[str, Any]:
    """Accuracy, macro-F1 over the gold topics, top-3 accuracy and the confusion counts."""
    best = [p[0] for p in predicted]
    confusion = Counter(zip(gold, best, strict=True))
    f1s = []
    for label in sorted(set(gold)):
        tp = confusion[(label, label)]
        fp = sum(n for (g, p), n in confusion.items() if p == label and g != label)
        fn = sum(n for (g, p), n in confusion.items() if g == label and p != label)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    n = len(gold) or 1
    return {
        "n": len(gold),
        "accuracy": round(100 * sum(g == p for g, p in zip(gold, best, strict=True)) / n, 2),
        "macro_f1": round(100 * sum(f1s) / (len(f1s) or 1), 2),
        "top3_accuracy": round(100 * sum(g in p[:3] for g, p in zip(gold, predicted, strict=True)) / n, 2),
        "confusion": confusion,
    }


def predict(text: str) -> list[str]:
    """IPTC ids by the model's probability, best first."""
    return [k for k, _ in sorted(classify(text).items(), key=lambda item: -item[1])]


def evaluate(fang: Path = FANG, teasers: Path = TEASERS) -> dict[str, Any]:
    """Score every held-out slice; returns figures, per-slice results and the data hash."""
    from topics_data import SLICES, load

    slices = load(fang)
    results: dict[str, Any] = {}
    digest = hashlib.sha256()
    pooled_gold: list[str] = []
    pooled_pred: list[list[str]] = []
    for name in SLICES[1:]:
        gold = [e.label for e in slices.get(name, [])]
        predicted = [predict(e.text) for e in slices.get(name, [])]
        results[name] = scores(gold, predicted)
        pooled_gold += gold
        pooled_pred += predicted
        digest.update(json.dumps(gold).encode())
    results["heldout"] = scores(pooled_gold, pooled_pred)
    if teasers.exists():
        items = teaser_examples(teasers)
        results["teasers"] = scores([g for _, g in items], [predict(t) for t, _ in items])
        digest.update(json.dumps([g for _, g in items]).encode())
    figures = {f"{s}_{m}": results[s][m] for s in results for m in ("accuracy", "macro_f1", "top3_accuracy")}
    return {**figures, "train": len(slices.get("train", [])), "label_hash": digest.hexdigest(), "slices": results}


def confusion_table(confusion: Counter, labels: list[str]) -> str:
    """A markdown confusion matrix (rows gold, columns predicted) with short German labels."""
    names = {k: v["de"].split(",")[0].split(" und ")[0][:12] for k, v in iptc_labels().items()}
    head = "| gold \\ predicted | " + " | ".join(names[c] for c in labels) + " |"
    lines = [head, "|" + "---|" * (len(labels) + 1)]
    for g in labels:
        lines.append(f"| {names[g]} | " + " | ".join(str(confusion[(g, p)]) for p in labels) + " |")
    return "\n".join(lines)


def check(result: dict[str, Any], floor: dict[str, Any]) -> list[str]:
    """Problems: changed labels, or a figure more than TOLERANCE points below its floor."""
    problems = []
    if floor.get("label_hash") != result["label_hash"]:
        problems.append("label hash differs from the floor's: data or mapping changed; re-measure, pin with --update-floor")
    for name in FIGURES:
        if result[name] < floor[name] - TOLERANCE:
            problems.append(f"{name}: {result[name]:.2f} is below its floor {floor[name]:.2f} (tolerance {TOLERANCE})")
    return problems


def _print(result: dict[str, Any]) -> None:
    print(f"trained on {result['train']} articles (tagesspiegel.de + zeit.de up to 2020-12)")
    print(f"{'slice':10s} {'n':>6s} {'acc':>7s} {'macroF1':>8s} {'top3':>7s}")
    for name, r in result["slices"].items():
        print(f"{name:10s} {r['n']:6d} {r['accuracy']:7.2f} {r['macro_f1']:8.2f} {r['top3_accuracy']:7.2f}")
    confusion = result["slices"]["heldout"]["confusion"]
    labels = sorted({g for g, _ in confusion} | {p for _, p in confusion})
    print("\nconfusion on heldout (rows gold, columns predicted):\n" + confusion_table(confusion, labels))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure drops below its floor")
    parser.add_argument("--update-floor", action="store_true", help="pin the measured figures as the floor")
    args = parser.parse_args(argv)
    if not FANG.exists():
        print(f"corpus not found: {FANG} (expected ../shared/data beside the repository)", file=sys.stderr)
        return 2
    result = evaluate()
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "slices"}))
    else:
        _print(result)
    return apply_floor(result, FLOOR_FILE, floor={key: result[key] for key in (*FIGURES, "label_hash")}, check=check, update=args.update_floor, verify=args.check)


if __name__ == "__main__":
    sys.exit(main())
