"""Dates as outlets print them, normalised to ISO 8601 with a UTC offset.

:func:`parse_published` reads German datelines ("12.06.2020, 04:15 Uhr",
"Freitag, 12. Juni 2020, 4.15 Uhr", "Stand: 12.06.2020 04:15 Uhr"), ISO 8601
strings and RFC 822 dates (feeds, HTTP headers).

Rules:

* A value with an offset ("Z", "+02:00", "GMT", "MESZ") keeps that offset.
* A value without one is German local time: it is read in ``default_tz``
  (``Europe/Berlin``), so 2020-06-12 gets +02:00 and 2020-01-12 gets +01:00.
* A date without a time is kept as midnight local time ("2020-06-12" ->
  "2020-06-12T00:00:00+02:00"); a real 00:00 publication looks the same.
* Local times that occur twice (2020-10-25 02:30) are read as the first, summer-time
  instant (+02:00); local times that do not exist (2020-03-29 02:30) are read with the
  winter offset and printed as the real instant (03:30+02:00).
* Anything that cannot be read gives ``None``; nothing here raises.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

DEFAULT_TZ = "Europe/Berlin"
MIN_YEAR, MAX_YEAR = 1900, 2100

#: Month names and abbreviations (German, Austrian, English), lower-case.
MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jan": 1, "jän": 1, "january": 1,
    "februar": 2, "feber": 2, "feb": 2, "february": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12, "december": 12, "dec": 12,
}  # fmt: skip

#: Time-zone abbreviations that may follow a time, and their offsets in hours.
ZONE_OFFSETS: dict[str, int] = {"MESZ": 2, "CEST": 2, "MEZ": 1, "CET": 1, "UTC": 0, "GMT": 0, "Z": 0}

_MONTH_ALT = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_ZONE_ALT = "|".join(name for name in ZONE_OFFSETS if name != "Z")

#: "12.06.2020", "12.6.20", "12. 06. 2020".
NUMERIC_DATE_RE = re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4}|\d{2})(?![\d])")
#: "12. Juni 2020", "12 Jun. 2020".
WORD_DATE_RE = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})\.?\s+(?P<month>{_MONTH_ALT})\.?\s+(?P<year>\d{{4}})(?!\d)", re.IGNORECASE
)
#: "June 12, 2020".
ENGLISH_DATE_RE = re.compile(
    rf"(?<![\w])(?P<month>{_MONTH_ALT})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})(?!\d)", re.IGNORECASE
)
#: "2020-06-12", "2020-06-12T04:15", "2020-06-12 04:15:00.000+0200", "...Z".
ISO_RE = re.compile(
    r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<offset>Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d])"
)
#: A time right after a date: ", 04:15 Uhr", " – 4.15 Uhr", "-17:26", " um 04:15 MESZ".
TIME_AFTER_DATE_RE = re.compile(
    r"(?:\s*[,|–—-]\s*|\s+)(?:um\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?(?!\d)"
    rf"(?:\s*Uhr\b)?(?:\s*\(?(?P<zone>{_ZONE_ALT})\)?)?",
    re.IGNORECASE,
)
#: A time anywhere (with a colon only): "04:15 Uhr, 12.06.2020".
TIME_ANYWHERE_RE = re.compile(
    r"(?<![\d.:])(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?![\d])"
    rf"(?:\s*Uhr\b)?(?:\s*\(?(?P<zone>{_ZONE_ALT})\)?)?",
    re.IGNORECASE,
)
#: The start of an RFC 822 date: "Fri, 12 Jun 2020 02:15:00 GMT".
RFC822_RE = re.compile(r"^\s*(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}")

_DATE_PATTERNS = (NUMERIC_DATE_RE, WORD_DATE_RE, ENGLISH_DATE_RE)


def parse_published(value: str | None, *, default_tz: str = DEFAULT_TZ) -> str | None:
    """The date and time in ``value`` as ISO 8601 with a UTC offset, seconds precision; None if there is none."""
    if not isinstance(value, str) or not value.strip():
        return None
    zone = _zone(default_tz)
    if zone is None:
        return None
    text = value.strip()
    for reader in (_read_iso, _read_rfc822, _read_german):
        moment = reader(text, zone)
        if moment is not None:
            return moment.replace(microsecond=0).isoformat(timespec="seconds")
    return None


def has_date(text: str) -> bool:
    """Whether ``text`` contains a date that :func:`parse_published` can read."""
    return any(pattern.search(text) for pattern in (*_DATE_PATTERNS, ISO_RE))


def remove_dates_and_times(text: str) -> str:
    """``text`` with every date and time expression blanked out (to see what else a line says)."""
    for pattern in (ISO_RE, *_DATE_PATTERNS, TIME_ANYWHERE_RE):
        text = pattern.sub(" ", text)
    return re.sub(r"(?<![\d.])\d{1,2}\.\d{2}(?:\s*Uhr\b)?", " ", text)


# -- readers ----------------------------------------------------------------
def _read_iso(text: str, zone: tzinfo) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        match = ISO_RE.search(text)
        return _from_iso_match(match, zone) if match else None
    return _localise(moment, zone) if _year_ok(moment.year) else None


def _from_iso_match(match: re.Match[str], zone: tzinfo) -> datetime | None:
    offset = match["offset"]
    moment = _build(match["year"], match["month"], match["day"], match["hour"], match["minute"], match["second"])
    if moment is None:
        return None
    if offset:
        return moment.replace(tzinfo=_offset_zone(offset))
    return _localise(moment, zone)


def _read_rfc822(text: str, zone: tzinfo) -> datetime | None:
    if not RFC822_RE.match(text):
        return None
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # "-0000": UTC, local zone unknown
        moment = moment.replace(tzinfo=timezone.utc)
    return moment if _year_ok(moment.year) else None


def _read_german(text: str, zone: tzinfo) -> datetime | None:
    for match in _date_matches(text):
        day = _build(match["year"], _month_number(match["month"]), match["day"])
        if day is None:
            continue
        time = TIME_AFTER_DATE_RE.match(text, match.end()) or TIME_ANYWHERE_RE.search(text, 0, match.start())
        return _with_time(day, time, zone)
    return None


def _date_matches(text: str) -> list[re.Match[str]]:
    """All German/English date matches in ``text``, in reading order."""
    matches = [m for pattern in _DATE_PATTERNS for m in pattern.finditer(text)]
    return sorted(matches, key=lambda m: m.start())


def _with_time(day: datetime, time: re.Match[str] | None, zone: tzinfo) -> datetime:
    if time is not None:
        moment = _build(day.year, day.month, day.day, time["hour"], time["minute"], time["second"])
        if moment is not None:
            if time["zone"]:
                return moment.replace(tzinfo=timezone(timedelta(hours=ZONE_OFFSETS[time["zone"].upper()])))
            return _localise(moment, zone)
    return _localise(day, zone)


# -- helpers ----------------------------------------------------------------
def _zone(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        logger.warning("unknown time zone %r; dates without an offset cannot be read", name)
        return None


def _localise(moment: datetime, zone: tzinfo) -> datetime:
    """An aware ``moment``; a naive one is read as local time in ``zone`` (see the module rules)."""
    if moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=zone, fold=0).astimezone(timezone.utc).astimezone(zone)


def _offset_zone(offset: str) -> timezone:
    if offset.upper() == "Z":
        return timezone.utc
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _month_number(month: str) -> int | str:
    return month if month.isdigit() else MONTHS.get(month.lower().rstrip("."), 0)


_Part = int | str | None


def _build(
    year: _Part, month: _Part, day: _Part, hour: _Part = None, minute: _Part = None, second: _Part = None
) -> datetime | None:
    """A naive datetime from string or int parts, or None when they make no valid date."""
    try:
        numbers = [int(part or 0) for part in (year, month, day, hour, minute, second)]
        if numbers[0] < 100:
            numbers[0] += 2000 if numbers[0] < 70 else 1900
        moment = datetime(*numbers)
    except (TypeError, ValueError):
        return None
    return moment if _year_ok(moment.year) else None


def _year_ok(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR
