"""HTML pages: main text and metadata through trafilatura, kicker and credits from the page."""

from __future__ import annotations

from lagebild.readers.agencies import agency_credits
from lagebild.readers.base import Origin, RawDocument, Rejection
from lagebild.readers.html import html_document

from .conftest import ARTICLE_HTML, documents, read, rejections


def _doc() -> RawDocument:
    [doc] = read(ARTICLE_HTML.encode("utf-8"), "seite.html")
    assert isinstance(doc, RawDocument)
    return doc


def test_html_main_text_has_paragraphs() -> None:
    doc = _doc()
    assert doc.layout == "body"
    assert doc.text.startswith("Dresden (dpa) - Die Stadt Dresden erwartet")
    assert "\n\nSperrungen in der Altstadt\n\n" in doc.text
    assert "Impressum" not in doc.text and "Startseite" not in doc.text
    assert "Dynamo gewinnt Derby" not in doc.text


def test_html_metadata() -> None:
    doc = _doc()
    assert doc.headline == "Dresden rüstet sich für den Scheitel"
    assert doc.published == "2024-06-03T10:30:00+02:00"
    assert doc.authors == ["Anna Beispiel", "Bernd Muster"]
    assert doc.outlet == "Elbkurier"
    assert doc.url == "https://www.elbkurier.example/lokales/hochwasser-dresden-1234.html"
    assert doc.language == "de"


def test_html_kicker_near_headline_not_from_teasers() -> None:
    assert _doc().kicker == "Hochwasser an der Elbe"


def test_html_agency_from_dateline() -> None:
    assert "dpa" in _doc().agencies


def test_html_outlet_falls_back_to_host() -> None:
    page = "<html><body><article><p>" + "Ein langer Absatz über die Stadt Leipzig und ihre Brücken. " * 5 + \
           "</p></article></body></html>"
    doc = html_document(page, Origin("x"), url="https://www.lvz.example/a/1")
    assert isinstance(doc, RawDocument)
    assert doc.outlet == "lvz.example"
    assert doc.kicker is None and doc.language is None


def test_html_without_text_is_rejected() -> None:
    [rejection] = rejections(read(b"<html><head><title></title></head><body></body></html>", "leer.html"))
    assert rejection.reason == "no article text found in HTML page"


def test_gzipped_html(gz) -> None:
    [doc] = documents(read(gz(ARTICLE_HTML.encode("utf-8")), "seite.html.gz"))
    assert doc.headline == "Dresden rüstet sich für den Scheitel"


def test_agency_credits_at_start_and_end() -> None:
    assert agency_credits("Berlin (dpa) - Die Regierung.\n\nEnde. (AFP)") == ["dpa", "AFP"]
    assert agency_credits("Text.\n\nQuelle: dpa") == ["Quelle: dpa"]
    assert agency_credits("Text.\n\ndpa/AFP/ab") == ["dpa/AFP/ab"]
    assert agency_credits("Text.\n\nDas war es (vorerst).") == []
    assert agency_credits("") == []


def test_source_element_is_a_credit() -> None:
    page = ARTICLE_HTML.replace('<p class="byline">', '<p class="article-source">Quelle: AFP</p><p class="byline">')
    doc = html_document(page, Origin("x"))
    assert not isinstance(doc, Rejection)
    assert "Quelle: AFP" in doc.agencies
