"""The quotes step: direct quotes in every style, indirect speech, speakers and cues.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from lagebild.article import Article
from lagebild.enrich.quotes import DEFAULT_CONFIG, find_quotes, make_quotes_step


def _check_offsets(text: str, quotes: list[dict[str, Any]]) -> None:
    for quote in quotes:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        for role in ("speaker", "cue"):
            part = quote[role]
            if part:
                assert text[part["start"] : part["end"]] == part["text"]
                extra = part.get("resolved") or part.get("particle")
                if extra:
                    assert text[extra["start"] : extra["end"]] == extra["text"]


def quotes_of(text: str) -> list[dict[str, Any]]:
    found = find_quotes(text)
    _check_offsets(text, found)
    return found


def only(text: str, kind: str | None = None) -> dict[str, Any]:
    found = [q for q in quotes_of(text) if kind is None or q["kind"] == kind]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("„", "“"), ("„", "”"), ('"', '"'), ("»", "«"), ("«", "»"), ("‚", "‘"), ("”", "”"), ("“", "”"), ("›", "‹")],
)
def test_every_quotation_style(opening: str, closing: str) -> None:
    text = f"{opening}Wir öffnen die Bäder wieder{closing}, sagte Bürgermeisterin Jana Roth."
    quote = only(text)
    assert quote["kind"] == "direct"
    assert quote["text"] == "Wir öffnen die Bäder wieder"
    assert quote["speaker"]["text"] == "Bürgermeisterin Jana Roth"
    assert quote["cue"]["text"] == "sagte"
    assert quote["speaker"]["entity"] is None


def test_preposed_cue_with_colon() -> None:
    quote = only("Der Landrat erklärte am Montag: „Die Straße bleibt bis Freitag gesperrt.“")
    assert quote["text"] == "Die Straße bleibt bis Freitag gesperrt."
    assert quote["speaker"]["text"] == "Der Landrat"
    assert quote["cue"]["text"] == "erklärte"


def test_interrupted_quote_gives_two_spans_with_one_speaker_and_cue() -> None:
    first, second = quotes_of("„Wir werden“, sagte Kämmerer Ulf Brandt, „die Gebühren nicht erhöhen.“")
    assert (first["text"], second["text"]) == ("Wir werden", "die Gebühren nicht erhöhen.")
    assert first["speaker"] == second["speaker"]
    assert first["speaker"]["text"] == "Kämmerer Ulf Brandt"
    assert first["cue"] == second["cue"]


def test_quote_over_paragraphs_is_one_span() -> None:
    text = (
        "Die Trainerin zog Bilanz.\n\n„Wir haben lange gebraucht, um ins Spiel zu finden.\n\n"
        "„Am Ende hat die Mannschaft Charakter gezeigt.“\n\nDanach ging es in die Kabine."
    )
    quote = only(text, "direct")
    assert quote["text"].startswith("Wir haben lange gebraucht")
    assert quote["text"].endswith("Charakter gezeigt.")
    assert "\n\n" in quote["text"]


def test_uncued_quote_carries_the_speaker_before_it() -> None:
    text = "„Der Deich hält“, sagte Einsatzleiter Tom Keller. „Wir bleiben trotzdem die ganze Nacht vor Ort.“"
    first, second = quotes_of(text)
    assert second["speaker"] == first["speaker"]
    assert second["cue"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Am Sonntag läuft ein neuer „Tatort“ im Ersten.",
        'Die Miliz "Islamischer Staat" verlor weiter an Boden.',
        "Der Streit um die „Schwarze Null“ geht weiter.",
        "Die sogenannte »Klimaprämie« soll im Herbst kommen.",
        "Die Zeitung „Neue Presse“ erscheint künftig nur noch digital.",
        "Ärger um den „Bürgerdialog“",
    ],
)
def test_scare_quotes_titles_and_names_are_not_quotes(text: str) -> None:
    assert [q for q in quotes_of(text) if q["kind"] == "direct"] == []


def test_name_in_quotes_inside_a_reported_sentence_is_not_a_quote() -> None:
    text = 'Im Kampf gegen die Gruppe "Neue Ordnung" solle "bis zum Ende des Jahres" ein Plan stehen, hieß es dort.'
    directs = [q["text"] for q in quotes_of(text) if q["kind"] == "direct"]
    assert directs == ["bis zum Ende des Jahres"]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("Minister Paul Weber sagte, die Lage sei ernst.", "die Lage sei ernst", "Minister Paul Weber", "sagte"),
        ("Die Lage sei ernst, sagte Minister Paul Weber.", "Die Lage sei ernst", "Minister Paul Weber", "sagte"),
        ("Die Feuerwehr erklärte, dass der Brand gelöscht sei.", "dass der Brand gelöscht sei", "Die Feuerwehr", "erklärte"),
        ("Die Kosten würden steigen, betonte die Gewerkschaft.", "Die Kosten würden steigen", "die Gewerkschaft", "betonte"),
        ("Laut Polizei wurden zwei Menschen verletzt.", "wurden zwei Menschen verletzt", "Polizei", "Laut"),
        ("Nach Angaben des Landratsamts fielen 40 Schulstunden aus.", "fielen 40 Schulstunden aus",
         "des Landratsamts", "Nach Angaben"),
        ("Dem Wetterdienst zufolge wird es am Abend stürmisch.", "wird es am Abend stürmisch", "Dem Wetterdienst", "zufolge"),
        ("Die Wahl wurde um eine Woche verschoben, wie die staatliche Nachrichtenagentur Tanjug meldete.",
         "Die Wahl wurde um eine Woche verschoben", "die staatliche Nachrichtenagentur Tanjug", "meldete"),
        ("Wie die Stadtwerke mitteilten, steigen die Preise im März.", "steigen die Preise im März",
         "die Stadtwerke", "mitteilten"),
        ("Die Brücke werde saniert, so der Baudezernent.", "Die Brücke werde saniert", "der Baudezernent", "so"),
        ("Das Museum bleibt bis Mai geschlossen. Das teilte die Stadt am Mittwoch mit.",
         "Das Museum bleibt bis Mai geschlossen", "die Stadt", "teilte"),
    ],
)
def test_indirect_speech_with_cue(text: str, quote: str, speaker: str, cue: str) -> None:
    found = only(text, "indirect")
    assert (found["text"], found["speaker"]["text"], found["cue"]["text"]) == (quote, speaker, cue)


def test_separable_cue_keeps_its_particle() -> None:
    found = only("Die Reederei kündigte an, zwei Fähren zu verkaufen.", "indirect")
    assert found["text"] == "zwei Fähren zu verkaufen"
    assert (found["cue"]["text"], found["cue"]["particle"]["text"]) == ("kündigte", "an")


def test_subjunctive_sentences_continue_the_last_speaker() -> None:
    text = ("Die Ministerin kündigte an, die Steuer zu senken. Die Reform solle im Januar gelten. "
            "Sie werde den Haushalt belasten.")
    first, second = quotes_of(text)
    assert second["kind"] == "indirect"
    assert second["text"] == "Die Reform solle im Januar gelten. Sie werde den Haushalt belasten"
    assert second["speaker"] == first["speaker"]
    assert second["cue"] is None


def test_subjunctive_idioms_are_not_speech() -> None:
    assert quotes_of("Der Zug fährt pünktlich, es sei denn, es schneit stark.") == []


def test_pronoun_resolves_to_the_nearest_compatible_speaker() -> None:
    text = ("„Wir brauchen mehr Personal in den Kliniken“, sagte Gesundheitsministerin Eva Lorenz. "
            "Sie betonte, die Pflege müsse besser bezahlt werden.")
    second = quotes_of(text)[1]
    assert second["speaker"]["text"] == "Sie"
    assert second["speaker"]["resolved"]["text"] == "Gesundheitsministerin Eva Lorenz"


def test_pronoun_without_earlier_speaker_takes_the_subject_before() -> None:
    text = "Bürgermeister Jan Vogt besuchte die Baustelle. Er sagte, die Arbeiten lägen im Plan."
    found = only(text)
    assert found["speaker"]["resolved"]["text"] == "Bürgermeister Jan Vogt"


def test_role_noun_resolves_to_an_earlier_speaker() -> None:
    text = ("Verkehrsminister Olaf Brenner sagte, die Strecke werde ausgebaut. "
            "Der Minister erklärte, die Arbeiten würden zwei Jahre dauern.")
    second = quotes_of(text)[1]
    assert second["speaker"]["text"] == "Der Minister"
    assert second["speaker"]["resolved"]["text"] == "Verkehrsminister Olaf Brenner"


def test_darin_resolves_to_the_document() -> None:
    text = ("Das steht in einem Bericht des Rechnungshofs in Bonn, der am Montag erschien. "
            "Die Behörde habe zu viel Geld ausgegeben, heißt es darin.")
    found = only(text)
    assert found["text"] == "Die Behörde habe zu viel Geld ausgegeben"
    assert found["cue"]["text"] == "heißt es"
    assert found["speaker"]["text"] == "darin"
    assert found["speaker"]["resolved"]["text"] == "einem Bericht des Rechnungshofs in Bonn"


def test_plain_reporting_without_cue_is_not_a_quote() -> None:
    assert quotes_of("Der Zug erreichte Hamburg am Abend. Viele Fahrgäste stiegen dort um.") == []


def test_empty_text() -> None:
    assert find_quotes("") == []


def test_step_contract() -> None:
    step = make_quotes_step()
    assert (step.name, step.requires, step.assigns) == ("quotes", ("text",), ("quotes",))
    assert step.config == DEFAULT_CONFIG
    article = step(Article(text="„Das ist ein großer Tag für die Stadt“, sagte die Bürgermeisterin."))
    assert article.quotes[0]["kind"] == "direct"


def test_step_rejects_unknown_options() -> None:
    with pytest.raises(ValueError, match="unknown quotes step option"):
        make_quotes_step(min_words=3)


def test_step_options_change_the_rules() -> None:
    text = "Die Reform solle im Januar gelten."
    assert quotes_of(text)
    assert find_quotes(text, subjunctive=False) == []
