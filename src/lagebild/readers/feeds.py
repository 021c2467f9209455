"""RSS and Atom feeds (feedparser): one ``body`` document per entry.

feedparser is given a byte stream, never a string, so that it cannot mistake the input
for a URL or a file name and fetch it.
"""

from __future__ import annotations

import calendar
import io
import logging
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, BinaryIO
from urllib.parse import urlsplit

import feedparser

from lagebild.readers.agencies import agency_credits
from lagebild.readers.base import Origin, RawDocument, ReadItem, Rejection
from lagebild.readers.blocks import html_fragment_text
from lagebild.readers.streams import read_all

log = logging.getLogger("lagebild.readers")

_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def _fragment_text(detail: Any) -> str:
    """Plain text of a feedparser text construct (``{"value", "type"}``) or string."""
    if not detail:
        return ""
    value = detail.get("value", "") if isinstance(detail, dict) else str(detail)
    kind = detail.get("type", "text/html") if isinstance(detail, dict) else "text/html"
    if kind in _HTML_TYPES or "<" in value:
        return html_fragment_text(value)
    return value.strip()


def _from_struct(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).isoformat()
    except (OverflowError, ValueError, OSError):
        return None


def _has_offset(value: str) -> bool:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo is not None
    except ValueError:
        return False


def feed_date(original: str | None, parsed: time.struct_time | None) -> str | None:
    """ISO 8601 from a feed date: the original offset when it has one, else UTC, else as found."""
    if original:
        original = original.strip()
        if _has_offset(original):
            return original
        try:
            stamp = parsedate_to_datetime(original)
            if stamp.tzinfo is not None:
                return stamp.isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    return _from_struct(parsed) or original or None


def _authors(entry: Any) -> list[str]:
    names = [a.get("name", "").strip() for a in entry.get("authors", []) if isinstance(a, dict)]
    names = [n for n in names if n]
    if not names and entry.get("author"):
        names = [entry["author"].strip()]
    return names


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host[4:] if host and host.startswith("www.") else host


def _language(value: str | None) -> str | None:
    primary = (value or "").replace("_", "-").split("-")[0].strip().lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def _entry_texts(entry: Any) -> tuple[str, str | None]:
    """The entry's text and, when the feed carries content apart from the summary, the lead."""
    content = "\n\n".join(t for t in (_fragment_text(c) for c in entry.get("content", [])) if t)
    summary = _fragment_text(entry.get("summary_detail") or entry.get("summary"))
    if content:
        lead = summary if summary and not content.startswith(summary) else None
        return content, lead
    return summary, None


def entry_document(entry: Any, feed: Any, origin: Origin) -> ReadItem:
    """A document for one feed entry, or a rejection when it has neither text nor title."""
    text, lead = _entry_texts(entry)
    title = (entry.get("title") or "").strip() or None
    if not text and not title:
        return Rejection(origin, "feed entry has neither text nor title")
    url = entry.get("link") or None
    return RawDocument(
        origin=origin,
        text=text,
        layout="body",
        url=url,
        outlet=(feed.get("title") or "").strip() or _host(feed.get("link")) or _host(url),
        headline=title,
        published=feed_date(entry.get("published"), entry.get("published_parsed"))
        or feed_date(entry.get("updated"), entry.get("updated_parsed")),
        authors=_authors(entry),
        agencies=agency_credits(text),
        lead=lead,
        language=_language(entry.get("language") or feed.get("language")),
    )


def read_feed(stream: BinaryIO, origin: Origin) -> Iterator[ReadItem]:
    """Yield one document (or rejection) per entry of an RSS/Atom feed."""
    parsed = feedparser.parse(io.BytesIO(read_all(stream)))
    if parsed.bozo and parsed.entries:
        log.debug("%s: malformed feed, using its %d entries: %s", origin, len(parsed.entries), parsed.get("bozo_exception"))
    if not parsed.entries:
        reason = f"not a readable feed: {parsed.get('bozo_exception')}" if parsed.bozo else "feed has no entries"
        yield Rejection(origin, reason)
        return
    for number, entry in enumerate(parsed.entries, start=1):
        yield entry_document(entry, parsed.feed, Origin(origin.path, f"item {number}"))
