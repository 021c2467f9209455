from __future__ import annotations

from lagebild.store import Store

from .conftest import make_article


def test_known_versions_covers_current_and_older_versions(store: Store) -> None:
    first = make_article("rat", "Rat tagt", "Der Rat tagt am Montag.")
    second = make_article("rat", "Rat tagt", "Der Rat tagt am Dienstag.")  # same URL: a new revision
    other = make_article("anderes", "Etwas anderes", "Etwas anderes.")
    store.add_articles([first])
    store.add_articles([second])
    hashes = [first.content_hash(), second.content_hash(), other.content_hash()]
    assert store.known_versions(hashes) == {first.content_hash(), second.content_hash()}
    assert store.known_versions([]) == set()
