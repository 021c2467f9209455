"""Calendar arithmetic for the times step: anchors, weekdays, months, seasons, holidays.

Everything here is pure: a reference date (``dct``, the article's publication day),
a tense (``"past"``, ``"present"`` or ``"future"``) and a calendar item in, a TIMEX3
value out. Tense decides which occurrence an underspecified item refers to:
past -> the last one, future -> the next one, present -> the nearest one.
"""

from __future__ import annotations

from datetime import date, timedelta

PAST, PRESENT, FUTURE = "past", "present", "future"

#: How far a month/day may lie on the "wrong" side of the reference date before the
#: tense moves it to the previous or next year.
TOLERANCE_DAYS = 7


def parse_published(published: str | None) -> date | None:
    """The calendar day of an ISO 8601 ``published`` value (its local date), None when absent or malformed."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def easter(year: int) -> date:
    """Easter Sunday of ``year`` (Gregorian calendar, anonymous algorithm of Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def iso_week(day: date) -> str:
    """The TIMEX3 week value of ``day``: ``"2020-W24"``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def day_value(day: date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def weekday(dct: date, isoweekday: int, tense: str, shift: int = 0) -> date:
    """The day named by a weekday, relative to ``dct``.

    ``shift`` +1 ("kommenden Donnerstag") takes the next occurrence after ``dct``, -1
    ("vergangenen Donnerstag") the last one before it; otherwise the reference day itself
    when it is that weekday, else the tense decides (past: last, future: next, present: nearest).
    """
    delta = isoweekday - dct.isoweekday()
    if delta == 0 and shift == 0:
        return dct
    back = dct + timedelta(days=delta - 7 if delta >= 0 else delta)
    ahead = dct + timedelta(days=delta + 7 if delta <= 0 else delta)
    if shift > 0 or (shift == 0 and tense == FUTURE):
        return ahead
    if shift < 0 or tense == PAST:
        return back
    return back if (dct - back) <= (ahead - dct) else ahead


def year_for(dct: date, month: int, day: int, tense: str) -> int:
    """The year of an underspecified month/day: the reference year unless the tense says otherwise."""
    try:
        candidate = date(dct.year, month, day)
    except ValueError:  # 29 February in a common year
        return dct.year
    if tense == PAST and candidate > dct + timedelta(days=TOLERANCE_DAYS):
        return dct.year - 1
    if tense == FUTURE and candidate < dct - timedelta(days=TOLERANCE_DAYS):
        return dct.year + 1
    return dct.year


def month_year(dct: date, month: int, tense: str, shift: int = 0) -> int:
    """The year of a month named without one ("im Juli", "kommenden Januar", "diesem Januar")."""
    if shift > 0:
        return dct.year if month > dct.month else dct.year + 1
    if shift < 0:
        return dct.year if month < dct.month else dct.year - 1
    if tense == PAST and month > dct.month:
        return dct.year - 1
    if tense == FUTURE and month < dct.month:
        return dct.year + 1
    return dct.year


def season(dct: date, code: str, start_month: int, tense: str, shift: int = 0) -> str:
    """The TIMEX3 value of a season (``"2020-SU"``); winter is named by the year it begins in."""
    instances = [(year, date(year, start_month, 1)) for year in (dct.year - 1, dct.year, dct.year + 1)]
    current = max(year for year, start in instances if start <= dct)
    ends = {year: _add_months(start, 3) for year, start in instances}
    containing = current if dct < ends[current] else None
    if shift > 0:
        year = current + 1
    elif shift < 0:
        year = current - 1 if containing is not None else current
    elif containing is not None:
        year = containing
    elif tense == FUTURE:
        year = current + 1
    else:
        year = current
    return f"{year:04d}-{code}"


def _add_months(day: date, months: int) -> date:
    total = day.month - 1 + months
    return date(day.year + total // 12, total % 12 + 1, 1)


def shift_period(dct: date, unit: str, amount: int) -> str:
    """The period ``amount`` units away from ``dct`` at that unit's granularity ("Y", "M", "W", "D", "Q")."""
    if unit == "Y":
        return f"{dct.year + amount:04d}"
    if unit == "M":
        first = _add_months(dct.replace(day=1), amount)
        return month_value(first.year, first.month)
    if unit == "Q":
        quarter = (dct.month - 1) // 3 + amount
        return f"{dct.year + quarter // 4:04d}-Q{quarter % 4 + 1}"
    if unit == "W":
        return iso_week(dct + timedelta(weeks=amount))
    if unit == "D":
        return day_value(dct + timedelta(days=amount))
    if unit == "DE":
        return f"{dct.year // 10 + amount:03d}"
    if unit == "CE":
        return f"{dct.year // 100 + amount:02d}"
    raise ValueError(f"unknown period unit {unit!r}")


def weekend(dct: date, tense: str, shift: int = 0) -> str:
    """The weekend value (``"2020-W24-WE"``) relative to ``dct``."""
    saturday = weekday(dct, 6, tense, shift)
    return f"{iso_week(saturday)}-WE"
