"""SQLite and PostgreSQL give the same results on the same input: ingest, search and stories.

The same files go through ``ingest`` (full pipeline, stories hook) into a SQLite file and a
PostgreSQL schema; then everything a user can read back is compared, search results
with their order and BM25 scores included.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.errors import QuerySyntaxError
from lagebild.ingest import ingest
from lagebild.pipeline import default_pipeline
from lagebild.store import open_store
from lagebild.stories import StoryTracker
from lagebild.stories.views import list_copies, list_stories, network, story_detail

from tests.conftest import SEED_LIKE_TEXT
from tests.store.conftest import CORPUS
from tests.stories.conftest import AGENCY_BODY, corpus, make

pytestmark = pytest.mark.postgresql

QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("Soldat", {}), ("Soldaten", {}), ("Truppen", {}), ("Präsenz", {}), ("Irak", {}), ("Muenchen", {}),
    ("Strasse", {}), ("Hafen", {}), ("Rostock Hafen", {}), ('"Rostocker Hafen"', {}), ('"Hafen Rostocker"', {}),
    ("Kiel OR Rostock", {}), ("Hafen -Kiel", {}), ("Hafen NOT (Streik OR Oslo)", {}), ("Haf*", {}), ("Kai*", {}),
    ("US-Truppen", {}), ("Warnow", {"since": "2021-03-10", "until": "2021-03-10"}), ("Hafen", {"outlet": "ostseeblatt"}),
    ("Iraq OR Irak", {"language": "en"}), ("die", {}), ("Bundesregierung", {}), ("Marinepräsenz", {}), ("Ostsee", {}),
    ("Millionen Euro", {}), ("Zauberflöte", {}), ("Raumstation OR Raumfahrt", {}), ("Einsatz", {"since": "2021-01-01"}),
]


def records(articles) -> list[dict[str, Any]]:
    return [{"id": a.id, "url": a.url, "headline": a.headline, "text": "\n\n".join(p for s in a.sections for p in s.paragraphs),
             "published": a.published, "outlet": a.outlet, "language": a.language} for a in articles]


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    copy = make("hafen-copy", "Hafen Rostock: Bund zahlt", "Gute Nachrichten für die Hansestadt: Die Werften atmen auf.",
                *AGENCY_BODY, outlet="Ostseeblatt", published="2021-03-10T12:00:00+01:00")
    first = tmp_path / "first.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in records(corpus() + [copy] + CORPUS)]
    lines.insert(3, '{"id": "kaputt", "text": ')  # a malformed record: rejected, the rest is stored
    first.write_text("\n".join(lines) + "\n", encoding="utf-8")
    second = tmp_path / "second.jsonl"  # a new version of one article, a duplicate of another
    revised = records(corpus()[:2])
    revised[0]["text"] += "\n\nAm Abend bestätigte der Hafenbetreiber die Pläne."
    second.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in revised) + "\n", encoding="utf-8")
    seed = tmp_path / "ostsee.txt"
    seed.write_text(SEED_LIKE_TEXT, encoding="utf-8")
    return [first, seed, second]


def fill(db: str, inputs: list[Path]) -> dict[str, Any]:
    pipeline = default_pipeline()
    with open_store(db) as store:
        tracker = StoryTracker(store)
        summaries = [ingest([path], store, pipeline=pipeline, batch_size=4, after_batch=tracker.update).as_dict()
                     for path in inputs]
        articles = list(store.iter_articles())
        ids = [a.id for a in articles]
        stories = list(list_stories(store))
        return {
            "summaries": [{k: v for k, v in s.items() if k not in ("seconds", "articles_per_second")} for s in summaries],
            "count": store.count_articles(),
            "articles": articles,
            "revisions": {i: [{k: v for k, v in r.items() if k != "seen_at"} for r in store.revisions(i)] for i in ids},
            "annotations": {i: store.annotations(i) for i in ids},
            "outlets": store.outlets(),
            "rejections": [{k: v for k, v in r.items() if k != "at"} for r in store.rejections()],
            "search": {repr(q): search(store, q, f) for q, f in QUERIES},
            "stories": stories,
            "details": [story_detail(store, s["story"]) for s in stories],
            "copies": list(list_copies(store)),
            "network": network(store),
        }


def search(store, query: str, filters: dict[str, Any]) -> dict[str, Any]:
    results = store.search(query, limit=1000, **filters)
    hits = {h.id: {k: v for k, v in h.as_dict().items() if k != "score"} for h in results.results}
    return {"total": results.total, "hits": hits, "order": [h.id for h in results.results],
            "scores": [h.score for h in results.results]}


def test_sqlite_and_postgresql_give_the_same_results(inputs: list[Path], tmp_path: Path, pg_schema) -> None:
    lite = fill(str(tmp_path / "same.db"), inputs)
    pg = fill(pg_schema(), inputs)
    assert lite["count"] == len(lite["articles"]) == 15
    assert lite["summaries"][0]["rejected"] == 1 and lite["summaries"][2]["updated"] == 1
    for key in ("summaries", "count", "articles", "revisions", "annotations", "outlets", "rejections",
                "stories", "details", "copies", "network"):
        assert pg[key] == lite[key], key
    assert any(lite["annotations"].values()) and len(lite["copies"]) == 1
    for query, expected in lite["search"].items():
        got = pg["search"][query]
        assert (got["total"], got["hits"]) == (expected["total"], expected["hits"]), query
        assert got["order"] == expected["order"], query  # BM25 on both
        assert got["scores"] == pytest.approx(expected["scores"], abs=1e-5), query


WORDS = ["Soldat", "Soldaten", "Truppen", "Präsenz", "Irak", "irakischen", "München", "Muenchen", "Strasse", "Hafen",
         "Rostock", "Rostocker", "Kiel", "Oslo", "Streik", "Warnow", "Bund", "Millionen", "Euro", "Kai", "Ha", "Tru",
         "US-Truppen", "Innenstadt", "Radwege", "Zauberflöte", "die", "der", "am", "Soldat-Haushalt", "Gemeinderat"]
QUERY_PARTS = st.one_of(st.sampled_from(WORDS), st.sampled_from(["OR", "-", "NOT", "(", ")", '"', "*", " "]))


@pytest.fixture(scope="module")
def both(tmp_path_factory, pg_database) -> Iterator[tuple[Any, Any]]:
    """The same articles in a SQLite file and a PostgreSQL schema (module-wide, read by many examples)."""
    import psycopg

    from tests.conftest import schema_url

    articles = CORPUS + corpus()
    schema = f"agree_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_database, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    lite = open_store(str(tmp_path_factory.mktemp("agree") / "agree.db"))
    pg = open_store(schema_url(pg_database, schema))
    for store in (lite, pg):
        store.add_articles(articles)
    yield lite, pg
    lite.close()
    pg.close()
    with psycopg.connect(pg_database, autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")


@given(st.lists(QUERY_PARTS, min_size=1, max_size=8).map(" ".join) | st.lists(QUERY_PARTS, max_size=8).map("".join))
@settings(max_examples=150, deadline=None)
def test_any_query_finds_the_same_articles_in_the_same_order(both, query: str) -> None:
    lite, pg = both
    try:
        expected = lite.search(query, limit=100)
    except QuerySyntaxError as error:
        with pytest.raises(QuerySyntaxError, match=re.escape(str(error))):
            pg.search(query, limit=100)
        return
    got = pg.search(query, limit=100)
    assert got.total == expected.total
    assert [h.id for h in got.results] == [h.id for h in expected.results]
    assert [h.score for h in got.results] == pytest.approx([h.score for h in expected.results], abs=1e-5)
    assert [h.snippet for h in got.results] == [h.snippet for h in expected.results]
