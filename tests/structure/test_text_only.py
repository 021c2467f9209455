"""Text-only inputs: ``Article.text`` is the input itself and every part is a substring of it."""

from __future__ import annotations

import pytest

from lagebild.article import Article
from lagebild.structure import structure

from .structure_cases import make_doc
from .test_variants_formats import SINGLE_NEWLINES, WINDOWS, WIRE_WITH_TITLE_AND_CREDIT
from .test_variants_outlets import SPIEGEL, T_ONLINE

TEXTS = {"t-online": T_ONLINE, "spiegel": SPIEGEL, "single": SINGLE_NEWLINES, "windows": WINDOWS,
         "wire": WIRE_WITH_TITLE_AND_CREDIT}


def parts(article: Article) -> list[str]:
    """Kicker, headline, lead, headings and paragraphs that were found."""
    values = [article.kicker, article.headline, article.lead]
    for section in article.sections:
        values.append(section.heading)
        values.extend(section.paragraphs)
    return [value for value in values if value]


@pytest.mark.parametrize("layout", ["published", "body"])
@pytest.mark.parametrize("name", sorted(TEXTS))
def test_text_is_the_input_and_parts_are_substrings(name: str, layout: str) -> None:
    text = TEXTS[name]
    article = structure(make_doc(text, layout=layout, text_only=True))
    assert article.text == text
    for part in parts(article):
        assert part in text, part


def test_published_layout_fields_are_still_read() -> None:
    article = structure(make_doc(T_ONLINE, text_only=True))
    assert article.kicker == "Streit um Windkraft"
    assert article.published == "2021-07-14T06:40:00+02:00"
    assert article.agencies == ["AFP", "dpa"]
    assert article.lead.startswith("Mehrere Bundesländer")


def test_fields_not_in_the_text_are_dropped() -> None:
    article = structure(make_doc("Nur ein Absatz ohne Titel.", layout="body", headline="Ein Titel", text_only=True))
    assert article.headline is None and article.lead == "Nur ein Absatz ohne Titel."
