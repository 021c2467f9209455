"""The data behind ``lagebild stories``, ``lagebild story ID`` and ``lagebild copies`` (plain dicts)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lagebild.stories.disagreements import find_disagreements
from lagebild.stories.network import copy_network
from lagebild.stories.store import StoryStore, member_articles


def list_stories(store: Any, *, min_size: int = 1) -> Iterator[dict[str, Any]]:
    """Stories in the contract's shape ``{"story", "title", "articles": [{"id", "url"}]}`` plus details."""
    for story in StoryStore(store.connection).stories(min_size=min_size):
        story["articles"] = [{"id": m["id"], "url": m["url"]} for m in story["articles"]]
        yield story


def story_detail(store: Any, story_id: int) -> dict[str, Any]:
    """One story: ranked members, near-duplicate pairs among them with diffs, and disagreements."""
    stories = StoryStore(store.connection)
    story = stories.story(story_id)
    ids = [m["id"] for m in story["articles"]]
    story["copies"] = stories.pairs_among(ids)
    story["disagreements"] = [d.as_dict() for d in find_disagreements(member_articles(store, story["articles"]))]
    return story


def list_copies(store: Any) -> Iterator[dict[str, Any]]:
    """Near-duplicate groups: ``{"group", "agency", "articles": [{"id", "url", "share"}]}``."""
    return StoryStore(store.connection).copy_groups()


def network(store: Any) -> list[dict[str, Any]]:
    """The copy network's edges: ``{"source", "copier", "pairs", "mean_share"}``, most pairs first."""
    return [edge.as_dict() for edge in copy_network(StoryStore(store.connection).copied_pairs())]
