"""JSON records to documents: news-please field names and lagebild's plain names.

A record is a JSON object. Null values and empty strings count as absent. The text is
kept exactly as given; a record with only a text is marked ``text_only`` so that the
article's text stays identical to it (offsets refer to it).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from lagebild.readers.base import Origin, RawDocument, ReadItem, Rejection

#: Field names per document attribute, in order of preference.
TEXT_FIELDS = ("text", "maintext", "article", "body")
HEADLINE_FIELDS = ("headline", "header", "title")
PUBLISHED_FIELDS = ("published", "date_publish", "date", "date_modify")
OUTLET_FIELDS = ("outlet", "source", "source_domain")
LEAD_FIELDS = ("lead", "description")
URL_FIELDS = ("url",)
KICKER_FIELDS = ("kicker",)
LANGUAGE_FIELDS = ("language", "lang")


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _first(record: dict[str, Any], names: tuple[str, ...]) -> tuple[str | None, Any]:
    """The first field of ``names`` that is present, and its value."""
    for name in names:
        if _present(record.get(name)):
            return name, record[name]
    return None, None


def _string(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """The first present field of ``names`` as a stripped string (numbers converted)."""
    _, value = _first(record, names)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float, str)):
        return str(value).strip()
    return None


def _published(record: dict[str, Any]) -> str | None:
    """The publication date as found; a number is read as a Unix timestamp (UTC)."""
    _, value = _first(record, PUBLISHED_FIELDS)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, tz=timezone.utc).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    return value.strip() if isinstance(value, str) else None


def _names(value: Any, separator: str = ";") -> list[str]:
    """A list of names from a list of strings or a ``"A; B"`` string."""
    if isinstance(value, str):
        items: list[Any] = value.split(separator)
    elif isinstance(value, list):
        items = value
    else:
        return []
    names = [str(v).strip() for v in items if isinstance(v, (str, int)) and not isinstance(v, bool)]
    return [n for n in names if n]


def _record_id(record: dict[str, Any]) -> str | None:
    value = record.get("id")
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return str(value) if str(value).strip() else None


def record_document(record: Any, origin: Origin) -> ReadItem:
    """A ``body`` document from one JSON record, or a rejection that says what is missing."""
    if not isinstance(record, dict):
        return Rejection(origin, f"record is a JSON {type(record).__name__}, not an object")
    field, text = _first(record, TEXT_FIELDS)
    if field is None:
        return Rejection(origin, f"record has no text (expected one of: {', '.join(TEXT_FIELDS)})")
    if not isinstance(text, str):
        return Rejection(origin, f"record field {field!r} is a {type(text).__name__}, not a string")
    headline = _string(record, HEADLINE_FIELDS)
    kicker = _string(record, KICKER_FIELDS)
    lead = _string(record, LEAD_FIELDS)
    return RawDocument(
        origin=origin,
        text=text,
        layout="body",
        id=_record_id(record),
        url=_string(record, URL_FIELDS),
        outlet=_string(record, OUTLET_FIELDS),
        kicker=kicker,
        headline=headline,
        published=_published(record),
        authors=_names(record.get("authors", record.get("author"))),
        agencies=_names(record.get("agencies"), separator=","),
        lead=lead,
        language=_string(record, LANGUAGE_FIELDS),
        text_only=not (headline or kicker or lead),
    )
