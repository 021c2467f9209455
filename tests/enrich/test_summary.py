"""The summary step and story summaries (texts written for these tests)."""

from __future__ import annotations

from lagebild.article import Article, Section, compose_text
from lagebild.enrich.summary import make_summary_step, story_summary, summarise


def flood_article(**fields) -> Article:
    sections = [
        Section(None, [
            "Nach tagelangem Regen sind im Süden Bayerns mehrere Flüsse über die Ufer getreten. In Passau erreichte "
            "die Donau am Dienstag einen Pegel von elf Metern. Die Feuerwehr brachte in der Nacht mehr als 300 "
            "Bewohner aus der Altstadt in Sicherheit.",
            "Der Landrat rief den Katastrophenfall aus. Schulen und Kindergärten bleiben bis Freitag geschlossen. "
            "Die Bahn stellte den Verkehr zwischen Passau und Regensburg ein.",
        ]),
        Section("Wetterdienst erwartet Entspannung", [
            "Der Deutsche Wetterdienst erwartet für das Wochenende trockeneres Wetter. Die Pegel der Donau sollen "
            "dann langsam sinken. Die Schäden lassen sich nach Angaben der Stadt noch nicht beziffern.",
        ]),
    ]
    kicker, headline = "Unwetter", "Hochwasser in Passau: Hunderte Menschen in Sicherheit gebracht"
    lead = "Die Donau hat in Passau die Altstadt überflutet, die Stadt rief den Katastrophenfall aus."
    return Article(kicker=kicker, headline=headline, lead=lead, sections=sections,
                   text=compose_text(kicker, headline, lead, sections), **fields)


def test_summary_is_one_to_three_sentences_of_the_text() -> None:
    article = make_summary_step()(flood_article())
    assert article.summary
    sentences = [s for s in summarise(article.text, article.headline)]
    assert 1 <= len(sentences) <= 3
    for s in sentences:
        assert article.text[s.start:s.end] == s.text
        assert s.text in article.summary


def test_summary_leaves_out_kicker_headline_and_headings() -> None:
    summary = make_summary_step(max_sentences=3, max_chars=2000)(flood_article()).summary or ""
    assert "Unwetter" not in summary
    assert "Hochwasser in Passau:" not in summary
    assert "Wetterdienst erwartet Entspannung" not in summary


def test_summary_respects_max_sentences() -> None:
    chosen = summarise(flood_article().text, max_sentences=1)
    assert len(chosen) == 1


def test_empty_text_gives_no_summary() -> None:
    assert make_summary_step()(Article(text="")).summary is None


def test_story_summary_names_outlets_and_takes_copies_once() -> None:
    a = flood_article(id="a", outlet="passauer-blatt.de")
    b = flood_article(id="b", outlet="donau-kurier.de")  # an agency copy
    c = Article(id="c", outlet="regensburger-echo.de", text=(
        "Bahnstrecke gesperrt\n\nWegen des Hochwassers der Donau ist die Bahnstrecke zwischen Passau und Regensburg "
        "gesperrt. Die Bahn richtet einen Ersatzverkehr mit Bussen ein. Reisende sollen mehr Zeit einplanen."))
    entries = story_summary([a, b, c])
    assert 1 <= len(entries) <= 3
    assert all(set(e) == {"text", "outlet", "article", "start", "end"} for e in entries)
    texts = {"a": a.text, "b": b.text, "c": c.text}
    for e in entries:
        assert texts[e["article"]][e["start"]:e["end"]] == e["text"]
        assert e["outlet"] == {"a": a.outlet, "b": b.outlet, "c": c.outlet}[e["article"]]
    assert len({e["text"] for e in entries}) == len(entries)  # the copy is not taken twice


def test_story_summary_of_nothing_is_empty() -> None:
    assert story_summary([]) == []
