"""The topics step: ranked IPTC top-level topics, plus the outlet's URL section (texts written for these tests)."""

from __future__ import annotations

import pytest

from lagebild.article import Article
from lagebild.enrich.topics import (
    SECTION_PREFIX,
    iptc_labels,
    make_topics_step,
    mix_section,
    url_section,
)

SPORT = """Bayern gewinnt das Spitzenspiel in Dortmund

Der FC Bayern München hat das Spitzenspiel der Fußball-Bundesliga bei Borussia Dortmund mit 3:1 gewonnen. \
Vor 80.000 Zuschauern traf der Stürmer in der ersten Halbzeit zweimal, der Torwart der Dortmunder hielt einen Elfmeter. \
Der Trainer lobte nach dem Abpfiff die Mannschaft, die nun sechs Punkte Vorsprung an der Tabellenspitze hat. \
Am kommenden Spieltag empfängt der Meister den VfB Stuttgart, in der Champions League wartet danach das Achtelfinale."""

POLITICS = """Koalition streitet über den Haushalt

Im Bundestag haben Regierung und Opposition heftig über den Haushalt gestritten. Der Bundeskanzler verteidigte \
die Pläne seiner Koalition, die CDU-Fraktion warf der Regierung Wortbruch vor. Die Grünen und die SPD kündigten an, \
im Ausschuss Änderungen zu beantragen. Der Bundesrat muss dem Gesetz noch zustimmen; die Länder fordern mehr Geld \
vom Bund. Die Abstimmung im Parlament ist für die kommende Sitzungswoche geplant."""

ECONOMY = """Autobauer senkt die Prognose

Der Autokonzern hat seine Umsatzprognose für das laufende Geschäftsjahr gesenkt. Der Gewinn vor Steuern fiel im \
dritten Quartal um zwölf Prozent, die Aktie verlor an der Börse in Frankfurt am Vormittag fast sieben Prozent. \
Der Vorstand verwies auf hohe Kosten für Rohstoffe und Energie sowie auf eine schwache Nachfrage in China. \
Analysten der Banken rechnen mit weiteren Sparprogrammen, die Investoren erwarten eine niedrigere Dividende."""


@pytest.fixture(scope="module")
def step():
    return make_topics_step()


@pytest.mark.parametrize(("text", "expected"), [
    (SPORT, "medtop:15000000"),
    (POLITICS, "medtop:11000000"),
    (ECONOMY, "medtop:04000000"),
])
def test_best_topic_is_the_right_iptc_id(step, text: str, expected: str) -> None:
    topics = step(Article(text=text)).topics
    assert topics[0]["id"] == expected
    assert topics[0]["label"] == iptc_labels()[expected]["de"]


def test_topics_are_ranked_iptc_entries_with_scores(step) -> None:
    topics = step(Article(text=POLITICS)).topics
    assert 1 <= len(topics) <= 3
    assert all(t["id"].startswith("medtop:") and set(t) == {"id", "label", "score"} for t in topics)
    scores = [t["score"] for t in topics]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 < s <= 1.0 for s in scores)


def test_outlet_section_is_the_last_entry() -> None:
    step = make_topics_step()
    article = Article(text=SPORT, url="https://www.example-zeitung.de/sport/bayern-gewinnt-spitzenspiel-1.2345")
    topics = step(article).topics
    assert topics[-1] == {"id": SECTION_PREFIX + "sport", "label": "sport", "score": 0.0}
    assert topics[0]["id"] == "medtop:15000000"


def test_section_prior_pulls_its_topic_up() -> None:
    mixed = mix_section({"medtop:11000000": 0.8, "medtop:04000000": 0.2}, "medtop:04000000", 0.5)
    assert mixed == pytest.approx({"medtop:11000000": 0.4, "medtop:04000000": 0.6})
    assert mix_section({"a": 1.0}, None, 0.5) == {"a": 1.0}


@pytest.mark.parametrize(("url", "section"), [
    ("https://www.zeit.de/politik/ausland/2020-10/brexit-verhandlungen", "politik/ausland"),
    ("https://www.tagesspiegel.de/politik/streit-um-den-haushalt/26644624.html", "politik"),
    ("https://www.zeit.de/2020/14/kleinunternehmer-krise", None),
    ("https://www.example.org/artikel.html", None),
    (None, None),
])
def test_url_section(url: str | None, section: str | None) -> None:
    assert url_section(url) == section


def test_english_labels_and_empty_text() -> None:
    step = make_topics_step(language="en", section=False)
    assert step(Article(text=SPORT)).topics[0]["label"] == "sport"
    assert step(Article(text="")).topics == []


def test_unknown_option_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown topics step option"):
        make_topics_step(colour="blue")
