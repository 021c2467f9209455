"""Streaming clustering: same event joins, same topic apart, independent of batch size and order."""

from __future__ import annotations

import random

from lagebild.stories.clustering import StoryClusterer, epoch

from tests.stories.conftest import corpus


def partition(articles) -> set[frozenset[str]]:
    clusterer = StoryClusterer()
    stories: dict[int, set[str]] = {}
    for article in articles:
        stories.setdefault(clusterer.add(article.id, article).story_id, set()).add(article.id)
    return {frozenset(s) for s in stories.values()}


def test_same_event_in_different_words_joins_one_story() -> None:
    assert frozenset({"hafen-a", "hafen-b", "hafen-c"}) in partition(corpus())


def test_same_topic_but_other_event_stays_apart() -> None:
    stories = partition(corpus())
    assert frozenset({"kiel-a", "kiel-b"}) in stories
    assert frozenset({"oper"}) in stories


def test_order_within_the_window_does_not_matter() -> None:
    expected = partition(corpus())
    for seed in range(5):
        shuffled = corpus()
        random.Random(seed).shuffle(shuffled)
        assert partition(shuffled) == expected


def test_stories_close_after_the_window() -> None:
    late = corpus()[1]
    late.id, late.published = "hafen-late", "2021-03-20T10:00:00+01:00"
    stories = partition(corpus()[:1] + [late])
    assert len(stories) == 2


def test_epoch_reads_offsets_and_rejects_garbage() -> None:
    assert epoch("2021-03-10T10:00:00+01:00") == epoch("2021-03-10T09:00:00+00:00")
    assert epoch("gestern") is None and epoch(None) is None
