"""Tune the summary weights on the FANG-COVID tuning slice (never on the held-out slice).

Grid over the position, centrality and headline weights and the length budget of
:mod:`lagebild.enrich.summary`; objective: mean of ROUGE-1/2/L F (unstemmed German
tokens, as ``eval/summary/evaluate.py``) against the lead, on ``--limit`` articles of
tagesspiegel.de and zeit.de up to 2020-12. Prints the best settings; copy them into
``DEFAULT_CONFIG`` (the step's config is visible there, not hidden in a file).

    pip install -e '.[eval]'
    python training/tune_summary.py [--limit 500]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

from summary_data import fang_items

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval" / "summary"))

from evaluate import lead, rouge, summary_system  # noqa: E402

GRID = {
    "position_weight": (0.5, 1.0, 2.0),
    "centrality_weight": (0.0, 0.5, 1.0, 2.0),
    "headline_weight": (0.0, 0.5, 1.0),
    "max_chars": (200, 320, 450),
}


def objective(figures: dict[str, float]) -> float:
    return (figures["rouge1"] + figures["rouge2"] + figures["rougeL"]) / 3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=500)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    items = fang_items("tune", args.limit)
    print(f"{len(items)} tuning items; lead-3 {rouge(items, lead(3), False)}", flush=True)
    results = []
    for values in itertools.product(*GRID.values()):
        config = dict(zip(GRID, values, strict=True))
        figures = rouge(items, summary_system(**config), False)
        results.append((objective(figures), config, figures))
    results.sort(key=lambda r: -r[0])
    for value, config, figures in results[:5]:
        print(f"{value:6.2f} {figures} {config}")
    print(f"{len(results)} settings in {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
