"""Storing articles: new / duplicate / updated, revisions, idempotency, rejections, reading back."""

from __future__ import annotations

import dataclasses

import pytest

from lagebild.errors import NotFound


def test_new_articles_are_stored(store, article) -> None:
    results = store.add_articles([article("a", "Erster Artikel", "Ein Satz."), article("b", "Zweiter", "Text.")])
    assert [(r.article_id, r.status, r.revision) for r in results] == [("a", "new", 1), ("b", "new", 1)]
    assert store.count_articles() == 2


def test_same_batch_twice_changes_nothing(store, article) -> None:
    batch = [article(f"a{i}", f"Schlagzeile {i}", f"Absatz Nummer {i}.") for i in range(5)]
    store.add_articles(batch)
    before = store.connection.execute("SELECT id, content_hash, revision, updated_at FROM articles").fetchall()
    again = store.add_articles(batch)
    assert {r.status for r in again} == {"duplicate"}
    assert store.count_articles() == 5
    assert store.connection.execute("SELECT id, content_hash, revision, updated_at FROM articles").fetchall() == before
    assert store.connection.execute("SELECT count(*) FROM revisions").fetchone()[0] == 0
    assert store.connection.execute("SELECT count(*) FROM search_index").fetchone()[0] == 5


def test_a_duplicate_within_one_batch_is_stored_once(store, article) -> None:
    one = article("a", "Erster Artikel", "Ein Satz.")
    results = store.add_articles([one, dataclasses.replace(one)])
    assert [r.status for r in results] == ["new", "duplicate"]


def test_changed_text_at_the_same_url_is_an_update_with_revision(store, article) -> None:
    first = article("a", "Erste Fassung", "Der Minister trat zurück.")
    second = article("a", "Zweite Fassung", "Der Minister trat am Abend zurück.")
    store.add_article(first)
    result = store.add_article(second)
    assert (result.article_id, result.status, result.revision) == ("a", "updated", 2)
    assert store.count_articles() == 1
    assert store.get_article("a").headline == "Zweite Fassung"
    versions = store.revisions("a")
    assert [(v["revision"], v["current"]) for v in versions] == [(1, False), (2, True)]
    assert versions[0]["content_hash"] == first.content_hash()
    assert store.revision_article("a", 1) == first


def test_an_older_version_arriving_again_is_a_duplicate(store, article) -> None:
    first = article("a", "Erste Fassung", "Der Minister trat zurück.")
    second = article("a", "Zweite Fassung", "Der Minister trat am Abend zurück.")
    store.add_articles([first, second])
    result = store.add_article(first)
    assert (result.status, result.revision) == ("duplicate", 2)
    assert store.get_article("a").headline == "Zweite Fassung"


def test_the_same_url_under_another_id_updates_the_stored_article(store, article) -> None:
    store.add_article(article("a", "Erste Fassung", "Text.", url="https://nachrichten.example/x"))
    result = store.add_article(article("zzz", "Zweite Fassung", "Text.", url="https://nachrichten.example/x"))
    assert (result.article_id, result.status) == ("a", "updated")
    assert store.get_article("a").id == "a"
    with pytest.raises(NotFound):
        store.get_article("zzz")


def test_without_url_the_id_identifies_the_article(store, article) -> None:
    store.add_article(article("a", "Erste Fassung", "Text.", url=None))
    result = store.add_article(article("a", "Zweite Fassung", "Text.", url=None))
    assert (result.status, result.revision) == ("updated", 2)


def test_equal_text_at_two_urls_is_two_articles(store, article) -> None:
    results = store.add_articles([article("a", "Agenturmeldung", "Gleicher Text."),
                                  article("b", "Agenturmeldung", "Gleicher Text.")])
    assert [r.status for r in results] == ["new", "new"]


def test_an_article_without_id_is_refused(store, article) -> None:
    with pytest.raises(ValueError, match="id"):
        store.add_article(dataclasses.replace(article("a", "Ohne Id", "Text."), id=None))
    assert store.count_articles() == 0


def test_round_trip_returns_the_same_article(store, article) -> None:
    original = article(
        "a", "Schlagzeile", "Absatz eins.", "Absatz zwei.", kicker="Dachzeile", lead="Der Vorspann.",
        agencies=["dpa", "AFP"], authors=["Erika Muster"],
        entities=[{"start": 0, "end": 9, "text": "Dachzeile", "label": "MISC", "entity": None}],
        topics=[{"id": "medtop:11000000", "label": "Politik", "score": 0.8}], summary="Kurz.",
    )
    store.add_article(original)
    assert store.get_article("a") == original
    assert list(store.iter_articles()) == [original]


def test_get_article_unknown_id_is_not_found_with_a_hint(store) -> None:
    with pytest.raises(NotFound, match="no article with id 'nope'"):
        store.get_article("nope")
    with pytest.raises(NotFound):
        store.revisions("nope")


def test_annotations_are_stored_and_refreshed_per_version(store, article) -> None:
    entity = {"start": 4, "end": 10, "text": "Berlin", "label": "LOC", "entity": "Q64"}
    store.add_article(article("a", "Aus Berlin", "Text.", entities=[entity], keywords=[{"text": "Berlin", "score": 1}]))
    rows = store.annotations("a")
    assert {(r["kind"], r["label"]) for r in rows} == {("entities", "LOC"), ("keywords", "Berlin")}
    assert store.annotations("a", "entities")[0]["value"] == entity
    store.add_article(article("a", "Aus Berlin und Paris", "Text."))
    assert store.annotations("a") == []


def test_outlets_are_counted_with_their_date_range(store, article) -> None:
    store.add_articles([
        article("a", "Eins", "Text.", outlet="Isar Bote", published="2020-01-02T10:00:00+01:00"),
        article("b", "Zwei", "Text.", outlet="Isar Bote", published="2020-03-04T10:00:00+01:00"),
        article("c", "Drei", "Text.", outlet="Seeblatt", published="2020-02-01T10:00:00+01:00"),
    ])
    outlets = {o["name"]: o for o in store.outlets()}
    assert outlets["Isar Bote"]["articles"] == 2
    assert outlets["Isar Bote"]["first_published"] == "2020-01-02T09:00:00Z"
    assert outlets["Isar Bote"]["last_published"] == "2020-03-04T09:00:00Z"
    assert outlets["Seeblatt"]["articles"] == 1


def test_rejections_are_recorded_once(store) -> None:
    store.record_rejection("feeds/a.xml", "item 3", "no text")
    store.record_rejection("feeds/a.xml", "item 3", "no text")
    store.record_rejection("feeds/a.xml", None, "not a feed")
    store.record_rejection("feeds/a.xml", None, "not a feed")
    rejections = store.rejections()
    assert [(r["path"], r["locator"], r["reason"]) for r in rejections] == [
        ("feeds/a.xml", None, "not a feed"),
        ("feeds/a.xml", "item 3", "no text"),
    ]
    assert rejections[0]["at"]
    assert len(store.rejections(limit=1)) == 1


def test_large_batches_are_split_into_transactions(store, article, monkeypatch) -> None:
    monkeypatch.setattr("lagebild.store.sqlstore.BATCH_SIZE", 3)
    results = store.add_articles(article(f"a{i}", f"Schlagzeile {i}", f"Text {i}.") for i in range(10))
    assert len(results) == 10 and store.count_articles() == 10
