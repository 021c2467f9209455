"""The times step on sentences written for these tests (reference: Friday 2020-06-12)."""

from __future__ import annotations

import pytest

from lagebild.article import Article
from lagebild.enrich.times import find_times, make_times_step

FRIDAY = "2020-06-12T04:15:00+02:00"


def one(text: str, published: str | None = FRIDAY) -> dict:
    """The single expression of ``text`` (the test fails when there is not exactly one)."""
    found = find_times(text, published)
    assert len(found) == 1, found
    return found[0]


def tv(text: str, published: str | None = FRIDAY) -> tuple[str, str, str | None]:
    found = one(text, published)
    return found["text"], found["type"], found["value"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Das Treffen fand am 12.06.2020 statt.", ("12.06.2020", "DATE", "2020-06-12")),
    ("Das Treffen fand am 12. Juni 2020 statt.", ("12. Juni 2020", "DATE", "2020-06-12")),
    ("Das Treffen fand am 3. Juni statt.", ("3. Juni", "DATE", "2020-06-03")),
    ("Die Zahlen für Juni 2020 liegen vor.", ("Juni 2020", "DATE", "2020-06")),
    ("Seit 2015 gilt die Regel.", ("2015", "DATE", "2015")),
    ("Die Frist endet Mitte Juni.", ("Mitte Juni", "DATE", "2020-06")),
    ("Die Reform kam Anfang des Jahres.", ("Anfang des Jahres", "DATE", "2020")),
    ("Die Tagung endete Freitag, 5. Juni 2020, in Kiel.", ("Freitag, 5. Juni 2020", "DATE", "2020-06-05")),
    ("Der Preis stieg im zweiten Quartal 2019 kräftig.", ("zweiten Quartal 2019", "DATE", "2019-Q2")),
    ("Das Kloster entstand Mitte des 12. Jahrhunderts.", ("Mitte des 12. Jahrhunderts", "DATE", "11")),
    ("In den 1990er Jahren wuchs die Stadt.", ("den 1990er Jahren", "DATE", "199")),
])
def test_absolute_dates(sentence: str, expected: tuple) -> None:
    assert tv(sentence) == expected


def test_mod_of_part_of_period() -> None:
    assert one("Die Frist endet Mitte Juni.")["mod"] == "MID"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Der Zug kam um 04:15 Uhr an.", ("04:15 Uhr", "TIME", "2020-06-12T04:15")),
    ("Die Sitzung beginnt um 9 Uhr.", ("9 Uhr", "TIME", "2020-06-12T09:00")),
    ("Der Zug fuhr um 22.30 Uhr ab.", ("22.30 Uhr", "TIME", "2020-06-12T22:30")),
    ("Die Feier endete gegen Mitternacht.", ("Mitternacht", "TIME", "2020-06-12T24:00")),
    ("Am 3. Juni um 8 Uhr begann es.", ("8 Uhr", "TIME", "2020-06-03T08:00")),
])
def test_times_of_day(sentence: str, expected: tuple) -> None:
    found = find_times(sentence, FRIDAY)
    assert (found[-1]["text"], found[-1]["type"], found[-1]["value"]) == expected


def test_time_approx_mod() -> None:
    assert one("Die Feier endete gegen Mitternacht.")["mod"] == "APPROX"


