"""Text into units: the lines and paragraphs a layout is read from, with their offsets.

Blocks are runs of non-blank lines; any number of blank lines is one separator.
Inside a block every line is its own unit (outlets and corpora that put paragraphs
on single lines), unless the block looks hard-wrapped (several lines of 60-100
characters and similar width that run on mid-sentence): then the block is one
paragraph. A line that plainly runs on into the next (it does not end a sentence,
and it ends with a comma, a hyphen or a function word such as "die", or the next
line starts in lower case) is joined with the next line as well.

Each unit keeps ``start``/``end`` offsets into the source and its exact source
slice (``raw``); ``text`` is the cleaned form (wrapped lines joined by a space,
runs of spaces and tabs collapsed). With ``exact=True`` ``text`` is the raw slice,
so that everything read from it is a substring of the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.structure.titles import FUNCTION_WORDS

#: Characters trimmed from line ends (whitespace plus BOM and zero-width space).
TRIM_CHARS = " \t\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"
#: Runs of spaces and tabs inside a line.
SPACE_RUN_RE = re.compile(r"[ \t]{2,}|\t")
#: A hard-wrapped line is this wide (characters) ...
WRAP_MIN_WIDTH, WRAP_MAX_WIDTH = 60, 100
#: ... and the lines of a wrapped block differ in width by at most this much.
WRAP_MAX_SPREAD = 20
#: Characters that end a sentence (a wrapped line usually does not end with one).
SENTENCE_END = (".", "!", "?", ":", '"', "“", "”", "«", "»", ")")
#: Line ends that run on into the next line.
RUN_ON_END = (",", "-", "–", "(")


@dataclass(slots=True, frozen=True)
class Unit:
    """A line or paragraph of the source: its text, exact slice and offsets."""

    text: str
    raw: str
    start: int
    end: int


@dataclass(slots=True, frozen=True)
class _Line:
    text: str
    start: int
    end: int


def split_units(text: str, *, exact: bool = False) -> list[Unit]:
    """The units of ``text`` in reading order (see the module rules)."""
    units: list[Unit] = []
    for block in _blocks(_lines(text)):
        if len(block) > 1 and _is_wrapped(block):
            units.append(_unit(text, block, exact=exact))
        else:
            units.extend(_unit(text, run, exact=exact) for run in _runs(block))
    return units


def clean(text: str) -> str:
    """``text`` trimmed, with runs of spaces and tabs collapsed to one space."""
    return SPACE_RUN_RE.sub(" ", text.strip(TRIM_CHARS + "\r\n"))


def _lines(text: str) -> list[_Line]:
    """Trimmed lines with offsets (blank lines as empty lines)."""
    lines: list[_Line] = []
    offset = 0
    for piece in text.splitlines(keepends=True):
        content = piece.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = content.strip(TRIM_CHARS)
        start = offset + len(content) - len(content.lstrip(TRIM_CHARS))
        lines.append(_Line(stripped, start, start + len(stripped)))
        offset += len(piece)
    return lines


def _blocks(lines: list[_Line]) -> list[list[_Line]]:
    blocks: list[list[_Line]] = [[]]
    for line in lines:
        if line.text:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _is_wrapped(block: list[_Line]) -> bool:
    """Whether a multi-line block is one hard-wrapped paragraph."""
    widths = [len(line.text) for line in block[:-1]]
    if not all(WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH for width in widths):
        return False
    if max(widths) - min(widths) > WRAP_MAX_SPREAD or len(block[-1].text) > WRAP_MAX_WIDTH:
        return False
    return any(not line.text.endswith(SENTENCE_END) for line in block[:-1])


def _runs(block: list[_Line]) -> list[list[_Line]]:
    """The lines of ``block`` grouped into paragraphs: run-on lines join the next one."""
    runs = [[block[0]]]
    for line in block[1:]:
        if _runs_on(runs[-1][-1].text, line.text):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _runs_on(line: str, following: str) -> bool:
    """Whether ``line`` is cut mid-sentence and continues in ``following``."""
    words = line.split()  # str.split also splits on control characters such as \x1f
    if not words or line.endswith(SENTENCE_END):
        return False
    last_word = words[-1].casefold()
    return following[:1].islower() or line.endswith(RUN_ON_END) or last_word in FUNCTION_WORDS


def _unit(source: str, lines: list[_Line], *, exact: bool) -> Unit:
    raw = source[lines[0].start : lines[-1].end]
    text = raw if exact else clean(" ".join(line.text for line in lines))
    return Unit(text=text, raw=raw, start=lines[0].start, end=lines[-1].end)
