"""The figures step on sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.article import Article
from lagebild.enrich.figures import find_figures, make_figures_step
from lagebild.enrich.times import make_times_step


def one(text: str) -> dict:
    found = find_figures(text)
    assert len(found) == 1, found
    return found[0]


def vau(text: str) -> tuple:
    f = one(text)
    return f["text"], f["value"], f["approx"], f["unit"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Im Land sind rund 5.000 US-Soldaten stationiert.", ("rund 5.000 US-Soldaten", 5000, True, "US-Soldaten")),
    ("Es gab mehr als 200 Tote.", ("mehr als 200 Tote", 200, True, "Tote")),
    ("Es fehlen knapp zwei Millionen Euro.", ("knapp zwei Millionen Euro", 2_000_000, True, "Euro")),
    ("Die Quote stieg auf 3,5 Prozent.", ("3,5 Prozent", 3.5, False, "Prozent")),
    ("Die Quote stieg auf 3,5 %.", ("3,5 %", 3.5, False, "Prozent")),
    ("Es kamen drei Besucher.", ("drei Besucher", 3, False, "Besucher")),
    ("Es kamen zwölf Besucher.", ("zwölf Besucher", 12, False, "Besucher")),
    ("Es kamen zweiundzwanzig Besucher.", ("zweiundzwanzig Besucher", 22, False, "Besucher")),
    ("Der Tank fasst 1.000,5 Liter.", ("1.000,5 Liter", 1000.5, False, "Liter")),
    ("Das kostet 1,5 Mio. Euro.", ("1,5 Mio. Euro", 1_500_000, False, "Euro")),
    ("Das kostet 2 Mrd. Dollar.", ("2 Mrd. Dollar", 2_000_000_000, False, "Dollar")),
    ("Es gab 1.346 neue Corona-Infektionen.", ("1.346 neue Corona-Infektionen", 1346, False, "Corona-Infektionen")),
    ("Die Stadt zählt 12000 Einwohner.", ("12000 Einwohner", 12000, False, "Einwohner")),
    ("Es kamen 2000 Menschen.", ("2000 Menschen", 2000, False, "Menschen")),
    ("Die Zahl stieg auf 1.346.", ("1.346", 1346, False, None)),
])
def test_numbers_units_and_approximation(sentence: str, expected: tuple) -> None:
    assert vau(sentence) == expected


@pytest.mark.parametrize(("sentence", "qualifier"), [
    ("Es gab mehr als 200 Tote.", "more_than"),
    ("Es kamen etwa 300 Gäste.", "about"),
    ("Es fehlen knapp 40 Betten.", "almost"),
    ("Es kamen mindestens 50 Gäste.", "at_least"),
    ("Es kamen bis zu 80 Gäste.", "at_most"),
    ("Es kamen weniger als 10 Gäste.", "less_than"),
])
def test_qualifiers(sentence: str, qualifier: str) -> None:
    found = one(sentence)
    assert (found["qualifier"], found["approx"]) == (qualifier, True)


def test_fraction_with_its_genitive_noun() -> None:
    found = one("Ein Drittel der Befragten stimmte zu.")
    assert (found["value"], found["unit"]) == (pytest.approx(1 / 3, abs=1e-5), "Befragten")


def test_two_thirds_and_half() -> None:
    assert one("Zwei Drittel lehnten ab.")["value"] == pytest.approx(2 / 3, abs=1e-5)
    assert one("Die Hälfte der Schulen ist zu.")["value"] == 0.5


def test_vague_plurals_and_dozen() -> None:
    dozens = one("Dutzende Menschen demonstrierten.")
    assert (dozens["value"], dozens["approx"], dozens["qualifier"], dozens["unit"]) == (24, True, "vague", "Menschen")
    assert one("Tausende Menschen kamen.")["value"] == 2000
    assert one("Ein Dutzend Eier.")["value"] == 12


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Es kamen zwischen 10 und 20 Gäste.", 10, 20),
    ("Es kamen 10 bis 20 Gäste.", 10, 20),
    ("Es kamen 10-20 Gäste.", 10, 20),
])
def test_ranges(sentence: str, low: int, high: int) -> None:
    found = one(sentence)
    assert (found["low"], found["high"], found["value"], found["qualifier"]) == (low, high, 15, "range")
    assert found["unit"] == "Gäste"


@pytest.mark.parametrize("sentence", [
    "Am 12.06.2020 tagte der Rat.",
    "Um 04:15 Uhr fiel der Strom aus.",
    "Das Gesetz stammt aus dem Jahr 2020.",
    "Das Programm läuft unter Windows 10.",
    "Nach Paragraf 218 ist das strafbar.",
    "Die Zahl der Covid-19-Fälle stieg.",
    "Die G7 trafen sich.",
    "Das Team landete auf Platz 3.",
    "Der 3. Platz ging an Kiel.",
    "Am 20. April war es warm.",
    "Das Spiel endete 2:1.",
    "Er lebt seit drei Jahren hier.",
    "Der 80-Jährige wurde befragt.",
    "Die Bundesliga-Saison 2019/20 endete.",
    "Artikel 5 schützt die Pressefreiheit.",
    "Um 9 Uhr begann die Sitzung.",
])
def test_negatives(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_spans_are_exact_offsets() -> None:
    text = "Rund 5.000 Soldaten, 3,5 Prozent und zwischen 10 und 20 Gäste; ein Drittel der Befragten."
    found = find_figures(text)
    assert len(found) == 4
    for figure in found:
        assert text[figure["start"]:figure["end"]] == figure["text"]


def test_step_leaves_out_what_the_times_step_found() -> None:
    text = "In drei Wochen kommen 40 Gäste."
    article = make_times_step()(Article(text=text, published="2020-06-12T10:00:00+02:00"))
    article = make_figures_step()(article)
    assert [f["text"] for f in article.figures] == ["40 Gäste"]


def test_step_works_alone_and_declares_its_contract() -> None:
    step = make_figures_step()
    article = step(Article(text="Am 12.06.2020 kamen rund 5.000 Gäste."))
    assert article.figures == [{"start": 20, "end": 36, "text": "rund 5.000 Gäste", "value": 5000, "approx": True,
                                "unit": "Gäste", "qualifier": "about"}]
    assert (step.name, step.requires, step.assigns) == ("figures", ("text",), ("figures",))


def test_unknown_option_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown"):
        make_figures_step(nonsense=1)
