"""German full-text search: inflection, compounds, umlaut and ß spellings (one requirement per test)."""

from __future__ import annotations

import pytest


def ids(results) -> set[str]:
    return {hit.id for hit in results.results}


@pytest.fixture
def german(store, article):
    store.add_articles([
        article("soldaten", "Bericht aus der Kaserne", "Die Soldaten kehrten am Morgen zurück."),
        article("praesenz", "Mehr Schiffe in der Ostsee", "Die Marine verstärkt ihre Truppenpräsenz im Norden."),
        article("irakisch", "Gespräche in Bagdad", "Die irakischen Minister trafen sich am Abend."),
        article("umlaut", "Verkehr", "In München wurde die Straße gesperrt."),
        article("ascii", "Verkehr", "In Muenchen wurde die Strasse gesperrt."),
        article("plain", "Verkehr", "In Munchen wurde eine Umleitung eingerichtet."),
        article("andere", "Wetter", "Morgen regnet es im Süden."),
    ])
    return store


def test_soldat_finds_soldaten(german) -> None:
    assert ids(german.search("Soldat")) == {"soldaten"}


def test_truppen_finds_truppenpraesenz(german) -> None:
    assert ids(german.search("Truppen")) == {"praesenz"}


def test_praesenz_finds_truppenpraesenz(german) -> None:
    assert ids(german.search("Präsenz")) == {"praesenz"}


def test_irak_finds_irakischen(german) -> None:
    assert ids(german.search("Irak")) == {"irakisch"}


@pytest.mark.parametrize("query", ["München", "Muenchen", "Munchen", "MÜNCHEN", "muenchen"])
def test_munich_in_any_spelling(german, query: str) -> None:
    assert ids(german.search(query)) == {"umlaut", "ascii", "plain"}


@pytest.mark.parametrize("query", ["Straße", "Strasse", "STRASSE"])
def test_strasse_in_any_spelling(german, query: str) -> None:
    assert ids(german.search(query)) == {"umlaut", "ascii"}


def test_ascii_spelled_compound_finds_its_parts(store, article) -> None:
    store.add_article(article("a", "Marine", "Die Truppenpraesenz wird erhöht."))
    assert ids(store.search("Präsenz")) == {"a"}
    assert ids(store.search("Truppenpräsenz")) == {"a"}


def test_hyphenated_words_are_found_by_parts_and_closed_form(store, article) -> None:
    store.add_articles([
        article("hyphen", "Lage", "Die US-Truppen bleiben. Die Corona-Pandemie dauert an."),
        article("closed", "Lage", "Die Coronapandemie dauert an."),
    ])
    assert ids(store.search("Truppen")) == {"hyphen"}
    assert ids(store.search("US-Truppen")) == {"hyphen"}
    assert ids(store.search("Coronapandemie")) == {"hyphen", "closed"}
    assert ids(store.search("Corona-Pandemie")) == {"hyphen", "closed"}
    assert ids(store.search("Pandemie")) == {"hyphen", "closed"}


def test_words_with_real_ae_oe_ue_find_themselves(store, article) -> None:
    store.add_articles([
        article("israel", "Nahost", "Israel und die israelischen Behörden."),
        article("neue", "Politik", "Die neue Regierung und ein neuer Plan."),
        article("manuel", "Sport", "Manuel hielt den Ball. Das Feuer war aus."),
    ])
    assert ids(store.search("Israel")) == {"israel"}
    assert ids(store.search("neue")) == {"neue"}
    assert ids(store.search("Manuel")) == {"manuel"}
    assert ids(store.search("Feuer")) == {"manuel"}
    assert ids(store.search("Quelle")) == set()


def test_compound_with_lemma_finds_all_parts(store, article) -> None:
    store.add_article(article("bw", "Einsatz", "Die Bundeswehrsoldaten sind zurück."))
    for query in ("Bundeswehr", "Soldat", "Soldaten", "Bundeswehrsoldat"):
        assert ids(store.search(query)) == {"bw"}, query


def test_inflected_short_words_are_not_split(store, article) -> None:
    store.add_article(article("s", "Bericht", "Die Soldaten marschierten."))
    assert ids(store.search("Daten")) == set()
