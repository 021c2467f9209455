"""Evaluate the times step on hand-annotated sentences of FANG-COVID (gold: ``eval/times/gold.jsonl``).

The gold holds no article text: per sentence the article url, the sentence's offsets in the
record's ``article`` field, the record's ``date`` and, per expression, its offsets, TIMEX3
type and value (and a short sha1 of the expression, so that a changed corpus is noticed).
The corpus is read from ``../shared/data/news_fang_covid/articles.jsonl.gz``.

Figures: extraction precision/recall/F1, strict (exact span) and relaxed (overlap);
type and value accuracy on the relaxed matches; value F1 (a relaxed match with the right
value counts, as in the TempEval/HeidelTime "value F1").

    python eval/times/evaluate.py [--data FILE] [--gold FILE] [--json] [--errors] [--check] [--update-floor]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from lagebild.article import Article
from lagebild.enrich.times import make_times_step

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))
from gate import TOLERANCE, apply_floor  # noqa: E402  (eval/gate.py: the shared floor tail)
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news_fang_covid" / "articles.jsonl.gz"
GOLD_FILE = ROOT / "eval" / "times" / "gold.jsonl"
FLOOR_DIR = ROOT / "eval" / "floors"


def floor_file(gold: Path) -> Path:
    """Each gold file has its own floor: gold.jsonl -> times.json, gold_heldout.jsonl -> times_heldout.json."""
    suffix = gold.stem.removeprefix("gold")
    return FLOOR_DIR / f"times{suffix}.json"

FIGURES = ("strict_f1", "relaxed_f1", "value_f1", "value_accuracy", "type_accuracy")


def load_gold(path: Path = GOLD_FILE) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_articles(data: Path, urls: set[str]) -> dict[str, dict[str, Any]]:
    """The first record of each wanted url."""
    found: dict[str, dict[str, Any]] = {}
    with gzip.open(data, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["url"] in urls and record["url"] not in found:
                found[record["url"]] = record
    return found


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def gold_hash(gold: list[dict[str, Any]]) -> str:
    """sha256 over the gold annotations (offsets, types, values and text hashes)."""
    return hashlib.sha256(json.dumps(gold, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def score_sentence(gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts for one sentence; relaxed matching is one-to-one, exact spans first."""
    counts = {"gold": len(gold), "system": len(system), "strict": 0, "relaxed": 0, "value": 0, "type": 0}
    used: set[int] = set()
    pairs = []
    for g in gold:
        exact = [i for i, s in enumerate(system) if i not in used and (s["start"], s["end"]) == (g["start"], g["end"])]
        overlap = [i for i, s in enumerate(system) if i not in used and _overlaps(g, s)]
        chosen = (exact or overlap or [None])[0]
        if chosen is None:
            pairs.append((g, None))
            continue
        used.add(chosen)
        s = system[chosen]
        pairs.append((g, s))
        counts["strict"] += bool(exact)
        counts["relaxed"] += 1
        counts["value"] += s["value"] == g["value"]
        counts["type"] += s["type"] == g["type"]
    counts["pairs"] = pairs
    counts["spurious"] = [s for i, s in enumerate(system) if i not in used]
    return counts


def _prf(hits: int, gold: int, system: int) -> tuple[float, float, float]:
    p = hits / system if system else 0.0
    r = hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(100 * p, 2), round(100 * r, 2), round(100 * f, 2)


