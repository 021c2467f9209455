"""What every store backend offers: the :class:`Store` interface and its result records.

The SQLite backend (:mod:`lagebild.store.sqlite`) and the PostgreSQL backend
(:mod:`lagebild.store.postgres`) implement it, so the CLI, the web app and the
story builder only ever talk to a :class:`Store`.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from lagebild.article import Article

AddStatus = Literal["new", "updated", "duplicate"]
#: A date filter: an ISO date/datetime string, or a date/datetime object.
DateLike = str | date | datetime | None


@dataclass(frozen=True, slots=True)
class AddResult:
    """What storing one article did: ``status`` new, updated or duplicate; ``revision`` of the current version."""

    article_id: str
    status: AddStatus
    revision: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result. ``snippet`` is plain text of the article with matched words in «…»."""

    id: str
    url: str | None
    headline: str | None
    outlet: str | None
    published: str | None
    snippet: str
    score: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class SearchResults:
    """One page of search results and the total number of matching articles."""

    query: str
    total: int
    results: list[SearchHit] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The JSON contract: ``{"query", "total", "results": [{id, url, headline, ...}]}``.

        Each result has ``id, url, headline, outlet, published, snippet, score``.
        """
        return {"query": self.query, "total": self.total, "results": [hit.as_dict() for hit in self.results]}


class Store(abc.ABC):
    """A database of articles: idempotent ingest, revisions, rejections, German full-text search."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @abc.abstractmethod
    def close(self) -> None:
        """Release the database connection."""

    # -- writing -------------------------------------------------------------
    @abc.abstractmethod
    def add_articles(self, articles: Iterable[Article]) -> list[AddResult]:
        """Store articles in batches (one transaction per batch); see DESIGN.md for new/updated/duplicate."""

    def add_article(self, article: Article) -> AddResult:
        """Store one article."""
        return self.add_articles([article])[0]

    @abc.abstractmethod
    def known_versions(self, content_hashes: Iterable[str]) -> set[str]:
        """Those of ``content_hashes`` already stored (as a current version or a revision).

        Ingest asks before the enrichment steps run, so that a duplicate costs a lookup,
        not an analysis.
        """

    @abc.abstractmethod
    def record_rejection(self, path: str, locator: str | None, reason: str) -> None:
        """Remember an input that could not be ingested (recording the same one again changes nothing)."""

    # -- reading ---------------------------------------------------------------
    @abc.abstractmethod
    def rejections(self, limit: int = 100) -> list[dict[str, Any]]:
        """Recorded rejections, newest first: ``{path, locator, reason, at}``."""

    @abc.abstractmethod
    def get_article(self, article_id: str) -> Article:
        """The current version of an article; raises NotFound."""

    @abc.abstractmethod
    def count_articles(self) -> int:
        """How many articles (current versions) are stored."""

    @abc.abstractmethod
    def iter_articles(self) -> Iterator[Article]:
        """All current articles in the order they were first stored."""

    @abc.abstractmethod
    def revisions(self, article_id: str) -> list[dict[str, Any]]:
        """All versions of an article, oldest first: ``{revision, content_hash, seen_at, current}``."""

    @abc.abstractmethod
    def outlets(self) -> list[dict[str, Any]]:
        """Outlets with ``name``, ``articles`` (count), ``first_published`` and ``last_published``."""

    @abc.abstractmethod
    def search(
        self,
        query: str,
        *,
        since: DateLike = None,
        until: DateLike = None,
        outlet: str | None = None,
        language: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> SearchResults:
        """Full-text search ranked by BM25 (headline above body); raises QuerySyntaxError."""
