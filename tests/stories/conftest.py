"""Small German articles written for the story tests (no third-party text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.article import Article, Section, compose_text

AGENCY_BODY = [
    "Die Bundesregierung hat am Mittwoch beschlossen, den Hafen von Rostock mit 40 Millionen Euro auszubauen.",
    "Verkehrsminister Ansgar Tiedemann sagte in Berlin, der Ausbau sichere rund 1.200 Arbeitsplätze an der Küste.",
    "Die Arbeiten an den neuen Kaimauern sollen im Herbst beginnen und drei Jahre dauern.",
    "Umweltverbände kritisierten den Beschluss, weil die Warnow dafür vertieft werden müsse.",
    "Der Hafenbetreiber begrüßte die Entscheidung und kündigte weitere Investitionen an.",
]


def make(id: str, headline: str, *paragraphs: str, outlet: str = "Küstenbote", published: str = "2021-03-10T10:00:00+01:00",
         agencies: list[str] | None = None, figures: list[dict] | None = None) -> Article:
    """An Article as the structure stage would build it."""
    sections = [Section(None, list(paragraphs))]
    return Article(
        id=id, url=f"https://example.org/{id}", outlet=outlet, language="de", headline=headline, published=published,
        sections=sections, text=compose_text(None, headline, None, sections), agencies=agencies or [],
        figures=figures or [],
    )


def corpus() -> list[Article]:
    """Two events on one topic (harbours), told by several outlets, plus unrelated news."""
    return [
        make("hafen-a", "Bund gibt 40 Millionen Euro für Rostocker Hafen", *AGENCY_BODY, outlet="Küstenbote", agencies=["dpa"]),
        make("hafen-b", "Rostock: Tiedemann verspricht Geld für neue Kaimauern",
             "Ansgar Tiedemann will den Rostocker Hafen ausbauen lassen: 40 Millionen Euro stellt der Bund bereit.",
             "Neue Kaimauern an der Warnow sollen ab Herbst gebaut werden, rund 1.200 Arbeitsplätze hängen daran.",
             "Naturschützer warnen vor der Vertiefung der Warnow.",
             outlet="Ostseeblatt", published="2021-03-10T14:30:00+01:00"),
        make("hafen-c", "Kaimauern in Rostock: Bund zahlt 40 Millionen",
             "Für den Ausbau des Rostocker Hafens gibt der Bund 40 Millionen Euro, teilte Verkehrsminister Tiedemann mit.",
             "Die Vertiefung der Warnow für die neuen Kaimauern stößt bei Umweltverbänden auf Kritik.",
             outlet="Hansepost", published="2021-03-11T08:00:00+01:00"),
        make("kiel-a", "Streik legt Kieler Hafen lahm",
             "Im Kieler Hafen haben Hunderte Hafenarbeiter die Arbeit niedergelegt. Die Gewerkschaft fordert mehr Lohn.",
             "Mehrere Fähren nach Oslo und Göteborg konnten nicht auslaufen, Passagiere warteten stundenlang.",
             outlet="Förde-Kurier", published="2021-03-10T11:00:00+01:00"),
        make("kiel-b", "Fähren nach Oslo fallen wegen Hafenstreik in Kiel aus",
             "Wegen des Streiks der Hafenarbeiter in Kiel sind Fähren nach Oslo und Göteborg ausgefallen.",
             "Die Gewerkschaft verlangt mehr Lohn für die Hafenarbeiter, die Arbeitgeber lehnen ab.",
             outlet="Nordkurier Test", published="2021-03-10T16:00:00+01:00"),
        make("oper", "Staatsoper zeigt neue Inszenierung der Zauberflöte",
             "Die Premiere der Zauberflöte in der Staatsoper wurde vom Publikum gefeiert.",
             "Regisseurin Mira Falk verlegt die Handlung in eine Raumstation.",
             outlet="Kulturspiegel", published="2021-03-10T20:00:00+01:00"),
    ]


def write_jsonl(path: Path, articles: list[Article]) -> Path:
    """The articles as JSON Lines records with plain field names, as ``lagebild ingest`` reads them."""
    with path.open("w", encoding="utf-8") as out:
        for a in articles:
            record = {"id": a.id, "url": a.url, "headline": a.headline, "text": "\n\n".join(a.sections[0].paragraphs),
                      "published": a.published, "outlet": a.outlet}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


@pytest.fixture
def articles() -> list[Article]:
    return corpus()
