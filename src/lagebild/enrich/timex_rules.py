"""Normalisers of the times step: one function per rule family of :mod:`timex_patterns`.

Each normaliser takes the regex match and the :class:`Context` of the article and
returns the expressions it found (usually one; none when a guard rejects the match).
Values follow TIMEX3: ``2020-06-11``, ``2020-06``, ``2020-W24``, ``2020-SU``, ``2020-Q2``,
``18`` (19th century), ``199`` (the 1990s), ``P3Y``, ``PXM``, ``PT4H``, ``XXXX-WXX-1``,
``PRESENT_REF``/``FUTURE_REF``/``PAST_REF``; times ``2020-06-12T04:15``, ``2020-06-12TNI``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from lagebild.enrich import timex_calendar as cal
from lagebild.enrich.timex_lexicon import holiday_offsets, lexicon
from lagebild.enrich.timex_patterns import FOLLOWING_YEAR

DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"

#: Units whose durations are written with a "T" (PT3H).
CLOCK_UNITS = {"S": "S", "M_clock": "M", "H": "H"}
#: Plural unit nouns: "den kommenden Monaten" is a reference, "dem kommenden Monat" a period.
PLURAL_UNITS = frozenset({"Tage", "Tagen", "Wochen", "Monate", "Monaten", "Jahre", "Jahren", "Jahrzehnte",
                          "Jahrzehnten", "Jahrhunderte", "Jahrhunderten", "Quartale", "Quartalen", "Stunden",
                          "Minuten", "Sekunden"})
#: Text before a month named alone that makes it a date ("April und Mai", "Monaten Juni").
MONTH_CONTEXT = re.compile(r"(?:\b(?:und|oder|bis|sowie|zwischen|Monate[n]?|Monats?)|[-–/])\s*$")
#: Prepositions that make a bare time of day or a day part a time ("um 14:30", "am Abend").
TIME_PREPS = frozenset({"um", "gegen", "ab", "bis", "seit", "von", "am", "in", "zur", "vom", "bis zum"})
#: The next word starts with a capital: "2020 Menschen" counts people, it is no year.
CAPITALISED_NEXT = re.compile(r"\s+[A-ZÄÖÜ]")
DAY_VALUE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|XXXX-WXX-\d|XXXX-\d{2}-\d{2})$")


@dataclass(slots=True)
class Timex:
    """One expression found: span, TIMEX3 type and value, optional mod (START, MID, END, APPROX...)."""

    start: int
    end: int
    type: str
    value: str | None
    mod: str | None = None


@dataclass(slots=True)
class Context:
    """What a normaliser needs beyond the match: reference date, tense, sentence state."""

    text: str
    dct: date | None
    tense: str = cal.PRESENT
    anchor_day: str | None = None
    sentence_year: int | None = None

    def new_sentence(self) -> None:
        self.anchor_day = None
        self.sentence_year = None


Normaliser = Callable[[re.Match[str], Context], "list[Timex] | Timex | None"]


# -- helpers ------------------------------------------------------------------------
def _span(m: re.Match[str], first: str | None = None) -> tuple[int, int]:
    """The expression's span: the rule group, or from group ``first`` when it matched."""
    rule = m.lastgroup or ""
    start = m.start(first) if first and m.group(first) is not None else m.start(rule)
    return start, m.end(rule)


def _shift(modifier: str | None) -> int:
    """+1, -1 or 0 for a relative modifier ("kommenden", "vergangenen", "diesem"), 0 for none."""
    if not modifier:
        return 0
    word = modifier.lower()
    for stem, shift in lexicon().raw["relative_modifiers"].items():
        if word.startswith(stem):
            return shift
    return 0


def _duration(amount: float | str, unit: str) -> str:
    """A TIMEX3 duration: ``P3Y``, ``PXM``, ``PT4H``; quarters as months."""
    if unit == "Q" and amount != "X":
        return f"P{_num(float(amount) * 3)}M"
    if unit in CLOCK_UNITS:
        return f"PT{_num(amount)}{CLOCK_UNITS[unit]}"
    return f"P{_num(amount)}{unit}"


def _num(amount: float | str) -> str:
    if isinstance(amount, str):
        return amount
    return str(int(amount)) if float(amount).is_integer() else str(amount)


def _time_suffix(part: str) -> str:
    return part if part.startswith("T") else f"T{part}"


def _two_digit_year(text: str, dct: date | None) -> int:
    if len(text) == 4:
        return int(text)
    pivot = (dct.year % 100 if dct else 30) + 5
    return 2000 + int(text) if int(text) <= pivot else 1900 + int(text)


def _year_of(m: re.Match[str], group: str, ctx: Context, month: int, day: int = 1) -> int | None:
    """An explicit year, else one borrowed from a range ("Mai bis Juli 2020"), the sentence, or the tense."""
    if m.group(group):
        year = int(m.group(group))
        ctx.sentence_year = year
        return year
    following = FOLLOWING_YEAR.match(ctx.text, m.end())
    if following:
        return int(following.group(1))
    if ctx.sentence_year:
        return ctx.sentence_year
    return cal.year_for(ctx.dct, month, day, ctx.tense) if ctx.dct else None


