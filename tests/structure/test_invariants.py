"""Across every variant: no dateline line in ``text``, every paragraph in ``text``, deterministic."""

from __future__ import annotations

import pytest

from lagebild.structure import parse_layout, structure

from .structure_cases import Case, assert_consistent, make_doc
from .test_variants_datelines import CASES as DATELINE_CASES
from .test_variants_formats import CASES as FORMAT_CASES
from .test_variants_outlets import CASES as OUTLET_CASES

ALL_CASES: list[Case] = [*OUTLET_CASES, *DATELINE_CASES, *FORMAT_CASES]


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda case: case.id)
def test_meta_lines_never_in_text(case: Case) -> None:
    article = structure(make_doc(case.text))
    for line in parse_layout(case.text).meta_lines:
        assert line not in article.text
    assert_consistent(article)


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda case: case.id)
def test_deterministic(case: Case) -> None:
    assert structure(make_doc(case.text)).as_dict() == structure(make_doc(case.text)).as_dict()


def test_never_invents_text() -> None:
    for case in ALL_CASES:
        article = structure(make_doc(case.text))
        source = " ".join(case.text.split())
        for section in article.sections:
            for paragraph in section.paragraphs:
                assert paragraph in source, paragraph
