"""From paragraphs to sections, and the meta lines and credits around them.

Shared by the published-layout parser (:mod:`.layout`) and the body parser
(:mod:`.body`). Everything here only drops or trims text, so a paragraph stays a
substring of its source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lagebild.article import Section
from lagebild.structure.agencies import split_trailing_credit, split_wire_dateline
from lagebild.structure.meta import MetaLine, best_published, merge_unique, parse_meta_line
from lagebild.structure.titles import is_heading_like


@dataclass(slots=True)
class TextLayout:
    """What the structure parser read from a text: its parts and its meta information."""

    kicker: str | None = None
    headline: str | None = None
    lead: str | None = None
    sections: list[Section] = field(default_factory=list)
    published: str | None = None
    #: The latest revision time found ("Update:", "Aktualisiert am"), if any.
    revised: str | None = None
    agencies: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    #: Lines read as datelines, bylines or credits (not part of the article text).
    meta_lines: list[str] = field(default_factory=list)


@dataclass(slots=True)
class MetaCollector:
    """Meta lines and credits met while reading one text."""

    default_tz: str
    metas: list[MetaLine] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)

    def read(self, unit: str) -> bool:
        """Record ``unit`` if it is a meta line; whether it was one."""
        meta = parse_meta_line(unit, default_tz=self.default_tz)
        if meta is not None:
            self.metas.append(meta)
        return meta is not None

    def read_labelled(self, unit: str) -> bool:
        """Record ``unit`` only if it is a labelled meta line ("Update: ...", "Quelle: ...")."""
        meta = parse_meta_line(unit, default_tz=self.default_tz)
        if meta is None or not meta.labelled:
            return False
        self.metas.append(meta)
        return True

    def fill(self, layout: TextLayout) -> TextLayout:
        """``layout`` with published, revised, agencies, authors and meta lines from what was met."""
        layout.published = best_published(self.metas)
        layout.revised = next((meta.revised for meta in reversed(self.metas) if meta.revised), None)
        layout.agencies = merge_unique(*(meta.agencies for meta in self.metas), self.credits)
        layout.authors = merge_unique(*(meta.authors for meta in self.metas))
        layout.meta_lines = [meta.text for meta in self.metas]
        return layout


def take_body(units: list[str], collector: MetaCollector) -> list[str]:
    """The body paragraphs of ``units``: meta lines at the start and end dropped, labelled ones anywhere."""
    start, end = 0, len(units)
    while start < end and collector.read(units[start]):
        start += 1
    trailing: list[str] = []
    while end > start and parse_meta_line(units[end - 1], default_tz=collector.default_tz):
        end -= 1
        trailing.insert(0, units[end])
    body = [unit for unit in units[start:end] if not collector.read_labelled(unit)]
    for unit in trailing:
        collector.read(unit)
    return body


def strip_wire_dateline(paragraph: str, collector: MetaCollector) -> str:
    """``paragraph`` without an opening "Berlin (dpa) - " (its agencies are recorded)."""
    wire = split_wire_dateline(paragraph)
    if wire is None:
        return paragraph
    collector.credits = merge_unique(collector.credits, wire[0])
    return paragraph[wire[1] :]


def strip_trailing_credit(paragraph: str, collector: MetaCollector) -> str:
    """``paragraph`` without a closing "(dpa)" (its agencies are recorded)."""
    credit = split_trailing_credit(paragraph)
    if credit is None:
        return paragraph
    collector.credits = merge_unique(collector.credits, credit[0])
    return paragraph[: credit[1]]


def build_sections(paragraphs: list[str], *, after_paragraph: bool = True) -> list[Section]:
    """Sections: a heading-like paragraph between two paragraphs starts a new section.

    ``after_paragraph`` says whether a paragraph (the lead) comes before the first
    one; without it a heading-like first paragraph stays a paragraph. An unheaded
    first section that would be empty is left out.
    """
    sections = [Section(heading=None)]
    for index, paragraph in enumerate(paragraphs):
        follower = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if _starts_section(paragraph, follower, sections[-1], first=index == 0 and not after_paragraph):
            sections.append(Section(heading=paragraph))
        else:
            sections[-1].paragraphs.append(paragraph)
    return [section for section in sections if section.heading or section.paragraphs]


def _starts_section(paragraph: str, follower: str | None, current: Section, *, first: bool) -> bool:
    if first or follower is None or not is_heading_like(paragraph) or is_heading_like(follower):
        return False
    return not (current.heading and not current.paragraphs)
