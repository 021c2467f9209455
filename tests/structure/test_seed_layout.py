"""The seed's layout: a fixture written in the same shape, and the seed itself when ../shared is there."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.article import compose_text
from lagebild.structure import structure

from .structure_cases import assert_consistent, make_doc

SEED_DIR = Path(__file__).parents[2] / ".." / "shared" / "seed"
SEED_FILE = "000_a506cc4c43423c5a.txt"

#: Same shape as the seed: kicker, headline, "date, time | agencies", lead, body with a
#: run of blank lines, two subheadings, no final newline.
SEED_SHAPE = """Einsatz im Mittelmeer

Bundeswehr soll Marinemission verlängern

12.06.2020, 04:15 Uhr | AFP, dpa

Die Bundesregierung will den Einsatz der Marine vor der libyschen Küste um ein Jahr verlängern. Der Bundestag muss noch zustimmen. Die Opposition ist gespalten.

Das Kabinett hat die Verlängerung "ohne Gegenstimmen" gebilligt. Das geht aus einer Mitteilung des Regierungssprechers hervor, die am Freitag veröffentlicht wurde.



Die Mission soll den Waffenschmuggel nach Libyen unterbinden, heißt es darin.

Kritik an der Ausstattung

Die Marine hat nach eigenen Angaben zu wenige Schiffe für den Einsatz. Rund 300 Soldaten sind beteiligt. Vor allem die Linke lehnt den Einsatz ab.

Die Grünen fordern eine Überprüfung der Mission nach sechs Monaten.

Streit über die Seenotrettung

Seit Beginn des Jahres sind im Mittelmeer mehrere Boote mit Geflüchteten in Seenot geraten. Hilfsorganisationen werfen der Mission vor, sich nicht an der Rettung zu beteiligen.

Die Regierung weist das zurück."""

DATELINE = "12.06.2020, 04:15 Uhr | AFP, dpa"


def test_seed_shape() -> None:
    article = structure(make_doc(SEED_SHAPE))
    assert article.kicker == "Einsatz im Mittelmeer"
    assert article.headline == "Bundeswehr soll Marinemission verlängern"
    assert article.published == "2020-06-12T04:15:00+02:00"
    assert article.agencies == ["AFP", "dpa"]
    assert article.lead.startswith("Die Bundesregierung will den Einsatz")
    assert [s.heading for s in article.sections] == [None, "Kritik an der Ausstattung", "Streit über die Seenotrettung"]
    assert article.sections[0].paragraphs[0].startswith("Das Kabinett hat")
    assert len(article.sections[0].paragraphs) == 2
    assert DATELINE not in article.text and "04:15" not in article.text
    assert article.text == compose_text(article.kicker, article.headline, article.lead, article.sections)
    assert_consistent(article)


@pytest.mark.shared
def test_seed_file() -> None:
    path = SEED_DIR / SEED_FILE
    if not path.is_file():
        pytest.skip("../shared/seed is not beside the repository")
    article = structure(make_doc(path.read_text(encoding="utf-8")))
    assert article.kicker == "Kampf gegen den IS"
    assert article.headline == "USA wollen Truppenpräsenz im Irak reduzieren"
    assert article.published == "2020-06-12T04:15:00+02:00"
    assert article.agencies == ["AFP", "dpa"]
    assert article.lead.startswith("Die US-Regierung hat angekündigt")
    assert [s.heading for s in article.sections] == [
        None, "Gespräche zwischen USA und Irak", "Im Irak wird der Konflikt zwischen USA und Iran ausgetragen",
    ]
    assert article.sections[0].paragraphs[0].startswith("Die USA wollen ihre Truppenpräsenz")
    assert "12.06.2020" not in article.text and "| AFP, dpa" not in article.text
    assert article.text == compose_text(article.kicker, article.headline, article.lead, article.sections)
    assert article.id and len(article.id) == 16
