"""The quotes quality gate on real data (``../shared/data``; skipped when absent)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"


def _load_eval():
    spec = importlib.util.spec_from_file_location("quotes_eval", ROOT / "eval" / "quotes" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.shared
def test_quotes_meet_their_floor() -> None:
    needed = (DATA / "quotes_wikinews" / "annotations_train_dev.jsonl", DATA / "wikinews_de" / "articles.jsonl",
              DATA / "quotes_spkatt2023" / "dev" / "task1")
    if not all(p.exists() for p in needed):
        pytest.skip(f"{DATA} lacks the quotation corpora")
    module = _load_eval()
    floor = json.loads(module.FLOOR_FILE.read_text(encoding="utf-8"))
    result, _ = module.evaluate(DATA, "dev")
    assert module.check(result, floor) == []
