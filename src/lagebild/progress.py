"""A progress bar for long CLI work: position in the input bytes (for the ETA) and articles/s.

The library stays quiet; only the CLI creates a :class:`ProgressBar`, and only on
a terminal without ``--quiet``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from typing import Any

from lagebild.ingest import IngestSummary, input_size
from lagebild.readers import bytes_consumed

#: Seconds between two redraws: drawing on every article would cost more than it tells.
REFRESH_SECONDS = 0.25


class ProgressBar:
    """tqdm over the input's bytes, with the article counts and rate as a postfix."""

    def __init__(self, paths: Iterable[str | os.PathLike[str]], *, enabled: bool = True) -> None:
        self.enabled = enabled
        self._bar: Any = None
        self._last = 0.0
        self._start_bytes = 0
        if enabled:
            from tqdm import tqdm

            total = input_size(paths) or None
            self._start_bytes = bytes_consumed()
            self._bar = tqdm(
                total=total,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                desc="ingest",
                file=sys.stderr,
                dynamic_ncols=True,
                leave=True,
            )

    def update(self, summary: IngestSummary) -> None:
        if self._bar is None:
            return
        now = time.monotonic()
        if now - self._last < REFRESH_SECONDS:
            return
        self._last = now
        self._draw(summary)

    def _draw(self, summary: IngestSummary) -> None:
        done = bytes_consumed() - self._start_bytes
        if self._bar.total is not None:
            done = min(done, self._bar.total)
        self._bar.n = done
        self._bar.set_postfix_str(
            f"{summary.read:,} articles, {summary.articles_per_second:,.0f}/s, {summary.rejected:,} rejected",
            refresh=False,
        )
        self._bar.refresh()

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            if exc[0] is None and self._bar.total is not None:
                self._bar.n = self._bar.total
                self._bar.refresh()
            self._bar.close()
