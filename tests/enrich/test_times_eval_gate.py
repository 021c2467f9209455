"""The times quality gate on hand-annotated FANG-COVID sentences (``../shared/data``; skipped when absent)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "data" / "news_fang_covid" / "articles.jsonl.gz"


def _load_eval():
    spec = importlib.util.spec_from_file_location("times_eval", ROOT / "eval" / "times" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.shared
@pytest.mark.parametrize("gold_name", ["gold.jsonl", "gold_heldout.jsonl"])
def test_times_meet_their_floor(gold_name: str) -> None:
    """The development gold (used while writing the rules) and the blind held-out gold."""
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} not present")
    module = _load_eval()
    gold = ROOT / "eval" / "times" / gold_name
    floor = json.loads(module.floor_file(gold).read_text(encoding="utf-8"))
    result = module.evaluate(CORPUS, module.load_gold(gold))
    assert module.check(result, floor) == []


def test_scorer_counts_strict_relaxed_and_values() -> None:
    module = _load_eval()
    gold = [{"start": 0, "end": 10, "type": "DATE", "value": "2020-06-11"},
            {"start": 20, "end": 30, "type": "DATE", "value": "2020"}]
    system = [{"start": 0, "end": 10, "type": "DATE", "value": "2020-06-11", "text": "x"},
              {"start": 18, "end": 30, "type": "DATE", "value": "2021", "text": "y"},
              {"start": 40, "end": 44, "type": "SET", "value": "P1D", "text": "z"}]
    counts = module.score_sentence(gold, system)
    assert (counts["strict"], counts["relaxed"], counts["value"], len(counts["spurious"])) == (1, 2, 1, 1)
