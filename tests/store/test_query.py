"""The user query syntax: translation to FTS5 and clear errors; no sqlite3 error for any input."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.errors import QuerySyntaxError
from lagebild.store.query import parse_query


@pytest.mark.parametrize(
    ("query", "match"),
    [
        ("Soldaten", '"soldat"'),
        ("Soldaten Irak", '("soldat" AND "irak")'),
        ('"Truppen im Irak"', '({headline body} : "trupp im irak")'),
        ("Merkel OR Macron Corona", '(("merkel" OR "macron") AND "corona")'),
        ("Soldaten -Sport", '("soldat" NOT "sport")'),
        ("Soldaten NOT Sport", '("soldat" NOT "sport")'),
        ("Soldat*", '"soldat"*'),
        ("US-Truppen", '({headline body} : "us trupp" OR "ustrupp")'),
        ("Irak -(Sport OR Kultur)", '("irak" NOT (("sport" OR "kultur")))'),
        ('Irak AND "Abzug"', '("irak" AND "abzug")'),
    ],
)
def test_translation(query: str, match: str) -> None:
    assert parse_query(query).match == match


def test_highlight_terms_leave_out_exclusions() -> None:
    parsed = parse_query("Soldaten Verhand* -Sport")
    assert parsed.terms == {"soldat"} and parsed.prefixes == {"verhand"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ('"Truppen im', "unbalanced quotes"),
        ("(Irak OR Syrien", r"missing '\)'"),
        ("Irak)", r"unexpected '\)'"),
        ("OR", "'OR'"),
        ("Irak OR", "'OR'"),
        ("OR Irak", "'OR'"),
        ("Irak OR OR Syrien", "'OR'"),
        ("NOT", "'NOT'"),
        ("Irak NOT", "'NOT'"),
        ("Irak -", "'-'"),
        ("AND", "'AND'"),
        ("Irak AND", "'AND'"),
        ("-Sport", "only excludes"),
        ("NOT Sport -Kultur", "only excludes"),
        ("Irak OR -Sport", "cannot be one side of 'OR'"),
        ('""', "no words"),
        ("!!! ???", "no words"),
        ("a*", "too short"),
        ("(" * 40 + "Irak" + ")" * 40, "nested too deeply"),
        (" ".join(["Wort"] * 70), "too many words"),
    ],
)
def test_syntax_errors_say_what_to_fix(query: str, message: str) -> None:
    with pytest.raises(QuerySyntaxError, match=message):
        parse_query(query)


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    """A bare FTS5 table shaped like the search index: the translation must always be valid FTS5."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE search_index USING fts5 (headline, body, parts, "
               "tokenize = 'unicode61 remove_diacritics 0')")
    db.execute("INSERT INTO search_index VALUES ('soldat im irak', 'die trupp', 'trupp prasenz')")
    return db


QUERY_ALPHABET = st.sampled_from(
    list('abcäöüßAZ09 "()*-:^{}[]+.,;\'\\|/&~!?<>=_') + ["OR", "AND", "NOT", "NEAR", " OR ", " NOT ", "\u00a0", "é"]
)


@given(st.one_of(st.text(max_size=40), st.lists(QUERY_ALPHABET, max_size=25).map("".join)))
@settings(max_examples=600, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_query_translates_to_valid_fts5_or_raises_query_syntax_error(fts: sqlite3.Connection, query: str) -> None:
    try:
        parsed = parse_query(query)
    except QuerySyntaxError:
        return
    fts.execute("SELECT rowid FROM search_index WHERE search_index MATCH ?", (parsed.match,)).fetchall()


@given(st.one_of(st.text(max_size=30), st.lists(QUERY_ALPHABET, max_size=20).map("".join)))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_store_search_returns_results_or_query_syntax_error(corpus_store, query: str) -> None:
    try:
        results = corpus_store.search(query)
    except QuerySyntaxError:
        return
    assert results.total >= len(results.results)
