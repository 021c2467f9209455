"""Fixtures for the store tests: a temporary database and small German articles written for lagebild."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lagebild.article import Article, Section, compose_text
from lagebild.store import Store, open_store

MakeArticle = Callable[..., Article]


def make_article(
    id: str,
    headline: str,
    *paragraphs: str,
    url: str | None = "auto",
    outlet: str | None = "Nordkurier Test",
    language: str | None = "de",
    published: str | None = "2020-06-12T04:15:00+02:00",
    kicker: str | None = None,
    lead: str | None = None,
    **fields: object,
) -> Article:
    """An Article whose ``text`` is composed as the structure parser would compose it."""
    sections = [Section(None, list(paragraphs))] if paragraphs else []
    return Article(
        id=id,
        url=f"https://nachrichten.example/{id}" if url == "auto" else url,
        outlet=outlet,
        language=language,
        kicker=kicker,
        headline=headline,
        published=published,
        lead=lead,
        sections=sections,
        text=compose_text(kicker, headline, lead, sections),
        **fields,  # type: ignore[arg-type]
    )


@pytest.fixture
def article() -> MakeArticle:
    return make_article


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "lagebild.db"


@pytest.fixture
def store(db: str) -> Iterator[Store]:
    """A new store, on SQLite and on PostgreSQL (the ``backend`` parameter)."""
    with open_store(db) as opened:
        yield opened


#: A small German corpus for the search tests (written for these tests).
CORPUS = [
    make_article(
        "irak",
        "US-Truppen verlassen Stützpunkt im Irak",
        "Die Truppenpräsenz der Vereinigten Staaten wird verringert. Rund 5.000 Soldaten bleiben vorerst im Land.",
        "Die irakischen Behörden begrüßten den Schritt. Der Abzug soll bis zum Herbst dauern.",
        kicker="Kampf gegen den IS",
        outlet="Nordkurier Test",
        published="2020-06-12T04:15:00+02:00",
    ),
    make_article(
        "muenchen",
        "Neue Radwege für die Innenstadt",
        "In München sollen an der Leopoldstraße neue Radwege entstehen. Der Stadtrat stimmte am Dienstag zu.",
        "Anwohner fürchten um Parkplätze an der Straße.",
        outlet="Isar Bote",
        published="2020-07-01T10:00:00+02:00",
    ),
    make_article(
        "muenchen-ascii",
        "Baustelle in der Innenstadt",
        "In Muenchen wird die Strasse am Marienplatz im August gesperrt.",
        outlet="Isar Bote",
        published="2020-08-03T08:30:00+02:00",
    ),
    make_article(
        "soldat-headline",
        "Soldat rettet Kind aus dem See",
        "Ein Wanderer beobachtete die Rettung am Ufer. Das Kind ist wohlauf.",
        outlet="Seeblatt",
        published="2021-01-15T12:00:00+01:00",
    ),
    make_article(
        "soldat-body",
        "Gemeinderat beschließt Haushalt",
        "Der Gemeinderat hat am Abend den Haushalt beschlossen. Auch ein ehemaliger Soldat sprach in der Sitzung.",
        outlet="Seeblatt",
        published="2021-02-20T19:00:00+01:00",
    ),
    make_article(
        "sport",
        "Bundesliga: Spitzenspiel am Samstag",
        "Die Mannschaft trifft am Samstag auf den Tabellenführer. Der Trainer lobte die Soldaten der Abwehr.",
        outlet="Sportecho",
        language="de",
        published="2020-09-05T15:30:00+02:00",
    ),
    make_article(
        "english",
        "Troops leave base in Iraq",
        "The presence of US troops in Iraq is being reduced, officials said.",
        outlet="Wire English",
        language="en",
        published="2020-06-12T06:00:00+00:00",
    ),
]


@pytest.fixture
def corpus_store(store: Store) -> Store:
    store.add_articles(CORPUS)
    return store
