"""Agency credits that an article's text shows: ``Berlin (dpa) -`` and ``(dpa)``/``Quelle: dpa`` lines.

Only raw strings are returned ("dpa/AFP", "Quelle: dpa"); the structure stage normalises
them to short agency names.
"""

from __future__ import annotations

import re

from lagebild.article import BLOCK_SEPARATOR

#: ``Berlin (dpa) - Die ...`` or ``(AFP) – ...`` at the start of the first paragraph.
_DATELINE = re.compile(r"^(?:[A-ZÄÖÜ][\w .'/-]{0,40}?\s)?\(([A-Za-z][\w/,.& -]{1,30})\)\s*[-–—:]\s")
#: A last paragraph that is only a credit: ``Quelle: dpa``, ``Mit Material von AFP``.
_CREDIT_LINE = re.compile(
    r"^\(?((?:Quellen?|Mit Material von|Material von|Mit Material der|Agenturen)\s*:?\s*[\w/,.& -]{2,60}?)\)?\.?$"
)
#: A last paragraph that is only an agency code: ``dpa``, ``AFP``, ``dpa/AFP/ab``.
_BARE_CODE = re.compile(r"^((?:[a-z]{2,5}|[A-Z]{2,5})(?:\s*/\s*[A-Za-z]{2,10}){0,4})$")
#: ``... Text. (dpa)`` or ``(dpa/AFP)`` closing the last paragraph.
_TRAILING = re.compile(r"\(((?:[a-z]{2,4}|[A-Z]{2,6})(?:\s*[/,]\s*[A-Za-z]{2,10}){0,4})\)\.?\s*$")
_SHORT_WORDS = frozenset({"Foto", "Bild", "Video", "Anzeige", "mehr", "Mehr", "Update", "Archiv"})


def _last_block_credit(last: str) -> str | None:
    last = last.strip()
    for pattern in (_CREDIT_LINE, _BARE_CODE):
        match = pattern.match(last)
        if match:
            return match.group(1).strip()
    match = _TRAILING.search(last)
    if match and match.group(1) not in _SHORT_WORDS:
        return match.group(1)
    return None


def agency_credits(text: str) -> list[str]:
    """Raw agency credits found at the start and end of ``text`` (blocks split by blank lines)."""
    blocks = [b for b in text.split(BLOCK_SEPARATOR) if b.strip()]
    if not blocks:
        return []
    found: list[str] = []
    match = _DATELINE.match(blocks[0].strip())
    if match:
        found.append(match.group(1).strip())
    credit = _last_block_credit(blocks[-1])
    if credit and credit not in found:
        found.append(credit)
    return found
