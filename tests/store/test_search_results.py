"""Search results: ranking, snippets, filters, pagination and the JSON contract."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest

from lagebild.errors import QuerySyntaxError
from lagebild.store import MARK_END, MARK_START


def ids(results) -> list[str]:
    return [hit.id for hit in results.results]


def test_headline_match_ranks_above_body_match(corpus_store) -> None:
    results = corpus_store.search("Soldat")
    assert ids(results).index("soldat-headline") < ids(results).index("soldat-body")
    scores = [hit.score for hit in results.results]
    assert scores == sorted(scores, reverse=True)


def test_snippet_brackets_the_original_word(corpus_store) -> None:
    hit = next(h for h in corpus_store.search("soldat").results if h.id == "soldat-body")
    assert f"{MARK_START}Soldat{MARK_END}" in hit.snippet
    hit = corpus_store.search("Truppen").results[0]
    assert f"{MARK_START}Truppenpräsenz{MARK_END}" in hit.snippet
    hit = corpus_store.search("Muenchen").results[0]
    assert f"{MARK_START}München{MARK_END}" in hit.snippet or f"{MARK_START}Muenchen{MARK_END}" in hit.snippet


def test_snippet_shows_the_window_with_the_matches(store, article) -> None:
    filler = " ".join(["Füllwort"] * 80)
    store.add_article(article("long", "Lange Meldung", f"{filler} Am Ende steht der Irak. {filler}"))
    snippet = store.search("Irak").results[0].snippet
    assert f"{MARK_START}Irak{MARK_END}" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet.split()) <= 35


def test_snippet_without_body_match_is_the_start_of_the_text(corpus_store) -> None:
    hit = next(h for h in corpus_store.search("Soldat").results if h.id == "soldat-headline")
    assert hit.snippet.startswith("Ein Wanderer beobachtete")


def test_excluded_words_are_not_highlighted(corpus_store) -> None:
    results = corpus_store.search("Soldat -Bundesliga")
    assert "sport" not in ids(results)
    assert all("«Bundesliga»" not in hit.snippet for hit in results.results)


def test_phrase_requires_words_in_order(corpus_store) -> None:
    assert ids(corpus_store.search('"Abzug soll"')) == ["irak"]
    assert ids(corpus_store.search('"soll Abzug"')) == []


def test_or_not_prefix_and_groups(corpus_store) -> None:
    assert set(ids(corpus_store.search("München OR Wanderer"))) == {"muenchen", "muenchen-ascii", "soldat-headline"}
    assert set(ids(corpus_store.search("Soldat NOT Haushalt"))) == {"soldat-headline", "sport", "irak"}
    assert set(ids(corpus_store.search("Rad*"))) == {"muenchen"}
    assert set(ids(corpus_store.search("(Gemeinderat OR Trainer) Soldat"))) == {"soldat-body", "sport"}


def test_date_filters(corpus_store) -> None:
    june = corpus_store.search("Irak OR Iraq OR München", since="2020-06-01", until="2020-06-30")
    assert set(ids(june)) == {"irak", "english"}
    assert set(ids(corpus_store.search("Innenstadt", until="2020-07-01"))) == {"muenchen"}
    assert set(ids(corpus_store.search("Innenstadt", since=date(2020, 7, 2)))) == {"muenchen-ascii"}
    moment = datetime(2020, 6, 12, 3, 0, tzinfo=timezone.utc)
    assert set(ids(corpus_store.search("Iraq OR Irak", since=moment))) == {"english"}


def test_until_a_day_includes_that_whole_day(corpus_store) -> None:
    assert set(ids(corpus_store.search("Innenstadt", since="2020-08-03", until="2020-08-03"))) == {"muenchen-ascii"}


def test_bad_date_filter_is_a_query_error(corpus_store) -> None:
    with pytest.raises(QuerySyntaxError, match="since"):
        corpus_store.search("Irak", since="12.06.2020")


def test_outlet_filter_is_exact_and_case_insensitive(corpus_store) -> None:
    assert set(ids(corpus_store.search("Innenstadt", outlet="isar bote"))) == {"muenchen", "muenchen-ascii"}
    assert ids(corpus_store.search("Innenstadt", outlet="Isar")) == []
    assert corpus_store.search("Innenstadt", outlet="Unbekannt").total == 0


def test_language_filter(corpus_store) -> None:
    assert ids(corpus_store.search("Iraq OR Irak", language="en")) == ["english"]
    assert ids(corpus_store.search("Iraq OR Irak", language="DE")) == ["irak"]


def test_pagination_and_total(store, article) -> None:
    store.add_articles(article(f"m{i}", f"Meldung {i}", f"Der Zoll meldet Fund Nummer {i}.") for i in range(25))
    first = store.search("Zoll", limit=10)
    second = store.search("Zoll", limit=10, offset=10)
    last = store.search("Zoll", limit=10, offset=20)
    beyond = store.search("Zoll", limit=10, offset=40)
    assert (first.total, second.total, last.total, beyond.total) == (25, 25, 25, 25)
    assert (len(first.results), len(second.results), len(last.results), len(beyond.results)) == (10, 10, 5, 0)
    pages = ids(first) + ids(second) + ids(last)
    assert len(set(pages)) == 25
    assert store.search("Zoll", limit=0).total == 25


def test_bad_paging_values_are_query_errors(corpus_store) -> None:
    with pytest.raises(QuerySyntaxError):
        corpus_store.search("Irak", limit=-1)


def test_no_match_is_an_empty_result(corpus_store) -> None:
    results = corpus_store.search("Raumfahrt")
    assert (results.total, results.results) == (0, [])


def test_json_contract(corpus_store) -> None:
    data = json.loads(json.dumps(corpus_store.search("Irak").as_dict()))
    assert set(data) == {"query", "total", "results"}
    assert data["query"] == "Irak" and data["total"] == 1
    assert set(data["results"][0]) == {"id", "url", "headline", "outlet", "published", "snippet", "score"}
    hit = data["results"][0]
    assert (hit["id"], hit["outlet"], hit["published"]) == ("irak", "Nordkurier Test", "2020-06-12T04:15:00+02:00")
    assert isinstance(hit["score"], float) and hit["score"] > 0


def test_updated_article_is_searched_in_its_new_version(store, article) -> None:
    store.add_article(article("a", "Meldung", "Der Hafen wird geschlossen."))
    store.add_article(article("a", "Meldung", "Der Flughafen wird geschlossen."))
    assert ids(store.search("Flughafen")) == ["a"]
    assert ids(store.search("geschlossen")) == ["a"]
    assert store.search("geschlossen").total == 1
