"""News-agency credits: normalised short names from datelines, source lines and wire openings.

Known agencies come from ``lagebild/knowledge/agencies.json``; anything else in a
credit (author initials such as "mig", an outlet such as "ZEIT ONLINE") is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from lagebild.knowledge.agencies import alias_index

#: Words that may stand between agency names in a credit: "dpa und AFP", "(mit dpa)".
CONNECTOR_WORDS = frozenset({"und", "and", "mit", "von", "sowie", "u."})
#: Author or desk initials that follow an agency: "dpa/mig", "AFP/jdo".
INITIALS_RE = re.compile(r"^[a-zäöüß]{1,4}\.?$")
#: Separators inside a credit: "dpa/AFP", "AFP, dpa", "dpa & AFP", "dpa | AFP".
CREDIT_SEPARATOR_RE = re.compile(r"[\s/,;&+|·•]+")
#: A labelled source line: "Quelle: dpa", "Quellen: ZEIT ONLINE, dpa, AFP", "Quelle: tagesschau.de".
SOURCE_LABEL_RE = re.compile(r"^\(?\s*quellen?\s*:\s*(?P<rest>.{0,80}?)\s*\)?\.?$", re.IGNORECASE)
#: A material credit: "mit Material von dpa und AFP", "Mit Material der Nachrichtenagenturen dpa".
MATERIAL_LABEL_RE = re.compile(
    r"^\(?\s*(?:mit\s+)?(?:agentur)?(?:material|informationen)\s+(?:von|der|aus)(?:\s+den)?"
    r"(?:\s+(?:nachrichten)?agenturen)?\s*:?\s*(?P<rest>.{0,80}?)\s*\)?\.?$"
    r"|^\(?\s*mit\s+agentur(?:material|en)\s*\)?\.?$",
    re.IGNORECASE,
)
#: Most words a source line may name after its label.
MAX_SOURCE_WORDS = 8
#: A wire dateline opening a paragraph: "Berlin (dpa) - ", "FRANKFURT (dpa-AFX) – ", "(AFP) — ".
WIRE_DATELINE_RE = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][\w.'’-]*(?:[ /][A-ZÄÖÜa-zäöü][\w.'’-]*){0,3}\s*)?"
    r"\((?P<credit>[^()]{2,40})\)\s*[-–—]+\s*(?=\S)"
)
#: An agency credit closing a paragraph: "... sagte er. (dpa)".
TRAILING_CREDIT_RE = re.compile(r"\s*\((?P<credit>[^()]{2,40})\)\s*$")


def normalise_agencies(raw: str | Iterable[str] | None) -> list[str]:
    """Known agencies named in ``raw``, as canonical short names, in order of first appearance."""
    if raw is None:
        return []
    values = [raw] if isinstance(raw, str) else list(raw)
    found: list[str] = []
    for value in values:
        if isinstance(value, str):
            found.extend(match for match in find_agencies(value) if match not in found)
    return found


def find_agencies(text: str) -> list[str]:
    """Canonical names of every known agency alias in ``text`` (whole tokens), deduplicated."""
    names: list[str] = []
    for match in _alias_pattern().finditer(text):
        name = alias_index()[match.group(0).casefold()]
        if name not in names:
            names.append(name)
    return names


def credit_agencies(text: str) -> list[str] | None:
    """Agencies when ``text`` is nothing but an agency credit ("(dpa)", "dpa/AFP/rtr", "dpa/mig"), else None."""
    core = text.strip().strip("()").rstrip(".").strip()
    agencies = find_agencies(core)
    if not agencies or len(core) > 80:
        return None
    leftover = [token for token in CREDIT_SEPARATOR_RE.split(_alias_pattern().sub(" ", core)) if token]
    if all(token.lower() in CONNECTOR_WORDS or INITIALS_RE.match(token) for token in leftover):
        return agencies
    return None


def source_line_agencies(text: str) -> list[str] | None:
    """Agencies of a source line ("Quelle: ZEIT ONLINE, dpa, AFP" -> ["dpa", "AFP"]), else None.

    A "Quelle:" line may name anything (an outlet gives an empty list: "Quelle:
    tagesschau.de"); a "mit Material von ..." line must name agencies only.
    """
    text = text.strip()
    label = SOURCE_LABEL_RE.match(text)
    if label is not None:
        return find_agencies(label["rest"]) if len(label["rest"].split()) <= MAX_SOURCE_WORDS else None
    material = MATERIAL_LABEL_RE.match(text)
    if material is None:
        return None
    if not material["rest"]:
        return []
    return credit_agencies(material["rest"])


def split_wire_dateline(paragraph: str) -> tuple[list[str], int] | None:
    """For "Berlin (dpa) - Die ...": the agencies and the offset where the paragraph's own text starts."""
    match = WIRE_DATELINE_RE.match(paragraph)
    if match is None:
        return None
    agencies = credit_agencies(match["credit"])
    return (agencies, match.end()) if agencies else None


def split_trailing_credit(paragraph: str) -> tuple[list[str], int] | None:
    """For "... sagte er. (dpa)": the agencies and the offset where the credit starts."""
    match = TRAILING_CREDIT_RE.search(paragraph)
    if match is None or match.start() == 0:
        return None
    agencies = credit_agencies(match["credit"])
    return (agencies, match.start()) if agencies else None


@lru_cache(maxsize=1)
def _alias_pattern() -> re.Pattern[str]:
    """One regex for all aliases, longest first, matched as whole tokens, case-insensitively."""
    aliases = sorted(alias_index(), key=len, reverse=True)
    alternation = "|".join(re.escape(alias).replace(r"\ ", r"\s+") for alias in aliases)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)
