"""The copy network: which outlets republish whose texts, how often and how much.

An edge goes from the outlet that published a text first to the outlet that published
a near-duplicate of it later; its weight is the number of such pairs and the mean share
of the later text taken from the earlier one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class CopiedPair:
    """One near-duplicate pair with what the network needs: outlets, times and each side's shared share."""

    source_outlet: str | None
    source_published: str | None
    copy_outlet: str | None
    copy_published: str | None
    source_share: float
    copy_share: float


@dataclass(frozen=True, slots=True)
class Edge:
    """Outlet ``source`` was copied by outlet ``copier`` ``pairs`` times, ``mean_share`` of the text on average."""

    source: str
    copier: str
    pairs: int
    mean_share: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def oriented(pair: CopiedPair) -> CopiedPair:
    """The pair with the earlier publication as the source (unknown times keep the stored order)."""
    if pair.source_published and pair.copy_published and pair.copy_published < pair.source_published:
        return CopiedPair(
            pair.copy_outlet, pair.copy_published, pair.source_outlet, pair.source_published, pair.copy_share, pair.source_share
        )
    return pair


def copy_network(pairs: Iterable[CopiedPair]) -> list[Edge]:
    """Edges between outlets, most pairs first (self-loops are an outlet republishing itself)."""
    counts: dict[tuple[str, str], list[float]] = defaultdict(list)
    for pair in map(oriented, pairs):
        counts[(pair.source_outlet or "?", pair.copy_outlet or "?")].append(pair.copy_share)
    edges = [Edge(s, c, len(v), round(sum(v) / len(v), 3)) for (s, c), v in counts.items()]
    return sorted(edges, key=lambda e: (-e.pairs, e.source, e.copier))
