from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.article import SCHEMA, Article, Section, compose_text, default_id


def _article() -> Article:
    sections = [Section(None, ["Erster Absatz."]), Section("Zwischentitel", ["Zweiter Absatz."])]
    text = compose_text("Dachzeile", "Schlagzeile", "Der Vorspann.", sections)
    return Article(
        id="a1",
        url="https://example.org/a",
        outlet="example.org",
        language="de",
        kicker="Dachzeile",
        headline="Schlagzeile",
        published="2020-06-12T04:15:00+02:00",
        agencies=["AFP", "dpa"],
        authors=["Anna Muster"],
        lead="Der Vorspann.",
        sections=sections,
        text=text,
        entities=[{"start": 0, "end": 9, "text": "Dachzeile", "label": "MISC", "entity": None}],
    )


def test_json_round_trip() -> None:
    article = _article()
    data = json.loads(article.to_json())
    assert data["schema"] == SCHEMA
    assert Article.from_json(article.to_json()) == article


def test_json_has_every_contract_field() -> None:
    data = Article().as_dict()
    for name in (
        "id url outlet language kicker headline published agencies authors lead sections text "
        "entities places times quotes figures topics keywords summary"
    ).split():
        assert name in data
    assert data["sections"] == [] and data["summary"] is None


def test_text_is_in_reading_order_with_blank_lines() -> None:
    article = _article()
    assert article.text == "Dachzeile\n\nSchlagzeile\n\nDer Vorspann.\n\nErster Absatz.\n\nZwischentitel\n\nZweiter Absatz."
    assert article.body == "Erster Absatz.\n\nZwischentitel\n\nZweiter Absatz."


def test_other_schema_is_refused() -> None:
    try:
        Article.from_dict({"schema": "lagebild.article/2"})
    except ValueError as exc:
        assert "lagebild.article/1" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("schema 2 must be refused")


def test_content_hash_and_default_id() -> None:
    a = _article()
    b = _article()
    b.text += " Neu."
    assert a.content_hash() != b.content_hash()
    assert default_id(a) == default_id(b)  # same URL, same id: b is a revision of a
    a.url = None
    assert default_id(a) == a.content_hash()[:16]


texts = st.text(max_size=40)


@settings(max_examples=100, deadline=None)
@given(
    headline=st.none() | texts,
    paragraphs=st.lists(st.lists(texts, max_size=3), max_size=3),
    agencies=st.lists(texts, max_size=3),
)
def test_round_trip_property(headline: str | None, paragraphs: list[list[str]], agencies: list[str]) -> None:
    sections = [Section(f"H{i}" if i else None, p) for i, p in enumerate(paragraphs)]
    article = Article(headline=headline, sections=sections, agencies=agencies, text=compose_text(None, headline, None, sections))
    assert Article.from_dict(json.loads(article.to_json())) == article
