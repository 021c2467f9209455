"""The ingest hook: after each stored batch, cluster the new articles and find their copies.

>>> tracker = StoryTracker(store)                      # doctest: +SKIP
>>> tracker.update(batch, store.add_articles(batch))   # doctest: +SKIP

Only articles the store reports as ``new`` are placed: duplicates change nothing, and a
new revision of a stored article keeps its story and copies. The state is loaded from
the database on first use, so several ingest runs give what one run would.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lagebild.article import Article
from lagebild.stories.clustering import ClusterConfig, StoryClusterer
from lagebild.stories.copies import CopyConfig, CopyFinder, copy_text
from lagebild.stories.diffs import diff
from lagebild.stories.store import BatchChanges, StoredPair, StoryStore

logger = logging.getLogger("lagebild.stories")
logger.addHandler(logging.NullHandler())


@dataclass(slots=True)
class StoryUpdate:
    """What one batch did to the stories."""

    placed: int = 0
    new_stories: int = 0
    copies: int = 0

    def add(self, other: StoryUpdate) -> None:
        self.placed += other.placed
        self.new_stories += other.new_stories
        self.copies += other.copies


class StoryTracker:
    """Streaming stories and copies for one store."""

    def __init__(self, store: Any, *, cluster: ClusterConfig | None = None, copies: CopyConfig | None = None) -> None:
        self.store = store
        self.db = StoryStore(store.connection)
        self.cluster_config = cluster or ClusterConfig()
        self.copy_config = copies or CopyConfig()
        self._clusterer: StoryClusterer | None = None
        self._finder: CopyFinder | None = None
        self._seq = 0

    def _load(self) -> tuple[StoryClusterer, CopyFinder]:
        if self._clusterer is None or self._finder is None:
            self._clusterer = StoryClusterer(self.cluster_config, self.db.frequencies(), self.db.story_states())
            self._finder = CopyFinder(self._stored_text, self.copy_config)
            for article_id, hashvalues in self.db.signatures():
                self._finder.load(article_id, hashvalues)
            self._seq = self.db.next_seq() - 1
        return self._clusterer, self._finder

    def _stored_text(self, article_id: str) -> str | None:
        try:
            return copy_text(self.store.get_article(article_id))
        except LookupError:
            return None

    def update(self, articles: Sequence[Article], results: Sequence[Any]) -> StoryUpdate:
        """Place the new articles of one stored batch (``results``: the store's AddResults, in order)."""
        clusterer, finder = self._load()
        changes, update = BatchChanges(), StoryUpdate()
        for article, result in zip(articles, results):
            if result.status != "new" or self.db.is_member(result.article_id):
                continue
            self._place(result.article_id, article, clusterer, finder, changes, update)
        if changes.assignments:
            self.db.save(changes, clusterer.frequencies, self._seq)
        finder.forget_batch()
        return update

    def _place(
        self, article_id: str, article: Article, clusterer: StoryClusterer, finder: CopyFinder,
        changes: BatchChanges, update: StoryUpdate,
    ) -> None:
        self._seq += 1
        assignment = clusterer.add(article_id, article)
        changes.assignments.append(assignment)
        changes.stories[assignment.story_id] = clusterer.stories[assignment.story_id]
        changes.features.update(assignment.features)
        update.placed += 1
        update.new_stories += assignment.created
        text = copy_text(article)
        signature, pairs = finder.add(article_id, text)
        if signature is not None:
            changes.signatures.append((article_id, signature))
        for pair in pairs:
            earlier = finder.text(pair.a) or ""
            changes.pairs.append(StoredPair(pair.a, pair.b, pair.jaccard, pair.containment, diff(earlier, text)))
        update.copies += len(pairs)
