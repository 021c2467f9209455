"""Quality of the quotes step on real data (read from ``../shared/data``; never copied here).

1. German Wikinews quotation corpus (Petersen-Frey & Biemann 2024; annotations CC BY-NC-SA,
   develop/evaluate only), texts from ``wikinews_de/articles.jsonl`` (the annotation offsets
   are offsets into that ``text`` field). Corpus types map to lagebild kinds as
   Direct -> direct; Indirect, FreeIndirect, IndirectFreeIndirect, Reported -> indirect.
   Figures: quote spans exact (edges normalised: quotation marks, spaces and closing
   punctuation stripped) and overlap-matched (one-to-one, at least one shared word),
   word-token P/R/F1, recall per corpus type, and speaker and cue P/R/F1 over the
   overlap-matched quotes (a speaker or cue is right when it shares a word with gold).
2. SpkAtt-2023 task 1 (Bundestag speeches, out of domain): word-token P/R/F1 of cue,
   message (quote) and source (speaker) tokens.

    python eval/quotes/evaluate.py [--split dev|train] [--data DIR] [--json] [--check]
        [--update-floor] [--errors N]

``--check`` fails when a figure is more than 0.5 points below its floor in
``eval/floors/quotes.json`` or when the annotation files changed; ``--update-floor`` pins the
measured figures (the only way to lower a floor). Use ``--split train`` for development and
report ``dev``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from lagebild.enrich.quotes import find_quotes

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))
from gate import TOLERANCE, apply_floor  # noqa: E402  (eval/gate.py: the shared floor tail)
DEFAULT_DATA = ROOT.parent / "shared" / "data"
FLOOR_FILE = ROOT / "eval" / "floors" / "quotes.json"
KIND_OF_TYPE = {"Direct": "direct", "Indirect": "indirect", "FreeIndirect": "indirect",
                "IndirectFreeIndirect": "indirect", "Reported": "indirect"}
FIGURES = ("exact_f1", "overlap_f1", "token_f1", "speaker_f1", "cue_f1",
           "spkatt_cue_f1", "spkatt_message_f1", "spkatt_source_f1")
WORD = re.compile(r"\w+")
EDGE = " \t\n„“”\"»«‚‘’‹›'.,:;!?"


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f1": round(100 * f, 2)}


def _norm(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def _words(text: str, spans: list[tuple[int, int]]) -> set[int]:
    return {m.start() for s, e in spans for m in WORD.finditer(text, s, e)}


def file_hash(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


# -- Wikinews ---------------------------------------------------------------------------------
def load_wikinews(data: Path, split: str) -> list[tuple[str, list[dict[str, Any]]]]:
    """(text, gold quotes) for each annotated article of ``split``."""
    texts = {}
    with (data / "wikinews_de" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            texts[record["id"]] = record["text"]
    docs = []
    with (data / "quotes_wikinews" / "annotations_train_dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["split"] == split:
                docs.append((texts[record["id"]], record["annotations"]))
    return docs


class WikinewsScore:
    """Counts over articles; :meth:`figures` turns them into percentages."""

    def __init__(self) -> None:
        self.c: Counter[str] = Counter()
        self.type_gold: Counter[str] = Counter()
        self.type_exact: Counter[str] = Counter()
        self.type_overlap: Counter[str] = Counter()
        self.errors: list[dict[str, Any]] = []

    def add(self, text: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
        self.c["gold"] += len(gold)
        self.c["pred"] += len(pred)
        for g in gold:
            self.type_gold[g["type"]] += 1
        self._exact(text, gold, pred)
        self._tokens(text, gold, pred)
        pairs = self._overlap(text, gold, pred)
        for g, p in pairs:
            self._roles(text, g, p)
        matched_p = {id(p) for _, p in pairs}
        matched_g = {id(g) for g, _ in pairs}
        self.errors += [{"missed": text[g["quote"][0][0]:g["quote"][-1][1]][:200], "type": g["type"]} for g in gold if id(g) not in matched_g]
        self.errors += [{"spurious": p["text"][:200], "kind": p["kind"]} for p in pred if id(p) not in matched_p]

    def _exact(self, text: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
        predicted = Counter(_norm(text, p["start"], p["end"]) for p in pred)
        for g in gold:
            key = _norm(text, g["quote"][0][0], g["quote"][-1][1])
            if predicted[key] > 0:
                predicted[key] -= 1
                self.c["exact"] += 1
                self.type_exact[g["type"]] += 1

    def _tokens(self, text: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
        g = _words(text, [tuple(s) for q in gold for s in q["quote"]])
        p = _words(text, [(q["start"], q["end"]) for q in pred])
        self.c["tok_gold"] += len(g)
        self.c["tok_pred"] += len(p)
        self.c["tok_tp"] += len(g & p)

    def _overlap(self, text: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[dict, dict]]:
        """One-to-one pairs sharing words, greedily by most shared words."""
        candidates = []
        p_words = [_words(text, [(p["start"], p["end"])]) for p in pred]
        for gi, g in enumerate(gold):
            gw = _words(text, [tuple(s) for s in g["quote"]])
            for pi, pw in enumerate(p_words):
                shared = len(gw & pw)
                if shared:
                    candidates.append((shared, gi, pi))
        pairs, used_g, used_p = [], set(), set()
        for _, gi, pi in sorted(candidates, reverse=True):
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gold[gi], pred[pi]))
            self.c["overlap"] += 1
            self.type_overlap[gold[gi]["type"]] += 1
            self.c["kind_right"] += KIND_OF_TYPE.get(gold[gi]["type"], "indirect") == pred[pi]["kind"]
        return pairs

    def _roles(self, text: str, gold: dict[str, Any], pred: dict[str, Any]) -> None:
        for role in ("speaker", "cue"):
            g = _words(text, [tuple(s) for s in gold.get(role, [])])
            spans = []
            if pred.get(role):
                spans.append((pred[role]["start"], pred[role]["end"]))
                extra = pred[role].get("resolved") or pred[role].get("particle")
                if extra and role == "cue":
                    spans.append((extra["start"], extra["end"]))
            p = _words(text, spans)
            self.c[f"{role}_gold"] += bool(g)
            self.c[f"{role}_pred"] += bool(p)
            self.c[f"{role}_tp"] += bool(g & p)

    def figures(self) -> dict[str, Any]:
        c = self.c
        exact = _prf(c["exact"], c["pred"], c["gold"])
        overlap = _prf(c["overlap"], c["pred"], c["gold"])
        token = _prf(c["tok_tp"], c["tok_pred"], c["tok_gold"])
        speaker = _prf(c["speaker_tp"], c["speaker_pred"], c["speaker_gold"])
        cue = _prf(c["cue_tp"], c["cue_pred"], c["cue_gold"])
        per_type = {t: {"gold": n, "exact_r": round(100 * self.type_exact[t] / n, 2),
                        "overlap_r": round(100 * self.type_overlap[t] / n, 2)} for t, n in sorted(self.type_gold.items())}
        return {"gold": c["gold"], "predicted": c["pred"], "exact": exact, "overlap": overlap, "token": token,
                "speaker": speaker, "cue": cue, "per_type": per_type,
                "kind_accuracy": round(100 * c["kind_right"] / c["overlap"], 2) if c["overlap"] else 0.0,
                "exact_f1": exact["f1"], "overlap_f1": overlap["f1"], "token_f1": token["f1"],
                "speaker_f1": speaker["f1"], "cue_f1": cue["f1"]}


def evaluate_wikinews(data: Path, split: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    score = WikinewsScore()
    docs = load_wikinews(data, split)
    started = time.perf_counter()
    chars = 0
    for text, gold in docs:
        chars += len(text)
        score.add(text, gold, find_quotes(text))
    seconds = time.perf_counter() - started
    result = score.figures()
    result["articles"] = len(docs)
    result["ms_per_3000_chars"] = round(1000 * seconds / max(chars, 1) * 3000, 3)
    return result, score.errors


# -- SpkAtt-2023 -----------------------------------------------------------------------------
def _speech(path: Path) -> tuple[str, dict[str, tuple[int, int]], dict[str, set[str]]]:
    """Text of a speech (sentences joined by spaces), token offsets by id, gold token ids per role."""
    record = json.loads(path.read_text(encoding="utf-8"))
    parts, offsets, position = [], {}, 0
    for sentence in record["Sentences"]:
        for index, token in enumerate(sentence["Tokens"]):
            offsets[f"{sentence['SentenceId']}:{index}"] = (position, position + len(token))
            parts.append(token)
            position += len(token) + 1
    gold: dict[str, set[str]] = {"cue": set(), "message": set(), "source": set()}
    for annotation in record["Annotations"]:
        gold["cue"].update(annotation["Cue"])
        gold["message"].update(annotation["Message"])
        gold["source"].update(annotation["Source"])
    return " ".join(parts), offsets, gold


def _ids(offsets: dict[str, tuple[int, int]], spans: list[tuple[int, int]]) -> set[str]:
    return {tid for tid, (s, e) in offsets.items() if any(a <= s and e <= b for a, b in spans)}


def evaluate_spkatt(data: Path) -> dict[str, Any]:
    counts: Counter[str] = Counter()
    files = sorted((data / "quotes_spkatt2023" / "dev" / "task1").glob("*.json"))
    for path in files:
        text, offsets, gold = _speech(path)
        quotes = find_quotes(text)
        pred = {
            "cue": _ids(offsets, [(q["cue"]["start"], q["cue"]["end"]) for q in quotes if q["cue"]]),
            "message": _ids(offsets, [(q["start"], q["end"]) for q in quotes]),
            "source": _ids(offsets, [(q["speaker"]["start"], q["speaker"]["end"]) for q in quotes if q["speaker"]]),
        }
        for role in gold:
            counts[f"{role}_tp"] += len(gold[role] & pred[role])
            counts[f"{role}_pred"] += len(pred[role])
            counts[f"{role}_gold"] += len(gold[role])
    result: dict[str, Any] = {"speeches": len(files)}
    for role in ("cue", "message", "source"):
        result[role] = _prf(counts[f"{role}_tp"], counts[f"{role}_pred"], counts[f"{role}_gold"])
        result[f"spkatt_{role}_f1"] = result[role]["f1"]
    return result


# -- gate ------------------------------------------------------------------------------------
def evaluate(data: Path, split: str = "dev") -> tuple[dict[str, Any], list[dict[str, Any]]]:
    wikinews, errors = evaluate_wikinews(data, split)
    spkatt = evaluate_spkatt(data)
    result = {"split": split, "wikinews": wikinews, "spkatt": spkatt,
              "annotation_hash": file_hash(data / "quotes_wikinews" / "annotations_train_dev.jsonl",
                                           data / "wikinews_de" / "articles.jsonl")}
    for name in FIGURES:
        result[name] = spkatt[name] if name.startswith("spkatt") else wikinews[name]
    return result, errors


def check(result: dict[str, Any], floor: dict[str, Any]) -> list[str]:
    """Problems: changed annotations, or a figure more than TOLERANCE points below its floor."""
    problems = []
    if floor.get("annotation_hash") != result["annotation_hash"]:
        problems.append("annotation hash differs from the floor's: the data changed; re-measure and pin with --update-floor")
    for name in FIGURES:
        if result[name] < floor[name] - TOLERANCE:
            problems.append(f"{name}: {result[name]:.2f} is below its floor {floor[name]:.2f} (tolerance {TOLERANCE})")
    return problems


def floor_of(result: dict[str, Any]) -> dict[str, Any]:
    """The figures pinned as the floor."""
    return {"split": result["split"], **{name: result[name] for name in FIGURES}, "annotation_hash": result["annotation_hash"]}


def _print(result: dict[str, Any]) -> None:
    w, s = result["wikinews"], result["spkatt"]
    print(f"Wikinews {result['split']}: {w['articles']} articles, {w['gold']} gold quotes, {w['predicted']} predicted")
    for name in ("exact", "overlap", "token", "speaker", "cue"):
        print(f"  {name:8s} P {w[name]['p']:6.2f}  R {w[name]['r']:6.2f}  F1 {w[name]['f1']:6.2f}")
    print(f"  kind accuracy on matched quotes: {w['kind_accuracy']:.2f}")
    for t, v in w["per_type"].items():
        print(f"  recall {t:22s} n={v['gold']:4d}  exact {v['exact_r']:6.2f}  overlap {v['overlap_r']:6.2f}")
    print(f"  speed: {w['ms_per_3000_chars']:.3f} ms per 3,000 characters")
    print(f"SpkAtt-2023 dev: {s['speeches']} speeches (token level)")
    for name in ("cue", "message", "source"):
        print(f"  {name:8s} P {s[name]['p']:6.2f}  R {s[name]['r']:6.2f}  F1 {s[name]['f1']:6.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure drops below its floor")
    parser.add_argument("--update-floor", action="store_true", help="pin the measured figures as the floor")
    parser.add_argument("--errors", type=int, default=0, help="print N missed/spurious quotes (train only)")
    args = parser.parse_args(argv)
    needed = [args.data / "quotes_wikinews" / "annotations_train_dev.jsonl", args.data / "wikinews_de" / "articles.jsonl",
              args.data / "quotes_spkatt2023" / "dev" / "task1"]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        print(f"evaluation data not found: {', '.join(missing)} (expected ../shared/data beside the repository; "
              "pass --data DIR)", file=sys.stderr)
        return 2
    if (args.check or args.update_floor) and args.split != "dev":
        print("floors are pinned on the dev split; drop --split train", file=sys.stderr)
        return 2
    result, errors = evaluate(args.data, args.split)
    print(json.dumps(result, ensure_ascii=False) if args.json else "", end="\n" if args.json else "")
    if not args.json:
        _print(result)
    if args.errors and args.split == "train":
        for error in errors[: args.errors]:
            print(json.dumps(error, ensure_ascii=False))
    return apply_floor(result, FLOOR_FILE, floor=floor_of(result), check=check, update=args.update_floor, verify=args.check)


if __name__ == "__main__":
    sys.exit(main())
