"""What readers produce: raw documents, or rejections that say why an input was refused.

Readers only read. They detect nothing about the article's layout beyond what the
format says (an HTML page's title, a record's ``header`` field); turning a raw
document into an :class:`~lagebild.article.Article` is the structure stage's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

#: ``published``: the whole article as published (kicker, headline, dateline, ...) —
#: the structure parser reads its layout. ``body``: the article's body text only;
#: headline, date and the rest come from the fields the format carried.
Layout = Literal["published", "body"]


@dataclass(slots=True, frozen=True)
class Origin:
    """Where an input came from: a path (or ``-`` for stdin) and a place in it."""

    path: str
    locator: str | None = None  # "line 12", "record 3", "item 2", "offset 4096"

    def __str__(self) -> str:
        return f"{self.path} ({self.locator})" if self.locator else self.path


@dataclass(slots=True)
class RawDocument:
    """One article as a reader found it."""

    origin: Origin
    text: str
    layout: Layout = "published"
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    kicker: str | None = None
    headline: str | None = None
    published: str | None = None  # as found: ISO 8601, a German date line, RFC 822, ...
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    lead: str | None = None  # a teaser or description, when the format gives one apart from the text
    language: str | None = None
    #: True when the input gave only the text: then ``Article.text`` must equal ``text`` exactly.
    text_only: bool = False


@dataclass(slots=True, frozen=True)
class Rejection:
    """An input (a file, a line, a record) that could not be read, and why."""

    origin: Origin
    reason: str


ReadItem = RawDocument | Rejection