def _day(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _anchor(ctx: Context) -> str:
    """The day a time of day belongs to: the last day named in the sentence, else the publication day."""
    if ctx.anchor_day:
        return ctx.anchor_day
    return ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX"


def _clock(hour: int, minute: int, part: str | None = None) -> str | None:
    if part in ("nachmittags", "abends") and hour < 12:
        hour += 12
    if hour > 24 or minute > 59:
        return None
    return f"T{hour:02d}:{minute:02d}"


# -- dates ----------------------------------------------------------------------------
def n_dmynum(m: re.Match[str], ctx: Context) -> Timex | None:
    year = _two_digit_year(m.group("dmynum_y"), ctx.dct)
    value = _day(year, int(m.group("dmynum_m")), int(m.group("dmynum_d")))
    ctx.sentence_year = year
    return Timex(*_span(m), DATE, value) if value else None


def n_iso(m: re.Match[str], ctx: Context) -> Timex | None:
    value = _day(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
    return Timex(*_span(m), DATE, value) if value else None


def n_dmyword(m: re.Match[str], ctx: Context) -> Timex | None:
    month, day = lexicon().months[m.group("dmyword_m")], int(m.group("dmyword_d"))
    value = _day(_year_of(m, "dmyword_y", ctx, month, day), month, day)
    return Timex(*_span(m), DATE, value) if value else None


def n_monthyear(m: re.Match[str], ctx: Context) -> Timex:
    year = int(m.group("monthyear_y"))
    ctx.sentence_year = year
    return Timex(*_span(m), DATE, cal.month_value(year, lexicon().months[m.group("monthyear_m")]))


def n_month(m: re.Match[str], ctx: Context) -> Timex | None:
    start, end = _span(m)
    if not m.group("prep") and not MONTH_CONTEXT.search(ctx.text, max(0, start - 14), start):
        return None
    month = lexicon().months[m.group("month_m")]
    year: int | None = None
    following = FOLLOWING_YEAR.match(ctx.text, end)
    if following:
        year = int(following.group(1))
    elif ctx.sentence_year:
        year = ctx.sentence_year
    elif ctx.dct:
        year = cal.month_year(ctx.dct, month, ctx.tense)
    return Timex(start, end, DATE, cal.month_value(year, month) if year else f"XXXX-{month:02d}")


def n_year(m: re.Match[str], ctx: Context) -> Timex | None:
    year = int(m.group("year_y"))
    start, end = _span(m, "year_det") if m.group("year_det") else _span(m, "year_jahr")
    if not m.group("year_jahr"):
        prep = m.group("prep")
        if _blocked(ctx.text, m.start("year_y")) or CAPITALISED_NEXT.match(ctx.text, end):
            return None
        if year < 1900 and not prep:
            return None
    ctx.sentence_year = year
    return Timex(start, end, DATE, f"{year:04d}")


def _blocked(text: str, start: int) -> bool:
    """Whether the words before a number make it something other than a year ("Paragraf 218")."""
    before = text[max(0, start - 16):start].rstrip()
    return any(before.endswith(word) and (len(before) == len(word) or not before[-len(word) - 1].isalnum())
               for word in lexicon().raw["year_blockers"])


def n_holiday(m: re.Match[str], ctx: Context) -> Timex | None:
    fixed, easter_based = holiday_offsets()
    name = m.group("holiday_h")
    explicit = int(m.group("holiday_y")) if m.group("holiday_y") else None
    year = explicit or (ctx.dct.year if ctx.dct else None)
    if year is None:
        value = f"XXXX-{fixed[name]}" if name in fixed else None
        return Timex(*_span(m), DATE, value)
    day = _holiday_day(name, year, fixed, easter_based)
    if not explicit and ctx.dct:
        day = _holiday_day(name, cal.year_for(ctx.dct, day.month, day.day, ctx.tense), fixed, easter_based)
    return Timex(*_span(m), DATE, day.isoformat())


def _holiday_day(name: str, year: int, fixed: dict[str, str], easter_based: dict[str, int]) -> date:
    if name in fixed:
        month, day = fixed[name].split("-")
        return date(year, int(month), int(day))
    return cal.easter(year) + timedelta(days=easter_based[name])


def n_century(m: re.Match[str], ctx: Context) -> Timex:
    return Timex(*_span(m), DATE, f"{int(m.group('century_c')) - 1:02d}")


def n_decade(m: re.Match[str], ctx: Context) -> Timex:
    four = m.group("decade_y4")
    two = m.group("decade_y2") or m.group("decade_y3")
    value = four[:3] if four else f"19{two[0]}"
    return Timex(*_span(m), DATE, value)


def n_quarter(m: re.Match[str], ctx: Context) -> Timex | None:
    ordinal = m.group("quarter_ord")[0].lower()
    number = {"e": 1, "z": 2, "d": 3, "v": 4}.get(ordinal) or int(ordinal)
    half = not m.group("quarter_unit").startswith("Quartal")
    if half and number > 2:
        return None
    year = m.group("quarter_y") or (str(ctx.dct.year) if ctx.dct else "XXXX")
    return Timex(*_span(m), DATE, f"{year}-{'H' if half else 'Q'}{number}")


def n_season(m: re.Match[str], ctx: Context) -> Timex | None:
    if not (m.group("prep") or m.group("season_det") or m.group("season_y")):
        return None
    code = lexicon().raw["seasons"][m.group("season_s")]
    if m.group("season_y"):
        ctx.sentence_year = int(m.group("season_y"))
        return Timex(*_span(m), DATE, f"{m.group('season_y')}-{code}")
    start_month = lexicon().raw["season_start_month"][code]
    value = cal.season(ctx.dct, code, start_month, ctx.tense) if ctx.dct else f"XXXX-{code}"
    return Timex(*_span(m), DATE, value)
