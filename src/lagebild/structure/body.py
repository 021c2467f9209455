"""Body text of an HTML page, record or feed item (``layout="body"``).

Headline, kicker and lead come from the format's fields; the body is split into
paragraphs (blank lines, or single newlines when the text has no blank lines) and
subheadings are found as in the published layout. A body that repeats the
headline or kicker as its first lines loses those lines; a leading dateline or
byline and trailing credits are removed and read.

Lead: a given teaser (``RawDocument.lead``) is the lead unless it is the first
paragraph itself (or a cut-off start of it, "Die US-Regierung hat ..."): then the
first paragraph is the lead and not repeated in the sections. Without a teaser the
first paragraph is the lead.
"""

from __future__ import annotations

import re

from lagebild.structure.blocks import clean, split_units
from lagebild.structure.dateline import DEFAULT_TZ
from lagebild.structure.paragraphs import (
    MetaCollector,
    TextLayout,
    build_sections,
    strip_trailing_credit,
    strip_wire_dateline,
    take_body,
)

#: Ellipses and whitespace at the end of a cut-off teaser.
TEASER_CUT_RE = re.compile(r"(?:\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\]))+\s*$")
#: Shortest teaser that is compared with the start of the first paragraph.
MIN_TEASER_PREFIX = 20


def parse_body(
    text: str,
    *,
    headline: str | None = None,
    kicker: str | None = None,
    lead: str | None = None,
    exact: bool = False,
    default_tz: str = DEFAULT_TZ,
) -> TextLayout:
    """Lead, sections and meta information of a body text whose titles came as fields."""
    collector = MetaCollector(default_tz)
    units = _without_titles([unit.text for unit in split_units(text, exact=exact)], (headline, kicker))
    paragraphs = take_body(units, collector)
    if paragraphs:
        paragraphs[0] = strip_wire_dateline(paragraphs[0], collector)
        paragraphs[-1] = strip_trailing_credit(paragraphs[-1], collector)
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    given = _given_lead(lead, text, exact=exact)
    if given and not (paragraphs and _is_same_teaser(given, paragraphs[0])):
        layout = TextLayout(lead=given, sections=build_sections(paragraphs, after_paragraph=True))
    else:
        first, rest = (paragraphs[0], paragraphs[1:]) if paragraphs else (None, [])
        layout = TextLayout(lead=first, sections=build_sections(rest))
    layout.kicker, layout.headline = kicker, headline
    return collector.fill(layout)


def _given_lead(lead: str | None, text: str, *, exact: bool) -> str | None:
    """The teaser field, cleaned; with ``exact`` only when it is verbatim in ``text``."""
    if not lead or not lead.strip():
        return None
    if not exact:
        return clean(lead)
    return lead.strip() if lead.strip() in text else None


def _without_titles(units: list[str], titles: tuple[str | None, ...]) -> list[str]:
    """``units`` without opening lines that repeat the headline or the kicker."""
    known = {_fold(title) for title in titles if title}
    start = 0
    while start < len(units) and _fold(units[start]) in known:
        start += 1
    return units[start:]


def _is_same_teaser(teaser: str, paragraph: str) -> bool:
    """Whether ``teaser`` is ``paragraph`` or its cut-off start."""
    short, long = _fold(TEASER_CUT_RE.sub("", teaser)), _fold(paragraph)
    return short == long or (len(short) >= MIN_TEASER_PREFIX and long.startswith(short))


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()
