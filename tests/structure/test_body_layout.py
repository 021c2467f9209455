"""Documents whose format gave the fields and the body text (``layout="body"``)."""

from __future__ import annotations

from lagebild.article import compose_text
from lagebild.readers.base import RawDocument
from lagebild.structure import structure

from .structure_cases import assert_consistent, make_doc

BODY = """Die Stadtwerke erhöhen zum Januar die Preise für Fernwärme. Betroffen sind rund 40.000 Haushalte.

Als Grund nennt das Unternehmen gestiegene Beschaffungskosten.

Was Kunden tun können

Die Verbraucherzentrale rät, die Abrechnung genau zu prüfen.
"""


def body_doc(text: str = BODY, **fields: object) -> RawDocument:
    """A body-layout document with a headline field."""
    fields.setdefault("headline", "Fernwärme wird teurer")
    return make_doc(text, layout="body", **fields)


def test_fields_and_body() -> None:
    doc = body_doc(kicker="Energie", published="2021-11-03T08:00:00+01:00", url="https://example.org/a",
                   outlet="example.org", language="de", agencies=["dpa"], authors=["Anna Muster"])
    article = structure(doc)
    assert (article.kicker, article.headline) == ("Energie", "Fernwärme wird teurer")
    assert article.published == "2021-11-03T08:00:00+01:00"
    assert (article.url, article.outlet, article.language) == ("https://example.org/a", "example.org", "de")
    assert article.agencies == ["dpa"] and article.authors == ["Anna Muster"]
    assert article.lead.startswith("Die Stadtwerke erhöhen")
    assert [s.heading for s in article.sections] == [None, "Was Kunden tun können"]
    assert article.text == compose_text("Energie", "Fernwärme wird teurer", article.lead, article.sections)
    assert_consistent(article)


def test_given_teaser_is_the_lead() -> None:
    article = structure(body_doc(lead="Rund 40.000 Haushalte müssen mehr bezahlen."))
    assert article.lead == "Rund 40.000 Haushalte müssen mehr bezahlen."
    assert article.sections[0].paragraphs[0].startswith("Die Stadtwerke erhöhen")
    assert_consistent(article)


def test_teaser_that_is_the_cut_first_paragraph_is_not_repeated() -> None:
    article = structure(body_doc(lead="Die Stadtwerke erhöhen zum Januar die Preise …"))
    assert article.lead.startswith("Die Stadtwerke erhöhen zum Januar die Preise für Fernwärme.")
    assert article.text.count("Die Stadtwerke erhöhen") == 1


def test_single_newline_body() -> None:
    article = structure(body_doc(BODY.replace("\n\n", "\n")))
    assert [s.heading for s in article.sections] == [None, "Was Kunden tun können"]
    assert article.sections[0].paragraphs == ["Als Grund nennt das Unternehmen gestiegene Beschaffungskosten."]


def test_leading_dateline_and_trailing_credit_are_read_and_removed() -> None:
    text = "Von Max Beispiel, Kassel | 03.11.2021, 08:00 Uhr\n\n" + BODY + "\nQuelle: dpa, AFP\n"
    article = structure(body_doc(text))
    assert article.published == "2021-11-03T08:00:00+01:00"
    assert article.authors == ["Max Beispiel"] and article.agencies == ["dpa", "AFP"]
    assert "Quelle" not in article.text and "Kassel" not in article.text


def test_body_that_repeats_the_headline() -> None:
    article = structure(body_doc("Fernwärme wird teurer\n\n" + BODY))
    assert article.text.count("Fernwärme wird teurer") == 1
    assert article.lead.startswith("Die Stadtwerke")


def test_wire_dateline_in_body() -> None:
    article = structure(body_doc("Kassel (dpa) - " + BODY))
    assert article.agencies == ["dpa"] and article.lead.startswith("Die Stadtwerke")


def test_rfc822_date_and_agency_author() -> None:
    article = structure(body_doc(published="Wed, 03 Nov 2021 07:00:00 GMT", authors=["Anna Muster", "dpa"]))
    assert article.published == "2021-11-03T07:00:00+00:00"
    assert article.authors == ["Anna Muster"] and article.agencies == ["dpa"]


def test_unreadable_published_field_falls_back_to_the_dateline() -> None:
    article = structure(body_doc("03.11.2021, 08:00 Uhr\n\n" + BODY, published="gestern"))
    assert article.published == "2021-11-03T08:00:00+01:00"


def test_id_is_kept_or_derived() -> None:
    assert structure(body_doc(id="rec-7")).id == "rec-7"
    first, second = structure(body_doc()), structure(body_doc())
    assert first.id == second.id and len(first.id) == 16


def test_empty_body() -> None:
    article = structure(body_doc(""))
    assert article.lead is None and article.sections == []
    assert article.text == "Fernwärme wird teurer"
