"""Dates for filtering: ``published`` as sortable UTC text, and the bounds of since/until filters."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta, timezone

from lagebild.errors import QuerySyntaxError

log = logging.getLogger("lagebild.store")

#: Sortable UTC text, e.g. ``2020-06-12T02:15:00Z``.
UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def to_utc_text(published: str | None) -> str | None:
    """``published`` (ISO 8601) as sortable UTC text; a value without offset counts as UTC; None if unreadable."""
    if not published:
        return None
    try:
        moment = _parse(published)
    except ValueError:
        log.warning("cannot read published date %r; the article is not found by date filters", published)
        return None
    return _format(moment)


def filter_bound(value: str | date | datetime | None, *, name: str, end: bool) -> tuple[str, str] | None:
    """The SQL comparison operator and UTC text for a since (``end=False``) or until (``end=True``) filter.

    A date alone covers its whole day: ``until="2020-06-12"`` keeps everything before 2020-06-13 00:00 UTC.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment, whole_day = value, False
    elif isinstance(value, date):
        moment, whole_day = datetime.combine(value, time()), True
    elif isinstance(value, str):
        moment, whole_day = _parse_filter(value, name)
    else:
        raise QuerySyntaxError(f"{name}: expected an ISO date like 2020-06-12, not {type(value).__name__}")
    if not end:
        return ">=", _format(moment)
    if whole_day:
        return "<", _format(moment + timedelta(days=1))
    return "<=", _format(moment)


def _parse_filter(text: str, name: str) -> tuple[datetime, bool]:
    try:
        if len(text.strip()) == 10:
            return datetime.combine(date.fromisoformat(text.strip()), time()), True
        return _parse(text), False
    except ValueError:
        raise QuerySyntaxError(
            f"{name}: {text!r} is not an ISO date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+01:00]"
        ) from None


def _parse(text: str) -> datetime:
    text = text.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return datetime.fromisoformat(text)


def _format(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.strftime(UTC_FORMAT)
