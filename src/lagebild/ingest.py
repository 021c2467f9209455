"""Ingest: readers -> structure -> pipeline -> store, with a summary of what happened.

This is the library behind ``lagebild analyze`` and ``lagebild ingest``; the CLI
only adds a progress bar and prints the summary. Bad input never stops a batch:
a reader's rejection, or an input the structure stage cannot parse, is counted,
recorded in the store's ``ingest_errors`` table, and reading goes on.
"""

from __future__ import annotations

import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagebild.article import Article
from lagebild.pipeline import Pipeline, default_pipeline
from lagebild.readers import iter_documents
from lagebild.readers.base import RawDocument, Rejection
from lagebild.structure import structure

logger = logging.getLogger("lagebild.ingest")
logger.addHandler(logging.NullHandler())

#: How many rejections a summary lists one by one (all are counted and stored).
MAX_LISTED_REJECTIONS = 50


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did; at the end ``read == new + updated + duplicates + rejected``.

    ``read`` counts inputs as they are analysed; the store's verdicts (new, updated,
    duplicates) arrive per batch.
    """

    read: int = 0
    new: int = 0
    updated: int = 0
    duplicates: int = 0
    rejected: int = 0
    step_errors: int = 0
    seconds: float = 0.0
    reasons: Counter[str] = field(default_factory=Counter)
    rejections: list[dict[str, Any]] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def count(self, status: str) -> None:
        if status == "new":
            self.new += 1
        elif status == "updated":
            self.updated += 1
        elif status == "duplicate":
            self.duplicates += 1
        else:  # pragma: no cover - the store only returns the three statuses
            raise ValueError(f"unknown ingest status {status!r}")

    def reject(self, rejection: Rejection) -> None:
        self.rejected += 1
        self.reasons[_reason_kind(rejection.reason)] += 1
        if len(self.rejections) < MAX_LISTED_REJECTIONS:
            self.rejections.append(
                {"path": rejection.origin.path, "locator": rejection.origin.locator, "reason": rejection.reason}
            )

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "new": self.new,
            "updated": self.updated,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "step_errors": self.step_errors,
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.articles_per_second, 1),
            "reasons": dict(self.reasons.most_common()),
            "rejections": list(self.rejections),
        }


def _reason_kind(reason: str) -> str:
    """The reason's general kind, for counting ("invalid JSON: Expecting ..." -> "invalid JSON")."""
    return reason.split(":", 1)[0].strip()


def structure_documents(items: Iterable[RawDocument | Rejection]) -> Iterator[Article | Rejection]:
    """Turn each raw document into an Article; pass rejections through."""
    for item in items:
        if isinstance(item, Rejection):
            yield item
            continue
        try:
            yield structure(item)
        except Exception as exc:  # a layout nobody foresaw must not stop the batch
            logger.warning("cannot structure %s: %s", item.origin, exc)
            yield Rejection(item.origin, f"structure failed: {type(exc).__name__}: {exc}")


def analyze_documents(items: Iterable[RawDocument | Rejection], pipeline: Pipeline) -> Iterator[Article | Rejection]:
    """Structure and enrich each raw document; pass rejections through."""
    for item in structure_documents(items):
        yield item if isinstance(item, Rejection) else pipeline(item)


def analyze(paths: Iterable[str | os.PathLike[str]], pipeline: Pipeline | None = None) -> Iterator[Article | Rejection]:
    """Read, structure and enrich the articles in ``paths`` without storing them."""
    return analyze_documents(iter_documents(paths), pipeline or default_pipeline())


ProgressCallback = Callable[[IngestSummary], None]
#: Called after each stored batch with the batch's articles and the store's results, in order.
BatchHook = Callable[[list[Article], list[Any]], Any]


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    store: Any,
    *,
    pipeline: Pipeline | None = None,
    batch_size: int = 500,
    progress: ProgressCallback | None = None,
    after_batch: BatchHook | None = None,
) -> IngestSummary:
    """Analyse the articles in ``paths`` and store them; idempotent (see the store's ``add_articles``).

    ``after_batch(articles, results)`` runs after each stored batch, in ingestion order
    (``lagebild ingest`` passes :meth:`lagebild.stories.StoryTracker.update` to keep stories current).
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    summary = IngestSummary()
    started = time.perf_counter()
    batch: list[Article] = []

    def flush() -> None:
        results = store.add_articles(batch)
        for result in results:
            summary.count(result.status)
        if after_batch is not None:
            after_batch(list(batch), results)
        batch.clear()

    pipeline = pipeline or default_pipeline()
    for item in structure_documents(iter_documents(paths)):
        summary.read += 1
        if isinstance(item, Rejection):
            summary.reject(item)
            store.record_rejection(item.origin.path, item.origin.locator, item.reason)
        elif store.known_versions([item.content_hash()]):
            summary.duplicates += 1  # stored before: a lookup instead of a second analysis
        else:
            article = pipeline(item)
            if article.errors:
                summary.step_errors += 1
            batch.append(article)
            if len(batch) >= batch_size:
                flush()
        if progress is not None:
            summary.seconds = time.perf_counter() - started
            progress(summary)
    if batch:
        flush()
    summary.seconds = time.perf_counter() - started
    if progress is not None:
        progress(summary)
    return summary


def input_size(paths: Iterable[str | os.PathLike[str]]) -> int:
    """Bytes in the files under ``paths`` (0 for stdin), for progress estimates."""
    total = 0
    for raw in paths:
        if str(raw) == "-":
            continue
        path = Path(raw)
        try:
            if path.is_dir():
                total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
            elif path.is_file():
                total += path.stat().st_size
        except OSError:
            continue
    return total
