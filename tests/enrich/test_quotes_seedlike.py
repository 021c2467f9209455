"""The quotes step on an article written in the seed's layout, with the seed's constructions."""

from __future__ import annotations

from lagebild.enrich.quotes import find_quotes

#: Written for this test: a kicker, headline, lead, body and subheadings, like the seed.
SEEDLIKE = """Streit um Fischereirechte

Norwegen will Fangquoten in der Nordsee senken

Die norwegische Regierung hat angekündigt, in den kommenden Jahren die Fangquoten zu senken. Die Fischer protestieren.

Norwegen will die Quoten für Hering "in den kommenden Jahren" halbieren. Das geht aus einem gemeinsamen Papier der Ministerien in Oslo und Bergen hervor, das am Mittwoch bekannt wurde.

Angesichts der Lage der Bestände im Gebiet "Nördliche Bank" (NB) solle "bis zum Ende des Jahrzehnts" eine Halbierung der Quoten erfolgen, heißt es darin.

Gespräche mit der EU

Die Gespräche mit Brüssel begannen am Dienstag per Videokonferenz, wie die staatliche norwegische Nachrichtenagentur NTB meldete. Rund 3.000 Fischer sind betroffen.
"""


def _by_text() -> dict[str, dict]:
    quotes = find_quotes(SEEDLIKE)
    for quote in quotes:
        assert SEEDLIKE[quote["start"] : quote["end"]] == quote["text"]
    return {q["text"]: q for q in quotes}


def test_quote_in_reported_sentence_is_attributed_to_the_document() -> None:
    quote = _by_text()["bis zum Ende des Jahrzehnts"]
    assert quote["kind"] == "direct"
    assert quote["cue"]["text"] == "heißt es"
    assert quote["speaker"]["text"] == "darin"
    assert quote["speaker"]["resolved"]["text"] == "einem gemeinsamen Papier der Ministerien in Oslo und Bergen"


def test_reported_statement_is_indirect_with_the_same_source() -> None:
    quotes = _by_text()
    statement = next(q for t, q in quotes.items() if t.startswith("Angesichts der Lage"))
    assert statement["kind"] == "indirect"
    assert statement["text"].endswith("eine Halbierung der Quoten erfolgen")
    assert statement["speaker"]["resolved"]["text"] == "einem gemeinsamen Papier der Ministerien in Oslo und Bergen"


def test_name_in_quotes_is_not_a_quote() -> None:
    assert "Nördliche Bank" not in _by_text()


def test_agency_report() -> None:
    report = next(q for t, q in _by_text().items() if t.startswith("Die Gespräche mit Brüssel"))
    assert report["kind"] == "indirect"
    assert report["speaker"]["text"] == "die staatliche norwegische Nachrichtenagentur NTB"
    assert report["cue"]["text"] == "meldete"


def test_announcement_and_source_sentence() -> None:
    quotes = _by_text()
    assert quotes["in den kommenden Jahren die Fangquoten zu senken"]["speaker"]["text"] == "Die norwegische Regierung"
    halving = next(q for t, q in quotes.items() if t.startswith("Norwegen will die Quoten"))
    assert halving["speaker"]["text"] == "einem gemeinsamen Papier der Ministerien in Oslo und Bergen"
    assert (halving["cue"]["text"], halving["cue"]["particle"]["text"]) == ("geht", "hervor")
