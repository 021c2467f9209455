"""Meta lines: datelines, bylines, source and agency lines, "Update:" lines.

A meta line says when, by whom or from which agency an article came; it is not part
of ``Article.text``. A line is a meta line when every one of its segments (split at
``|``, ``·`` or ``•``) is one of: a date segment ("12.06.2020, 04:15 Uhr",
"Stand: ...", "Aktualisiert am ...", "Berlin, 12. Juni 2020"), a byline ("Von Anna Muster, Berlin"), a source
line ("Quelle: dpa", "mit Material von dpa und AFP"), an agency credit ("AFP, dpa",
"(dpa)", "dpa/mig") or a reading-time note ("Lesedauer: 3 Minuten").

Dates are sorted into three kinds: ``published`` (a plain date, "Veröffentlicht am",
"Erstellt am", "Erschienen am"), ``stand`` ("Stand: ...") and ``revised``
("Update:", "Aktualisiert am", "Zuletzt aktualisiert"); see :func:`best_published`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lagebild.structure.agencies import credit_agencies, source_line_agencies
from lagebild.structure.authors import parse_byline
from lagebild.structure.dateline import DEFAULT_TZ, has_date, parse_published, remove_dates_and_times

#: Most characters a meta line may have.
MAX_META_CHARS = 200
#: Segment separators inside one meta line: "12.06.2020, 04:15 Uhr | AFP, dpa".
SEGMENT_SEPARATOR_RE = re.compile(r"\s+[|·•]\s+|\s*\|\s*")
#: Before a second date in one segment: "..., aktualisiert am 12.06.2020, 18:30 Uhr".
SECOND_DATE_RE = re.compile(r"(?:[,;]\s*|\s+)(?=(?:zuletzt\s+)?(?:aktualisiert|update|geändert)\b)", re.IGNORECASE)
#: Labels of a revision time.
REVISED_RE = re.compile(r"\b(?:aktualisiert|update[ds]?|zuletzt\s+geändert|letzte\s+aktualisierung)\b", re.IGNORECASE)
#: Label of a "status" time (tagesschau and others: the time of the current version).
STAND_RE = re.compile(r"\bstand\b", re.IGNORECASE)
#: Words a date segment may hold besides the date and time.
DATE_WORDS_RE = re.compile(
    r"\b(?:stand|veröffentlicht|veroeffentlicht|publiziert|erstellt|erschienen|aktualisiert|zuletzt|geändert"
    r"|letzte|aktualisierung|update[ds]?|published|datum|am|um|vom|uhr|mesz|mez|cest|cet|utc|gmt"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sonnabend"
    r"|mo|di|mi|do|fr|sa|so)\b\.?",
    re.IGNORECASE,
)
#: Reading-time and similar page furniture that may share a dateline.
FURNITURE_RE = re.compile(
    r"^(?:lesedauer\s*:?\s*(?:ca\.\s*)?\d+\s*min(?:uten|\.)?|(?:ca\.\s*)?\d+\s*min(?:uten|\.)?\s*(?:lesezeit|lesedauer)?"
    r"|\d+\s*kommentare?|kommentare|exklusiv)$",
    re.IGNORECASE,
)
#: Labels that make a line a meta line wherever it stands (also between paragraphs).
LABELLED_RE = re.compile(
    r"^\(?(?:stand|update|aktualisiert|zuletzt\s+aktualisiert|veröffentlicht|erstellt|erschienen|quellen?"
    r"|mit\s+material|mit\s+informationen|mit\s+agenturmaterial)\b",
    re.IGNORECASE,
)
#: A place opening a dateline: "Berlin, 12.06.2020", "FRANKFURT/MAIN, 12. Juni 2020".
PLACE_PREFIX_RE = re.compile(r"^[A-ZÄÖÜ][\w.'’-]*(?:[ /][A-ZÄÖÜ][\w.'’-]*){0,2},\s+(?=\d)")
#: Leftover characters of a date segment once its words are gone.
PUNCTUATION_ONLY_RE = re.compile(r"^[\s,;:|–—\-/()\[\].]*$")


@dataclass(slots=True)
class MetaLine:
    """What one meta line says."""

    text: str
    published: str | None = None
    stand: str | None = None
    revised: str | None = None
    agencies: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)

    @property
    def labelled(self) -> bool:
        """Whether the line opens with a label ("Stand:", "Update:", "Quelle:", ...)."""
        return bool(LABELLED_RE.match(self.text))


def parse_meta_line(line: str, *, default_tz: str = DEFAULT_TZ) -> MetaLine | None:
    """What ``line`` says if it is a meta line (see the module rules), else None."""
    line = line.strip()
    if not line or len(line) > MAX_META_CHARS:
        return None
    meta = MetaLine(text=line)
    for segment in SEGMENT_SEPARATOR_RE.split(line):
        if segment.strip() and not _read_segment(segment.strip(), meta, default_tz):
            return None
    return meta


def best_published(metas: list[MetaLine]) -> str | None:
    """The publication time: the first ``published``, else the first ``stand``, else the first ``revised``."""
    for kind in ("published", "stand", "revised"):
        for meta in metas:
            value = getattr(meta, kind)
            if value:
                return value
    return None


def merge_unique(*lists: list[str]) -> list[str]:
    """The items of ``lists`` in order, without duplicates."""
    merged: list[str] = []
    for items in lists:
        merged.extend(item for item in items if item not in merged)
    return merged


# -- segments ---------------------------------------------------------------
def _read_segment(segment: str, meta: MetaLine, default_tz: str) -> bool:
    """Record what ``segment`` says in ``meta``; False when it is no meta segment."""
    if FURNITURE_RE.match(segment):
        return True
    source = source_line_agencies(segment)
    if source is not None:
        meta.agencies = merge_unique(meta.agencies, source)
        return True
    byline = parse_byline(segment)
    if byline is not None:
        meta.authors = merge_unique(meta.authors, byline[0])
        meta.agencies = merge_unique(meta.agencies, byline[1])
        return True
    if has_date(segment):
        return _read_date_segment(segment, meta, default_tz)
    credit = credit_agencies(segment)
    if credit:
        meta.agencies = merge_unique(meta.agencies, credit)
        return True
    return False


def _read_date_segment(segment: str, meta: MetaLine, default_tz: str) -> bool:
    """A segment of dates and times, optionally followed by an agency credit."""
    residue = DATE_WORDS_RE.sub(" ", remove_dates_and_times(PLACE_PREFIX_RE.sub("", segment)))
    agencies: list[str] = []
    if not PUNCTUATION_ONLY_RE.match(residue):
        agencies = credit_agencies(residue.strip(" ,;:|–—-")) or []
        if not agencies:
            return False
    for part in SECOND_DATE_RE.split(segment):
        _record_date(part, meta, default_tz)
    meta.agencies = merge_unique(meta.agencies, agencies)
    return True


def _record_date(part: str, meta: MetaLine, default_tz: str) -> None:
    value = parse_published(part, default_tz=default_tz)
    if value is None:
        return
    kind = "revised" if REVISED_RE.search(part) else "stand" if STAND_RE.search(part) else "published"
    if getattr(meta, kind) is None:
        setattr(meta, kind, value)
