"""Pairing of quotation marks in every German (and common foreign) style.

Styles: „…“ „…” „…" (German), "…" (straight), »…« and «…» (German books, Swiss),
“…” (English), ”…” (Swedish), and single ‚…‘ ›…‹ ‹…›. Symmetric marks get their
direction from what surrounds them. Single marks inside an open double quote are
nested quotes and are skipped.

Paragraphs: a quote opened at the start of a paragraph and not closed there continues
into the following paragraphs (which may repeat the opening mark, by typographic
convention) until its closing mark, at most ``max_paragraphs`` paragraphs; when no
closing mark comes, the quote ends with its own paragraph. Any other quote left open at
a paragraph end is dropped (an unbalanced mark).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Every quotation mark the pairer looks at (the straight apostrophe is left out: it is mostly an apostrophe).
MARK = re.compile(r"[\"„“”»«‚‘›‹]")
#: Which marks each opening mark is closed by, per level (double, single).
CLOSERS: dict[str, str] = {
    "„": "“”\"",
    '"': '"',
    "“": "”“",
    "”": "”",
    "»": "«",
    "«": "»",
    "‚": "‘’",
    "›": "‹",
    "‹": "›",
}
SINGLE_MARKS = frozenset("‚‘›‹")
#: Marks that only ever open.
OPEN_ONLY = frozenset("„‚")
#: Characters that may stand right before an opening mark.
BEFORE_OPEN = frozenset(" \t\n([{/–—-:")


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """A quoted stretch: the opening mark's offset, the closing mark's end, the content between."""

    open_at: int
    close_end: int
    content_start: int
    content_end: int
    opener: str
    closed: bool
    paragraphs: int


def _direction(text: str, pos: int) -> str:
    """'open', 'close' or 'both' for the symmetric mark at ``pos`` from its neighbours."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    can_open = (before in BEFORE_OPEN or before in "„»«\"") and not after.isspace()
    can_close = not before.isspace() and (after.isspace() or not after.isalnum())
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "both"


class _Pairer:
    """Scans paragraphs in order and pairs their marks (see the module docstring)."""

    def __init__(self, text: str, max_paragraphs: int) -> None:
        self.text = text
        self.max_paragraphs = max_paragraphs
        self.found: list[MarkedSpan] = []

    def pair(self, paragraphs: list[tuple[int, int]]) -> list[MarkedSpan]:
        index = 0
        while index < len(paragraphs):
            index = self._from_paragraph(paragraphs, index)
        return self.found

    def _from_paragraph(self, paragraphs: list[tuple[int, int]], index: int) -> int:
        """Scan paragraph ``index`` (and the ones a quote continues into); return the next index."""
        start, end = paragraphs[index]
        opened = self._scan(start, end, None)
        if opened is None:
            return index + 1
        if opened[0] != start:
            return index + 1  # an unbalanced mark inside a paragraph: dropped
        for extra in range(1, self.max_paragraphs):
            if index + extra >= len(paragraphs):
                break
            p_start, p_end = paragraphs[index + extra]
            if self.text[p_start] == opened[1]:
                p_start += 1  # the repeated opening mark of a continued paragraph
            if self._scan(p_start, p_end, opened, extra + 1) != opened:
                return index + extra + 1  # closed here (a mark opened later in it is unbalanced)
        self._emit(opened[0], end, opened[1], closed=False, paragraphs=1)
        return index + 1

    def _scan(self, start: int, end: int, opened: tuple[int, str] | None, paragraphs: int = 1) -> tuple[int, str] | None:
        """Pair the marks of ``text[start:end]``; return the double quote still open at the end."""
        single: tuple[int, str] | None = None
        for match in MARK.finditer(self.text, start, end):
            pos, mark = match.start(), match.group()
            if mark in SINGLE_MARKS:
                if opened is None:
                    single = self._step(pos, mark, single, paragraphs=1)
                continue
            opened = self._step(pos, mark, opened, paragraphs)
        return opened

    def _step(self, pos: int, mark: str, opened: tuple[int, str] | None, paragraphs: int) -> tuple[int, str] | None:
        """Feed one mark to the state ``opened``; return the new state."""
        direction = "open" if mark in OPEN_ONLY else _direction(self.text, pos)
        if opened is not None and mark in CLOSERS[opened[1]] and direction != "open":
            self._emit(opened[0], pos + 1, opened[1], closed=True, paragraphs=paragraphs)
            return None
        if opened is None and mark in CLOSERS and direction != "close":
            return (pos, mark)
        return opened

    def _emit(self, open_at: int, close_end: int, opener: str, *, closed: bool, paragraphs: int) -> None:
        content_end = close_end - 1 if closed else close_end
        self.found.append(MarkedSpan(open_at, close_end, open_at + 1, content_end, opener, closed, paragraphs))


def pair_marks(text: str, paragraphs: list[tuple[int, int]], max_paragraphs: int = 6) -> list[MarkedSpan]:
    """All quoted stretches of ``text``, in text order."""
    found = _Pairer(text, max_paragraphs).pair(paragraphs)
    return sorted(found, key=lambda m: m.open_at)
