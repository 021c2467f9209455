"""The stories quality gate on the hand-labelled FANG-COVID weeks (``../shared/data``; skipped when absent)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def _load_eval():
    spec = importlib.util.spec_from_file_location("stories_eval", ROOT / "eval" / "stories" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.shared
@pytest.mark.slow  # about 90 s on one core: the corpus is read and 1,300 articles structured
def test_stories_meet_their_floor() -> None:
    if not (SHARED / "data" / "news_fang_covid" / "articles.jsonl.gz").exists():
        pytest.skip("../shared/data/news_fang_covid is not present")
    module = _load_eval()
    floor = json.loads(module.FLOOR_FILE.read_text(encoding="utf-8"))
    assert module.check(module.evaluate(), floor) == []


def test_scores_count_pairs_and_bcubed() -> None:
    module = _load_eval()
    gold = {"a": "s", "b": "s", "c": "s", "d": None}
    system = {"a": 1, "b": 1, "c": 2, "d": 2}
    assert module.prf(module.same_story_pairs(gold), module.same_story_pairs(system)) == {
        "precision": 50.0, "recall": 33.33, "f1": 40.0
    }
    assert module.bcubed(gold, system) == pytest.approx(66.67, abs=0.01)


def test_gold_holds_urls_and_labels_only() -> None:
    for path in (ROOT / "eval" / "stories").glob("gold_week*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            assert set(json.loads(line)) in ({"url", "story"}, {"near_duplicate"})
