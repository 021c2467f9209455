"""Count near-duplicate pairs in the whole FANG-COVID corpus with lagebild's detector.

    python eval/stories/copy_count.py

The issue's reference figure: about 800 pairs of different articles share at least half
of their word 5-shingles. Prints the pairs found by the detector (rule of
:class:`lagebild.stories.copies.CopyConfig`) and, among them, those with Jaccard >= 0.5,
split by the labels (real/fake) of the two outlets.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from lagebild.stories.copies import CopyFinder  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "news_fang_covid" / "articles.jsonl.gz"


def main() -> int:
    if not CORPUS.exists():
        raise SystemExit(f"missing {CORPUS}")
    texts: dict[str, str] = {}
    labels: dict[str, str] = {}
    finder = CopyFinder(texts.get)
    pairs = []
    started = time.perf_counter()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            record = json.loads(line)
            key = f"{number}"
            texts[key] = f"{record['header']}\n\n{record['article']}"
            labels[key] = record["label"]
            pairs.extend(finder.add(key, texts[key])[1])
    seconds = time.perf_counter() - started
    half = [p for p in pairs if p.jaccard >= 0.5]
    kinds = Counter("-".join(sorted((labels[p.a], labels[p.b]))) for p in pairs)
    print(json.dumps({
        "articles": len(texts), "seconds": round(seconds, 1),
        "pairs_detector_rule": len(pairs), "pairs_jaccard_at_least_half": len(half),
        "pairs_containment_at_least_half": sum(p.containment >= 0.5 for p in pairs),
        "by_labels": dict(kinds),
    }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
