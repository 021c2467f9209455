"""The shared tail of every evaluation: pin the figures as a floor, or check them against it.

Each evaluation script computes its figures and knows how to compare them with its
floor (``check(result, floor) -> problems``); this module writes and reads the floor
file and turns the outcome into an exit code. A floor only moves with ``--update-floor``.

    sys.path.insert(0, str(ROOT / "eval")); from gate import apply_floor
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: How far (in percentage points) a figure may fall below its floor before the gate fails.
TOLERANCE = 0.5

Check = Callable[[dict[str, Any], dict[str, Any]], list[str]]


def apply_floor(
    result: dict[str, Any], floor_path: Path, *, floor: dict[str, Any], check: Check, update: bool, verify: bool
) -> int:
    """Write ``floor`` to ``floor_path`` (``update``) or check ``result`` against it (``verify``); the exit code."""
    if update:
        floor_path.parent.mkdir(parents=True, exist_ok=True)
        floor_path.write_text(json.dumps(floor, indent=2) + "\n", encoding="utf-8")
        print(f"floor written to {floor_path}", file=sys.stderr)
        return 0
    if not verify:
        return 0
    if not floor_path.exists():
        print(f"no floor pinned at {floor_path}; run with --update-floor", file=sys.stderr)
        return 1
    problems = check(result, json.loads(floor_path.read_text(encoding="utf-8")))
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    return 1 if problems else 0