@pytest.mark.parametrize(("sentence", "value"), [
    ("Der Dialog begann am Donnerstag.", "2020-06-11"),  # past: the last Thursday
    ("Der Dialog wird am Donnerstag beginnen.", "2020-06-18"),  # future: the coming Thursday
    ("Der Dialog soll am Montag beginnen.", "2020-06-15"),
    ("Die Erklärung wurde am Freitag veröffentlicht.", "2020-06-12"),  # the publication day itself
    ("Die Gespräche enden am kommenden Donnerstag.", "2020-06-18"),
    ("Er sprach am vergangenen Freitag.", "2020-06-05"),
])
def test_weekdays_relative_to_the_dateline(sentence: str, value: str) -> None:
    assert one(sentence)["value"] == value


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sie wurde in der Nacht zum Freitag veröffentlicht.", ("der Nacht zum Freitag", "TIME", "2020-06-12TNI")),
    ("Das war gestern.", ("gestern", "DATE", "2020-06-11")),
    ("Heute entscheidet der Rat.", ("Heute", "DATE", "2020-06-12")),
    ("Der Rat entscheidet morgen.", ("morgen", "DATE", "2020-06-13")),
    ("Er kam gestern Abend an.", ("gestern Abend", "TIME", "2020-06-11TEV")),
    ("Vergangene Woche tagte der Rat.", ("Vergangene Woche", "DATE", "2020-W23")),
    ("Der Rat tagt in der kommenden Woche.", ("der kommenden Woche", "DATE", "2020-W25")),
    ("Der Angriff in diesem Januar war schwer.", ("diesem Januar", "DATE", "2020-01")),
    ("Der Abzug soll in den kommenden Monaten erfolgen.", ("den kommenden Monaten", "DATE", "FUTURE_REF")),
    ("In den vergangenen Wochen häuften sich Angriffe.", ("den vergangenen Wochen", "DATE", "PAST_REF")),
    ("Im letzten Jahr stiegen die Preise.", ("letzten Jahr", "DATE", "2019")),
    ("Das war vor drei Jahren.", ("vor drei Jahren", "DATE", "2017")),
    ("Im Vorjahr waren es weniger.", ("Vorjahr", "DATE", "2019")),
    ("Derzeit gilt die Regel.", ("Derzeit", "DATE", "PRESENT_REF")),
    ("Das gilt bis heute.", ("heute", "DATE", "PRESENT_REF")),
    ("Das soll in Zukunft anders sein.", ("Zukunft", "DATE", "FUTURE_REF")),
])
def test_relative_expressions(sentence: str, expected: tuple) -> None:
    assert tv(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Er lebt seit drei Jahren hier.", ("drei Jahren", "DURATION", "P3Y")),
    ("Sie streiten seit Jahren.", ("Jahren", "DURATION", "PXY")),
    ("Beide haben mehrmonatige Gespräche begonnen.", ("mehrmonatige", "DURATION", "PXM")),
    ("Es folgt eine dreijährige Pause.", ("dreijährige", "DURATION", "P3Y")),
    ("Die Sitzung dauerte zwei Stunden.", ("zwei Stunden", "DURATION", "PT2H")),
    ("Er blieb ein halbes Jahr.", ("ein halbes Jahr", "DURATION", "P6M")),
    ("Sie verhandelten knapp drei Wochen.", ("knapp drei Wochen", "DURATION", "P3W")),
    ("Der 20 Jahre alte Spieler wechselt.", ("20 Jahre", "DURATION", "P20Y")),
    ("Sie stritten jahrelang.", ("jahrelang", "DURATION", "PXY")),
    ("Das dauerte wenige Tage.", ("wenige Tage", "DURATION", "PXD")),
])
def test_durations(sentence: str, expected: tuple) -> None:
    assert tv(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Der Markt ist jeden Montag geöffnet.", ("jeden Montag", "SET", "XXXX-WXX-1")),
    ("Die Zahlen kommen täglich.", ("täglich", "SET", "P1D")),
    ("Das Blatt erscheint wöchentlich.", ("wöchentlich", "SET", "P1W")),
    ("Die Praxis ist montags zu.", ("montags", "SET", "XXXX-WXX-1")),
    ("Es gibt 30 Fälle pro Monat.", ("pro Monat", "SET", "P1M")),
    ("Der Bus fährt alle zwei Wochen.", ("alle zwei Wochen", "SET", "P2W")),
])
def test_sets(sentence: str, expected: tuple) -> None:
    assert tv(sentence) == expected


