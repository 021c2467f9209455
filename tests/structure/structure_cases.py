"""Helpers for the structure tests: a case table row and one assertion for all its fields.

Every fixture text in these tests was written for lagebild (no third-party text).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lagebild.article import Article, compose_text
from lagebild.readers.base import Origin, RawDocument
from lagebild.structure import structure

#: Marks a field that the case does not check.
ANY = object()


@dataclass(frozen=True)
class Case:
    """One article variant and what the structure stage must read from it."""

    id: str
    text: str
    kicker: object = ANY
    headline: object = ANY
    published: object = ANY
    agencies: object = ANY
    authors: object = ANY
    lead_start: object = ANY
    headings: object = ANY
    #: Lines (datelines, bylines, credits) that must not appear in ``Article.text``.
    not_in_text: tuple[str, ...] = ()
    #: Fragments that must appear in ``Article.text``.
    in_text: tuple[str, ...] = ()
    fields: dict = field(default_factory=dict)


def make_doc(text: str, **fields: object) -> RawDocument:
    """A raw document as a reader would hand it over."""
    return RawDocument(origin=Origin("test.txt"), text=text, **fields)


def run_case(case: Case) -> Article:
    """Structure ``case.text`` and check every field the case names."""
    article = structure(make_doc(case.text, **case.fields))
    expected = {
        "kicker": case.kicker,
        "headline": case.headline,
        "published": case.published,
        "agencies": case.agencies,
        "authors": case.authors,
    }
    for name, value in expected.items():
        if value is not ANY:
            assert getattr(article, name) == value, name
    if case.lead_start is not ANY:
        if case.lead_start is None:
            assert article.lead is None
        else:
            assert article.lead is not None and article.lead.startswith(case.lead_start), article.lead
    if case.headings is not ANY:
        assert [section.heading for section in article.sections] == case.headings
    for line in case.not_in_text:
        assert line not in article.text, line
    for fragment in case.in_text:
        assert fragment in article.text, fragment
    assert_consistent(article)
    return article


def assert_consistent(article: Article) -> None:
    """Invariants of every structured article."""
    if article.kicker or article.headline or article.lead or article.sections:
        assert article.text == compose_text(article.kicker, article.headline, article.lead, article.sections)
    for section in article.sections:
        assert section.paragraphs, "a section without paragraphs"
        for paragraph in section.paragraphs:
            assert paragraph and paragraph == paragraph.strip()
            assert paragraph in article.text
    assert article.id
