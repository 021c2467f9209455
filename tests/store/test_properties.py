"""Property tests: what goes in comes back out, and storing twice changes nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.article import Article, Section, compose_text
from lagebild.store import open_store

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
OPTIONAL = st.none() | TEXT


@st.composite
def articles(draw: st.DrawFn) -> Article:
    kicker, headline, lead = draw(OPTIONAL), draw(OPTIONAL), draw(OPTIONAL)
    sections = [Section(draw(OPTIONAL), draw(st.lists(TEXT, max_size=3))) for _ in range(draw(st.integers(0, 2)))]
    return Article(
        id=draw(st.text(min_size=1, max_size=20)),
        url=draw(st.none() | st.text(max_size=40)),
        outlet=draw(OPTIONAL),
        language=draw(st.none() | st.sampled_from(["de", "en", "fr"])),
        kicker=kicker,
        headline=headline,
        published=draw(st.none() | st.sampled_from(["2020-06-12T04:15:00+02:00", "2021-01-01", "kein Datum"])),
        agencies=draw(st.lists(TEXT, max_size=2)),
        authors=draw(st.lists(TEXT, max_size=2)),
        lead=lead,
        sections=sections,
        text=compose_text(kicker, headline, lead, sections),
        entities=draw(st.lists(st.fixed_dictionaries({"start": st.integers(0, 50), "end": st.integers(0, 50),
                                                      "text": TEXT, "label": st.sampled_from(["PER", "LOC"]),
                                                      "entity": st.none() | TEXT}), max_size=2)),
        summary=draw(OPTIONAL),
    )


TABLES = "articles, outlets, revisions, annotations, ingest_errors, search_index, search_filters"


@given(original=articles())
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_insert_then_get_returns_the_original(original: Article, backend: str, request) -> None:
    if backend == "sqlite":
        store = open_store(":memory:")
    else:  # one schema for all examples, emptied before each
        store = request.getfixturevalue("store")
        store.connection.execute(f"TRUNCATE {TABLES} CASCADE")
        store._outlet_ids.clear()
    result = store.add_article(original)
    assert result.status == "new"
    assert store.get_article(original.id) == original
    assert store.add_article(original).status == "duplicate"
    assert store.count_articles() == 1
    if backend == "sqlite":
        store.close()
