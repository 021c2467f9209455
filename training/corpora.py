"""Readers for the shared corpora used by the training scripts (``../shared/data``).

Every script resolves the data folder the same way and says clearly when a file is
missing. Nothing here copies texts into the repository: the scripts only derive
statistics and weights from them.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
FANG = DATA / "news_fang_covid" / "articles.jsonl.gz"
WIKINEWS = DATA / "wikinews_de" / "articles.jsonl"
TEASERS = DATA / "teasers_zeitgeist" / "archive.jsonl"
MODELS = ROOT / "src" / "lagebild" / "models"
KNOWLEDGE = ROOT / "src" / "lagebild" / "knowledge"


def require(path: Path) -> Path:
    """``path`` when it exists; otherwise exit with a message that says what is missing."""
    if not path.exists():
        sys.exit(f"missing corpus file: {path}\n(expected ../shared/data beside the repository; "
                 "see ../shared/data/MANIFEST.md)")
    return path


def fang_records(path: Path = FANG, label: str | None = None) -> Iterator[dict[str, Any]]:
    """The FANG-COVID records, optionally only those with ``label`` ("real" or "fake")."""
    with gzip.open(require(path), "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if label is None or record.get("label") == label:
                yield record


def wikinews_records(path: Path = WIKINEWS) -> Iterator[dict[str, Any]]:
    """The German Wikinews records (CC BY 2.5)."""
    with require(path).open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def url_path(url: str) -> list[str]:
    """The non-empty segments of a URL's path."""
    return [part for part in urlparse(url).path.split("/") if part]


def month(record: dict[str, Any]) -> str:
    """``YYYY-MM`` of a FANG record's date."""
    return str(record.get("date") or "")[:7]
