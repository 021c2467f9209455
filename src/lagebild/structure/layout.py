"""The layout of a plain-text article as published (the seed's layout).

Reading order: an optional kicker line, the headline, meta lines (dateline,
byline, "Stand:", source), the lead paragraph, more meta lines (some outlets put
the byline under the teaser), then paragraphs and subheadings, and trailing credits.

* Meta lines may stand before, between or after the kicker and headline and right
  after the lead; at the end of the text; and, when labelled ("Update: ...",
  "Quelle: ..."), anywhere. None of them is part of the text.
* Titles: at most two short lines before the lead. Two lines are kicker and
  headline when the first is kicker-like; one line is the headline, split at a
  colon only by the rule of :mod:`.titles`. Once a meta line follows a title, no
  further title is taken.
* A wire dateline opening the lead ("Berlin (dpa) - Die ...") is removed from the
  lead (its agencies are kept, the place is dropped), so that copies of one agency
  story read alike whether or not an outlet prints the dateline.
* A closing "(dpa)" after the last paragraph is removed and its agencies kept.
"""

from __future__ import annotations

from lagebild.structure.blocks import split_units
from lagebild.structure.dateline import DEFAULT_TZ
from lagebild.structure.paragraphs import (
    MetaCollector,
    TextLayout,
    build_sections,
    strip_trailing_credit,
    strip_wire_dateline,
    take_body,
)
from lagebild.structure.titles import is_headline_like, is_kicker_like, split_colon_kicker, strip_kicker_colon

#: Most title lines (kicker and headline) before the lead.
MAX_TITLES = 2


def parse_layout(text: str, *, exact: bool = False, default_tz: str = DEFAULT_TZ) -> TextLayout:
    """Kicker, headline, lead, sections and meta information of a published plain-text article.

    ``exact`` keeps every part a verbatim substring of ``text`` (for text-only inputs,
    whose ``Article.text`` must be the input itself).
    """
    units = [unit.text for unit in split_units(text, exact=exact)]
    collector = MetaCollector(default_tz)
    titles, position = _read_header(units, collector)
    kicker, headline = _kicker_and_headline(titles)
    lead, paragraphs = _lead_and_paragraphs(units[position:], collector)
    layout = TextLayout(kicker=kicker, headline=headline, lead=lead, sections=build_sections(paragraphs))
    return collector.fill(layout)


def _read_header(units: list[str], collector: MetaCollector) -> tuple[list[str], int]:
    """The title lines before the lead and the position of the lead; meta lines are recorded."""
    titles: list[str] = []
    position = 0
    closed = False  # a meta line after a title closes the titles
    while position < len(units):
        unit = units[position]
        if collector.read(unit):
            closed = bool(titles)
        elif not closed and _takes_title(titles, unit):
            titles.append(unit)
        else:
            break
        position += 1
    return titles, position


def _takes_title(titles: list[str], unit: str) -> bool:
    if not titles:
        return is_headline_like(unit) or (is_kicker_like(unit) and unit.endswith(":"))
    return len(titles) < MAX_TITLES and is_kicker_like(titles[0]) and is_headline_like(unit)


def _kicker_and_headline(titles: list[str]) -> tuple[str | None, str | None]:
    if len(titles) == MAX_TITLES:
        return strip_kicker_colon(titles[0]) or None, titles[1]
    if titles:
        return split_colon_kicker(titles[0])
    return None, None


def _lead_and_paragraphs(units: list[str], collector: MetaCollector) -> tuple[str | None, list[str]]:
    """The lead (first paragraph, without a wire dateline) and the body paragraphs after it."""
    if not units:
        return None, []
    lead = strip_wire_dateline(units[0], collector)
    paragraphs = take_body(units[1:], collector)
    if paragraphs:
        paragraphs[-1] = strip_trailing_credit(paragraphs[-1], collector)
    else:
        lead = strip_trailing_credit(lead, collector)
    return lead or None, [paragraph for paragraph in paragraphs if paragraph]
