"""Regex text units for the quotes step: spans, word tokens, paragraphs and sentences.

Everything works on character offsets into the article text, so that every span the
step returns satisfies ``text[start:end] == span.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A word: letters/digits with inner hyphens, apostrophes or dots (``US-Soldaten``, ``geht's``).
WORD = re.compile(r"\w+(?:[-–’'.]\w+)*-?", re.UNICODE)
#: A paragraph break: a line break (blocks of Article.text are joined by blank lines).
PARAGRAPH_BREAK = re.compile(r"\n\s*")
#: A candidate sentence end: terminal punctuation, optional closing marks/brackets, then space.
SENTENCE_END = re.compile(r"[.!?…]+[\"“”»«’‘)\]]*(?=\s+[\"„“”»«‚‹›(\[\w-])")
#: Abbreviations after which a dot does not end a sentence.
ABBREVIATION = re.compile(
    r"(?:\b(?:Dr|Prof|Nr|St|bzw|ca|vgl|z\.B|u\.a|d\.h|Mio|Mrd|Tsd|Abs|Art|Jh|Jhd|Hrsg|evtl|ggf|inkl|etc|usw|sog|"
    r"bspw|geb|gest|Str|Mr|Mrs|Ms|Jr|Sr|Gen|Lt|Col|Sen|Rep|Gov|Pres|Co|Inc|Ltd|Corp|vs|Bd|Tel|min|max|"
    r"[A-ZÄÖÜ]|\d{1,2})\.)$"
)


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of the article text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]`` with surrounding whitespace trimmed."""
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return cls(start, end, text[start:end])

    def as_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Token:
    """A word token with its offsets and its index in the sentence's token list."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line-separated paragraph."""
    result: list[tuple[int, int]] = []
    position = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        if match.start() > position:
            result.append((position, match.start()))
        position = match.end()
    if position < len(text) and text[position:].strip():
        result.append((position, len(text.rstrip())))
    return result


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the sentences of one paragraph ``text[start:end]``."""
    result: list[tuple[int, int]] = []
    position = start
    for match in SENTENCE_END.finditer(text, start, end):
        head = text[max(position, match.start() - 12) : match.start() + 1]
        if text[match.start()] == "." and ABBREVIATION.search(head):
            continue
        result.append((position, match.end()))
        position = match.end()
        while position < end and text[position].isspace():
            position += 1
    if position < end:
        result.append((position, end))
    return result


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Word tokens of ``text[start:end]``."""
    return [Token(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]
