"""Bylines, author fields and the rules for kickers, headlines and subheadings."""

from __future__ import annotations

import pytest

from lagebild.structure import split_authors
from lagebild.structure.authors import parse_byline
from lagebild.structure.titles import is_heading_like, is_headline_like, split_colon_kicker


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Von Anna Muster, Berlin", ["Anna Muster"]),
        ("Von Anna Muster und Max Beispiel", ["Anna Muster", "Max Beispiel"]),
        ("Von Anna Muster, Max Beispiel und Erika Test", ["Anna Muster", "Max Beispiel", "Erika Test"]),
        ("Von Anna Muster, New York", ["Anna Muster"]),
        ("Ein Kommentar von Erika Test", ["Erika Test"]),
        ("Eine Analyse von Max Beispiel, Brüssel", ["Max Beispiel"]),
        ("Von unserem Korrespondenten Max Beispiel, Washington", ["Max Beispiel"]),
        ("Autorin: Anna Muster", ["Anna Muster"]),
        ("Von Karl-Heinz von der Brücke", ["Karl-Heinz von der Brücke"]),
    ],
)
def test_bylines(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == (authors, [])


@pytest.mark.parametrize(
    "line", ["Von den 5.000 Soldaten sind viele im Irak.", "Von Berlin aus fährt der Zug", "Vom Winde verweht"]
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


def test_split_author_fields() -> None:
    assert split_authors(["Anna Muster", "dpa", "Max Beispiel"]) == ["Anna Muster", "Max Beispiel"]
    assert split_authors("Von Anna Muster und Max Beispiel, Berlin") == ["Anna Muster", "Max Beispiel"]
    assert split_authors(["Anna Muster", "Anna Muster"]) == ["Anna Muster"]
    assert split_authors("Redaktion") == ["Redaktion"]
    assert split_authors("Redaktion", strict=True) == []
    assert split_authors(None) == []


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Corona-Krise: Regierung beschließt neue Hilfen", ("Corona-Krise", "Regierung beschließt neue Hilfen")),
        ("Brexit: Verhandlungen gehen in die Verlängerung", ("Brexit", "Verhandlungen gehen in die Verlängerung")),
        ("Merkel: Wir schaffen das", (None, "Merkel: Wir schaffen das")),
        ('Merkel: "Die Lage ist ernst"', (None, 'Merkel: "Die Lage ist ernst"')),
        ("Merkel: „Die Lage ist ernst“", (None, "Merkel: „Die Lage ist ernst“")),
        ("Streit: Ja", (None, "Streit: Ja")),
        ("Die Koalition und ihre vielen offenen Fragen: eine Bilanz", (None, "Die Koalition und ihre vielen offenen Fragen: eine Bilanz")),
        ("Ohne Doppelpunkt", (None, "Ohne Doppelpunkt")),
    ],
)
def test_colon_kicker_rule(headline: str, expected: tuple[str | None, str]) -> None:
    assert split_colon_kicker(headline) == expected


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Gespräche zwischen USA und Irak", True),
        ("Was bedeutet das für Mieter?", True),
        ("Die Regierung hat entschieden.", False),
        ('"Wir bleiben"', False),
        ("Die wichtigsten Punkte:", False),
        ("Ein sehr langer Satz ohne Punkt der weit mehr als vierzehn Wörter hat und deshalb keine Zwischenüberschrift ist", False),
    ],
)
def test_heading_rule(line: str, heading: bool) -> None:
    assert is_heading_like(line) is heading


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Papst Benedikt XVI. besucht Bayern", True),
        ("Gericht kippt Urteil gegen Max B.", True),
        ("Treffen mit Papst Benedikt XVI.", True),
        ("Die Regierung hat entschieden.", False),
        ("Wer zahlt die Rechnung?", True),
    ],
)
def test_headline_rule(line: str, headline: bool) -> None:
    assert is_headline_like(line) is headline
