"""Streaming story clustering: each article joins the best-matching open story or starts one.

A story is open for an article when the article's time lies within :attr:`ClusterConfig.window_days`
of the story's first-to-last span (stories close after that much inactivity). Among the open
stories that share one of the article's heaviest features (an inverted index keyed by feature
and week), the article joins the one whose centroid is most similar, if the similarity reaches
:attr:`ClusterConfig.threshold`; otherwise it starts a new story.

The clusterer is deterministic and sees one article at a time, in ingestion order, so the
result does not depend on how the articles were batched. Its whole state (document
frequencies, story centroids and spans) is stored by :mod:`lagebild.stories.store` after each
batch and loaded back exactly, so that several ingest runs give what one run would.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from lagebild.article import Article
from lagebild.stories.features import DocumentFrequencies, cosine, normalise, raw_features, weigh

DAY = 86400.0
WEEK = 7 * DAY


@dataclass(frozen=True, slots=True)
class ClusterConfig:
    """Settings of the clusterer (the threshold is fixed on a development week, see ``eval/stories``)."""

    threshold: float = 0.30
    window_days: float = 3.0
    centroid_terms: int = 80
    index_terms: int = 20
    query_terms: int = 15


@dataclass(slots=True)
class StoryState:
    """What the clusterer remembers of one story."""

    id: int
    first: float | None
    last: float | None
    size: int = 0
    centroid: dict[str, float] = field(default_factory=dict)  # sum of member vectors, truncated

    def is_open_at(self, when: float | None, window: float) -> bool:
        """Whether an article at ``when`` (epoch seconds) may join this story."""
        if when is None or self.first is None or self.last is None:
            return True
        return self.first - window <= when <= self.last + window

    def add(self, vector: Mapping[str, float], when: float | None, keep: int) -> None:
        """Take in one member: span, size and centroid."""
        if when is not None:
            self.first = when if self.first is None else min(self.first, when)
            self.last = when if self.last is None else max(self.last, when)
        merged = dict(self.centroid)
        for key, value in vector.items():
            merged[key] = merged.get(key, 0.0) + value
        self.centroid = dict(sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])
        self.size += 1


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where one article went: its story, the similarity that placed it there, and its vector."""

    article_id: str
    story_id: int
    score: float
    created: bool
    vector: dict[str, float]
    when: float | None
    features: frozenset[str] = frozenset()  # every feature counted, for the document frequencies


def epoch(published: str | None) -> float | None:
    """Seconds since the epoch of an ISO 8601 timestamp (None when missing or unreadable)."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


class StoryClusterer:
    """The streaming clusterer; feed it articles in ingestion order with :meth:`add`."""

    def __init__(
        self,
        config: ClusterConfig | None = None,
        frequencies: DocumentFrequencies | None = None,
        stories: Iterable[StoryState] = (),
        next_id: int = 1,
    ) -> None:
        self.config = config or ClusterConfig()
        self.frequencies = frequencies or DocumentFrequencies()
        self.stories: dict[int, StoryState] = {}
        self._index: dict[tuple[str, int], set[int]] = {}
        self._keys: dict[int, list[tuple[str, int]]] = {}
        self.next_id = next_id
        for story in stories:
            self.stories[story.id] = story
            self._register(story)
            self.next_id = max(self.next_id, story.id + 1)

    @property
    def window(self) -> float:
        return self.config.window_days * DAY

    def vector(self, article: Article) -> tuple[dict[str, float], frozenset[str]]:
        """Count the article's features into the document frequencies; its weighted vector and features."""
        counts = raw_features(article)
        self.frequencies.add(counts)
        return weigh(counts, self.frequencies), frozenset(counts)

    def add(self, article_id: str, article: Article) -> Assignment:
        """Place one article: join the best open story above the threshold, or start a new one."""
        vector, features = self.vector(article)
        when = epoch(article.published)
        best, score = self.best_story(vector, when)
        created = best is None or score < self.config.threshold
        if created:
            story = StoryState(self.next_id, None, None)
            self.next_id += 1
            self.stories[story.id] = story
            score = 1.0
        else:
            story = self.stories[best]
        story.add(vector, when, self.config.centroid_terms)
        self._register(story)
        return Assignment(article_id, story.id, score, created, vector, when, features)

    def best_story(self, vector: Mapping[str, float], when: float | None) -> tuple[int | None, float]:
        """The most similar open story and its similarity (ties go to the older story)."""
        best: int | None = None
        best_score = -1.0
        for story_id in sorted(self._candidates(vector, when)):
            story = self.stories[story_id]
            if not story.is_open_at(when, self.window):
                continue
            score = cosine(vector, normalise(story.centroid))
            if score > best_score:
                best, best_score = story_id, score
        return best, best_score

    def _candidates(self, vector: Mapping[str, float], when: float | None) -> set[int]:
        found: set[int] = set()
        weeks = _weeks(when, when, self.window)
        for feature in list(vector)[: self.config.query_terms]:
            for week in weeks:
                found.update(self._index.get((feature, week), ()))
        return found

    def _register(self, story: StoryState) -> None:
        """(Re-)index the story under its heaviest centroid features for each week it spans."""
        for key in self._keys.pop(story.id, ()):
            postings = self._index.get(key)
            if postings is not None:
                postings.discard(story.id)
                if not postings:
                    del self._index[key]
        keys = [
            (feature, week)
            for feature in list(story.centroid)[: self.config.index_terms]
            for week in _weeks(story.first, story.last, 0.0)
        ]
        for key in keys:
            self._index.setdefault(key, set()).add(story.id)
        self._keys[story.id] = keys


def _weeks(start: float | None, end: float | None, margin: float) -> list[int]:
    """Week numbers covering ``[start - margin, end + margin]`` (one catch-all bucket without times)."""
    if start is None or end is None:
        return [-1]
    return list(range(int((start - margin) // WEEK), int((end + margin) // WEEK) + 1))