@pytest.mark.parametrize(("sentence", "value"), [
    ("Wir feiern Weihnachten im Kreis der Familie.", "2020-12-25"),
    ("Zu Ostern waren die Kirchen leer.", "2020-04-12"),
    ("An Pfingsten war es warm.", "2020-05-31"),
    ("Neujahr fiel auf einen Mittwoch.", "2020-01-01"),
    ("Silvester wird leise.", "2020-12-31"),
    ("Am Tag der Deutschen Einheit wird gefeiert.", "2020-10-03"),
    ("Ostern 2021 fiel auf den 4. April.", "2021-04-04"),
])
def test_holidays(sentence: str, value: str) -> None:
    assert find_times(sentence, FRIDAY)[0]["value"] == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("Im Sommer wurde viel gereist.", "2020-SU"),
    ("Im Herbst soll die Schule öffnen.", "2020-FA"),
    ("Im Winter 2019 fiel kaum Schnee.", "2019-WI"),
    ("Der Frühling 2018 war trocken.", "2018-SP"),
])
def test_seasons(sentence: str, value: str) -> None:
    assert one(sentence)["value"] == value


def test_winter_is_named_by_the_year_it_begins_in() -> None:
    assert one("In diesem Winter war es mild.", "2020-02-10T10:00:00+01:00")["value"] == "2019-WI"


def test_month_in_a_december_article_in_the_past_is_last_year() -> None:
    assert one("Im Dezember war es kalt.", "2021-01-05T10:00:00+01:00")["value"] == "2020-12"


def test_day_month_takes_the_year_of_its_sentence() -> None:
    found = find_times("Im Frühjahr 1980 geschah es: Am 6. Mai kam es zu Krawallen.", FRIDAY)
    assert [t["value"] for t in found] == ["1980-SP", "1980-05-06"]


def test_range_borrows_the_year_of_its_end() -> None:
    found = find_times("Die Regeln galten von Mai bis Juli 2019.", FRIDAY)
    assert [t["value"] for t in found] == ["2019-05", "2019-07"]


def test_without_published_relative_values_are_underspecified_or_none() -> None:
    found = {t["text"]: t["value"] for t in find_times("Am Donnerstag und am 11. Juni, gestern, im Juni.", None)}
    assert found == {"Donnerstag": "XXXX-WXX-4", "11. Juni": "XXXX-06-11", "gestern": None, "Juni": "XXXX-06"}


@pytest.mark.parametrize("sentence", [
    "Nach Paragraf 218 ist das strafbar.",
    "Das Programm läuft unter Windows 10.",
    "Die Bundesliga-Saison 2019/20 endete spät.",
    "Artikel 5 schützt die Pressefreiheit.",
    "Er landete auf Platz 2020 der Liste.",
    "Es kamen 1.000 Menschen.",
    "Es kamen 2000 Menschen.",
    "Die Zahl der Covid-19-Fälle stieg.",
    "Sie starben an Covid-19.",
    "Das Spiel endete 2:1.",
    "Das Haus hat die Nummer 1984.",
    "Der Bus fährt auf der Linie 12.",
    "August Bebel war Sozialdemokrat.",
    "Die Zukunft der Truppen ist offen.",
    "Der Morgen war kühl.",
])
def test_negatives(sentence: str) -> None:
    assert find_times(sentence, FRIDAY) == []


def test_spans_are_exact_offsets() -> None:
    text = "Am Donnerstag, dem 11. Juni 2020, tagte der Rat seit 9 Uhr; in den kommenden Monaten folgt mehr."
    for timex in find_times(text, FRIDAY):
        assert text[timex["start"]:timex["end"]] == timex["text"]


def test_step_sets_article_times_and_declares_its_contract() -> None:
    step = make_times_step()
    article = step(Article(text="Der Dialog begann am Donnerstag.", published=FRIDAY))
    assert article.times == [{"start": 21, "end": 31, "text": "Donnerstag", "type": "DATE", "value": "2020-06-11"}]
    assert (step.name, step.requires, step.assigns) == ("times", ("text", "published"), ("times",))


def test_step_without_mod_option() -> None:
    article = make_times_step(with_mod=False)(Article(text="Mitte Juni.", published=FRIDAY))
    assert "mod" not in article.times[0]


def test_unknown_option_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown"):
        make_times_step(nonsense=1)
