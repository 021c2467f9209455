"""The Article record and its JSON form ``lagebild.article/1``.

An :class:`Article` is the one central record of lagebild. Readers produce raw
documents, the structure parser turns them into Articles, and every enrichment
step adds its annotations to the Article. Annotation spans are ``start``/``end``
character offsets into :attr:`Article.text`.

The JSON form is a contract (see ``docs/DESIGN.md`` of the project): field names
and their meaning only change with a new schema version.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA = "lagebild.article/1"

#: Separator between the blocks of ``Article.text`` (kicker, headline, lead,
#: headings, paragraphs).
BLOCK_SEPARATOR = "\n\n"

#: Annotation lists, in the order they appear in the JSON form.
ANNOTATION_FIELDS = ("entities", "places", "times", "quotes", "figures", "topics", "keywords")


@dataclass(slots=True)
class Section:
    """A run of paragraphs under one subheading (``heading`` is None for the first, unheaded part)."""

    heading: str | None = None
    paragraphs: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"heading": self.heading, "paragraphs": list(self.paragraphs)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Section:
        return cls(heading=data.get("heading"), paragraphs=list(data.get("paragraphs") or []))


@dataclass(slots=True)
class Article:
    """One news article, its structure and its annotations."""

    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    kicker: str | None = None
    headline: str | None = None
    published: str | None = None  # ISO 8601 with UTC offset
    agencies: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    lead: str | None = None
    sections: list[Section] = field(default_factory=list)
    text: str = ""
    entities: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    times: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    topics: list[dict[str, Any]] = field(default_factory=list)
    keywords: list[dict[str, Any]] = field(default_factory=list)
    summary: str | None = None
    #: Steps that failed on this article: ``{"step": name, "error": message}``.
    errors: list[dict[str, str]] = field(default_factory=list)

    # -- derived values -------------------------------------------------
    @property
    def body(self) -> str:
        """The paragraphs of all sections (with headings), without kicker, headline and lead."""
        blocks: list[str] = []
        for section in self.sections:
            if section.heading:
                blocks.append(section.heading)
            blocks.extend(section.paragraphs)
        return BLOCK_SEPARATOR.join(blocks)

    def content_hash(self) -> str:
        """SHA-256 over what identifies one publication: url, outlet, headline and text."""
        digest = hashlib.sha256()
        for part in (self.url or "", self.outlet or "", self.headline or "", self.text):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x00")
        return digest.hexdigest()

    # -- JSON form ------------------------------------------------------
    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"schema": SCHEMA}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "sections":
                value = [section.as_dict() for section in value]
            elif isinstance(value, list):
                value = list(value)
            data[f.name] = value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        schema = data.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise ValueError(f"unsupported article schema {schema!r}; this lagebild reads {SCHEMA!r}")
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data or data[f.name] is None:
                continue
            value = data[f.name]
            if f.name == "sections":
                value = [Section.from_dict(s) for s in value]
            elif isinstance(value, list):
                value = list(value)
            kwargs[f.name] = value
        return cls(**kwargs)

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))


def compose_text(
    kicker: str | None, headline: str | None, lead: str | None, sections: list[Section]
) -> str:
    """``Article.text`` in reading order: kicker, headline, lead, then headings and paragraphs."""
    blocks = [b for b in (kicker, headline, lead) if b]
    for section in sections:
        if section.heading:
            blocks.append(section.heading)
        blocks.extend(p for p in section.paragraphs if p)
    return BLOCK_SEPARATOR.join(blocks)


def default_id(article: Article) -> str:
    """A stable id for an article that came without one: from its URL, else from its content."""
    if article.url:
        return hashlib.sha256(article.url.encode("utf-8")).hexdigest()[:16]
    return article.content_hash()[:16]
