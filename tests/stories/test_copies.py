"""Near-duplicates: an agency text with a new first paragraph is found, with the right diff."""

from __future__ import annotations

from lagebild.stories.copies import CopyFinder, overlap, shingles
from lagebild.stories.diffs import diff, shares

from tests.stories.conftest import AGENCY_BODY

ORIGINAL = "\n\n".join(AGENCY_BODY)
NEW_LEAD = "Gute Nachrichten für die Hansestadt: Die Werften atmen auf."
COPY = NEW_LEAD + "\n\n" + "\n\n".join(AGENCY_BODY)
OTHER = ("Im Kieler Hafen haben Hunderte Hafenarbeiter die Arbeit niedergelegt. Die Gewerkschaft fordert mehr Lohn. "
         "Mehrere Fähren nach Oslo und Göteborg konnten nicht auslaufen, Passagiere warteten stundenlang.")


def test_agency_copy_with_a_new_first_paragraph_is_a_near_duplicate() -> None:
    texts = {"original": ORIGINAL}
    finder = CopyFinder(texts.get)
    finder.add("original", ORIGINAL)
    finder.add("other", OTHER)
    _, pairs = finder.add("copy", COPY)
    assert [(p.a, p.b) for p in pairs] == [("original", "copy")]
    assert pairs[0].containment == 1.0


def test_the_diff_shows_the_new_paragraph_and_the_shares() -> None:
    result = diff(ORIGINAL, COPY)
    assert result.added == [NEW_LEAD]
    assert result.removed == [] and result.changed == []
    assert result.share_a == 1.0 and 0.85 < result.share_b < 1.0


def test_a_changed_figure_is_a_change() -> None:
    edited = ORIGINAL.replace("rund 1.200 Arbeitsplätze", "rund 1.500 Arbeitsplätze")
    result = diff(ORIGINAL, edited)
    assert len(result.changed) == 1 and "1.500" in result.changed[0][1]


def test_unrelated_texts_are_not_copies() -> None:
    assert overlap(shingles(ORIGINAL), shingles(OTHER)) == (0.0, 0.0)
    assert shares(ORIGINAL, OTHER) == (0.0, 0.0)