def evaluate(data: Path, gold: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Run the times step on every gold article and score it on the gold sentences."""
    gold = gold if gold is not None else load_gold()
    records = load_articles(data, {item["url"] for item in gold})
    step = make_times_step()
    totals = {"gold": 0, "system": 0, "strict": 0, "relaxed": 0, "value": 0, "type": 0}
    errors: list[str] = []
    cache: dict[str, list[dict[str, Any]]] = {}
    for item in gold:
        record = records.get(item["url"])
        if record is None:
            raise SystemExit(f"article not in the corpus: {item['url']} (the corpus changed?)")
        start, end = item["sentence"]
        if _sha(record["article"][start:end]) != item["sentence_sha1"]:
            raise SystemExit(f"sentence {item['id']} differs from the gold's (the corpus changed?)")
        if item["url"] not in cache:
            cache[item["url"]] = step(Article(text=record["article"], published=record["date"])).times
        system = [t for t in cache[item["url"]] if start <= t["start"] and t["end"] <= end]
        counts = score_sentence(item["timexes"], system)
        for key in totals:
            totals[key] += counts[key]
        errors.extend(_errors(item, record["article"], counts))
    return _figures(totals, gold, errors)


def _errors(item: dict[str, Any], text: str, counts: dict[str, Any]) -> list[str]:
    lines = []
    for g, s in counts["pairs"]:
        shown = f"[{item['id']}] {text[g['start']:g['end']]!r} {g['type']} {g['value']}"
        if s is None:
            lines.append(f"MISSED   {shown}")
        elif (s["start"], s["end"], s["type"], s["value"]) != (g["start"], g["end"], g["type"], g["value"]):
            lines.append(f"DIFFERS  {shown}  -> {s['text']!r} {s['type']} {s['value']}")
    lines.extend(f"SPURIOUS [{item['id']}] {s['text']!r} {s['type']} {s['value']}" for s in counts["spurious"])
    return lines


def _figures(totals: dict[str, int], gold: list[dict[str, Any]], errors: list[str]) -> dict[str, Any]:
    sp, sr, sf = _prf(totals["strict"], totals["gold"], totals["system"])
    rp, rr, rf = _prf(totals["relaxed"], totals["gold"], totals["system"])
    vp, vr, vf = _prf(totals["value"], totals["gold"], totals["system"])
    relaxed = totals["relaxed"] or 1
    return {
        "sentences": len(gold), "gold": totals["gold"], "system": totals["system"],
        "strict_precision": sp, "strict_recall": sr, "strict_f1": sf,
        "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": rf,
        "value_precision": vp, "value_recall": vr, "value_f1": vf,
        "value_accuracy": round(100 * totals["value"] / relaxed, 2),
        "type_accuracy": round(100 * totals["type"] / relaxed, 2),
        "gold_hash": gold_hash(gold), "errors": errors,
    }


def check(result: dict[str, Any], floor: dict[str, Any]) -> list[str]:
    """Problems: changed gold, or a figure more than TOLERANCE points below its floor."""
    problems = []
    if floor.get("gold_hash") != result["gold_hash"]:
        problems.append("gold hash differs from the floor's: the gold changed; re-measure and pin with --update-floor")
    for name in FIGURES:
        if result[name] < floor[name] - TOLERANCE:
            problems.append(f"{name}: {result[name]:.2f} is below its floor {floor[name]:.2f} (tolerance {TOLERANCE})")
    return problems


def floor_of(result: dict[str, Any]) -> dict[str, Any]:
    """The figures pinned as the floor."""
    return {key: result[key] for key in ("sentences", "gold", *FIGURES, "gold_hash")}


def _print(result: dict[str, Any], errors: bool) -> None:
    if errors:
        print("\n".join(result["errors"]), end="\n\n")
    print(f"sentences {result['sentences']}  gold {result['gold']}  system {result['system']}")
    for kind in ("strict", "relaxed", "value"):
        print(f"{kind:8s} P {result[kind + '_precision']:6.2f}  R {result[kind + '_recall']:6.2f}  "
              f"F1 {result[kind + '_f1']:6.2f}")
    print(f"value accuracy {result['value_accuracy']:.2f}  type accuracy {result['type_accuracy']:.2f} (on relaxed matches)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="news_fang_covid articles.jsonl.gz")
    parser.add_argument("--gold", type=Path, default=GOLD_FILE,
                        help="gold file to score against (default eval/times/gold.jsonl; e.g. gold_heldout.jsonl)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--errors", action="store_true", help="list missed, differing and spurious expressions")
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure drops below its floor")
    parser.add_argument("--update-floor", action="store_true", help="pin the measured figures as the floor")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"corpus not found: {args.data} (expected ../shared/data/news_fang_covid/articles.jsonl.gz "
              "beside the repository; pass --data FILE)", file=sys.stderr)
        return 2
    result = evaluate(args.data, load_gold(args.gold))
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "errors"}, ensure_ascii=False))
    else:
        _print(result, args.errors)
    floor_path = floor_file(args.gold)
    return apply_floor(result, floor_path, floor=floor_of(result), check=check, update=args.update_floor, verify=args.check)


if __name__ == "__main__":
    sys.exit(main())
