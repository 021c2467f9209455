"""The keywords quality gate on ../shared/data (skipped when absent): figures must stay at their pinned floors."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "data" / "news_fang_covid" / "articles.jsonl.gz"


def _load_eval():
    spec = importlib.util.spec_from_file_location("keywords_eval", ROOT / "eval" / "keywords" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.shared
@pytest.mark.slow
def test_keywords_meet_their_floor() -> None:
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} not present")
    module = _load_eval()
    floor = json.loads(module.FLOOR_FILE.read_text(encoding="utf-8"))
    result = module.evaluate()
    assert module.check(result, floor) == []
