"""The HTML extraction quality gate on real pages (``../shared/data``; skipped when absent)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / ".." / "shared" / "data"


def _load_eval():
    spec = importlib.util.spec_from_file_location("html_extraction_eval", ROOT / "eval" / "html_extraction.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.shared
def test_html_extraction_meets_its_floor() -> None:
    data = DATA / "html_trafilatura_eval"
    if not (data / "tests" / "evaldata.json").exists():
        pytest.skip(f"{data} not present")
    module = _load_eval()
    floor = json.loads(module.FLOOR_FILE.read_text(encoding="utf-8"))
    result = module.evaluate(data)
    assert module.check(result, floor) == []
