"""Properties over generated texts: never raises, text-only texts stay verbatim, parts are substrings."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lagebild.structure import normalise_agencies, parse_published, structure

from .structure_cases import make_doc

LINES = st.sampled_from(
    [
        "Kampf gegen Windmühlen",
        "Stadt beschließt neuen Haushalt",
        "12.06.2020, 04:15 Uhr | AFP, dpa",
        "Stand: 25.10.2020 02:30 Uhr",
        "Von Anna Muster, Berlin",
        "Die Verwaltung legt einen Plan vor. Er kostet Geld.",
        "Berlin (dpa) - Der Rat tagt am Montag.",
        "Zwischenüberschrift ohne Punkt",
        "(dpa)",
        "Quelle: dpa",
        "",
        "   ",
        "Corona-Krise: Regierung beschließt Hilfen",
    ]
)
NEWLINES = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\n\n\n"])


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Texts of article-like lines and noise, joined by assorted line breaks."""
    lines = draw(st.lists(st.one_of(LINES, st.text(max_size=40)), max_size=12))
    return "".join(line + draw(NEWLINES) for line in lines)


@settings(max_examples=150, deadline=None)
@given(articles(), st.sampled_from(["published", "body"]))
@example("\x1f\nKampf gegen Windmühlen\n", "published")  # a control character as a whole line
def test_text_only_is_verbatim(text: str, layout: str) -> None:
    article = structure(make_doc(text, layout=layout, text_only=True))
    assert article.text == text
    for part in (article.kicker, article.headline, article.lead):
        assert part is None or part in text
    for section in article.sections:
        assert all(paragraph in text for paragraph in section.paragraphs)


@settings(max_examples=150, deadline=None)
@given(articles(), st.sampled_from(["published", "body"]))
def test_composed_text_holds_every_paragraph(text: str, layout: str) -> None:
    article = structure(make_doc(text, layout=layout))
    for section in article.sections:
        assert all(paragraph and paragraph in article.text for paragraph in section.paragraphs)
    assert "\r" not in article.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_date_and_agency_parsers_never_raise(value: str) -> None:
    result = parse_published(value)
    assert result is None or result[10] == "T"
    assert isinstance(normalise_agencies(value), list)
