"""Normalisers of relative, deictic, duration and set expressions (the times step).

Companion of :mod:`timex_rules` (absolute dates); same signature: match and
:class:`~lagebild.enrich.timex_rules.Context` in, :class:`Timex` list or None out.
"""

from __future__ import annotations

import re
from datetime import timedelta

from lagebild.enrich import timex_calendar as cal
from lagebild.enrich.numbers import number_value
from lagebild.enrich.timex_lexicon import lexicon
from lagebild.enrich.timex_rules import (
    CLOCK_UNITS, DATE, DURATION, PLURAL_UNITS, TIME, TIME_PREPS, Context, Timex, _anchor, _clock, _duration, _shift, _span,
    _time_suffix,
)

REF_VALUES = {1: "FUTURE_REF", -1: "PAST_REF", 0: "PRESENT_REF"}
#: Prepositions after which a bare plural unit is a duration ("seit Jahren").
BARE_DURATION_PREPS = frozenset({"seit", "nach", "für", "über", "vor"})
#: References that need "in" before them: "in Zukunft", "in der Vergangenheit".
NEEDS_IN = frozenset({"Zukunft", "Vergangenheit"})
HALF_UNITS = {"Y": ("M", 6), "M": ("D", 15), "W": ("D", 3.5), "D": ("H", 12), "H": ("M_clock", 30)}


def _period(ctx: Context, unit: str, shift: int) -> str | None:
    return cal.shift_period(ctx.dct, unit, shift) if ctx.dct else None


def _part(word: str) -> str:
    parts = lexicon().raw["day_parts"]
    return parts.get(word) or lexicon().raw["day_part_compounds"][word.lower()]


# -- relative dates ----------------------------------------------------------------------
def n_relative(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "den kommenden Monaten", "vergangene Woche", "diesem Januar", "letzten sieben Tage"."""
    lx = lexicon()
    shift = _shift(m.group("relative_mod"))
    unit_word, number = m.group("relative_unit"), m.group("relative_num")
    span = _span(m)
    if unit_word in lx.units:
        unit = lx.unit(unit_word)
        if number:
            amount = number_value(number)
            return Timex(*span, DURATION, _duration(amount, unit)) if amount else None
        if unit_word in PLURAL_UNITS:
            return Timex(*span, DATE, REF_VALUES[shift])
        if unit in CLOCK_UNITS:  # "der letzten Stunde": a duration of one unit
            return Timex(*span, DURATION, _duration(1, unit))
        return Timex(*span, DATE, _period(ctx, unit, shift))
    if number:
        return None
    if unit_word in lx.weekdays:
        day = cal.weekday(ctx.dct, lx.weekdays[unit_word], ctx.tense, shift) if ctx.dct else None
        value = day.isoformat() if day else f"XXXX-WXX-{lx.weekdays[unit_word]}"
        ctx.anchor_day = value
        return Timex(*span, DATE, value)
    if unit_word in lx.raw["months"]:
        month = lx.raw["months"][unit_word]
        year = cal.month_year(ctx.dct, month, ctx.tense, shift) if ctx.dct else None
        return Timex(*span, DATE, cal.month_value(year, month) if year else f"XXXX-{month:02d}")
    if unit_word in lx.raw["seasons"]:
        code = lx.raw["seasons"][unit_word]
        start = lx.raw["season_start_month"][code]
        return Timex(*span, DATE, cal.season(ctx.dct, code, start, ctx.tense, shift) if ctx.dct else f"XXXX-{code}")
    return Timex(*span, DATE, cal.weekend(ctx.dct, ctx.tense, shift) if ctx.dct else "XXXX-WXX-WE")


def n_partof(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "Anfang des Jahres", "Mitte Juni", "Ende letzten Jahres", "Mitte des 19. Jahrhunderts"."""
    lx = lexicon()
    mod = lx.raw["part_of_period"][m.group("partof_part")]
    span = _span(m)
    if m.group("partof_cent"):
        return Timex(*span, DATE, f"{int(m.group('partof_cent')) - 1:02d}", mod)
    if m.group("partof_dec"):
        dec = m.group("partof_dec")
        return Timex(*span, DATE, dec[:3] if len(dec) == 4 else f"19{dec[0]}", mod)
    if m.group("partof_month"):
        month = lx.months[m.group("partof_month")]
        year = m.group("partof_y")
        if year:
            ctx.sentence_year = int(year)
        resolved = int(year) if year else ctx.sentence_year or (cal.month_year(ctx.dct, month, ctx.tense) if ctx.dct else None)
        return Timex(*span, DATE, cal.month_value(resolved, month) if resolved else f"XXXX-{month:02d}", mod)
    if m.group("partof_y2"):
        ctx.sentence_year = int(m.group("partof_y2"))
        return Timex(*span, DATE, m.group("partof_y2"), mod)
    return _part_of_unit(m, ctx, span, mod)


def _part_of_unit(m: re.Match[str], ctx: Context, span: tuple[int, int], mod: str) -> Timex | None:
    word = m.group("partof_unit")
    shift = _shift(m.group("partof_mod"))
    units = {"Jahres": "Y", "Jahrs": "Y", "Monats": "M", "Woche": "W", "Jahrzehnts": "DE"}
    if word in units:
        return Timex(*span, DATE, _period(ctx, units[word], shift), mod)
    seasons = lexicon().raw["seasons"]
    name = next(s for s in seasons if word.startswith(s))
    code = seasons[name]
    start = lexicon().raw["season_start_month"][code]
    value = cal.season(ctx.dct, code, start, ctx.tense, shift) if ctx.dct else f"XXXX-{code}"
    return Timex(*span, DATE, value, mod)


def n_night(m: re.Match[str], ctx: Context) -> Timex:
    """ "in der Nacht zum Freitag": the night that ends on that day (value ``2020-06-12TNI``)."""
    number = lexicon().weekdays[m.group("night_wd")]
    day = cal.weekday(ctx.dct, number, ctx.tense) if ctx.dct else None
    value = f"{day.isoformat() if day else f'XXXX-WXX-{number}'}TNI"
    return Timex(*_span(m), TIME, value)


def n_weekday(m: re.Match[str], ctx: Context) -> Timex:
    """ "am Donnerstag" (resolved by tense), "an einem Dienstag" (unresolved), "Donnerstagabend"."""
    number = lexicon().weekdays[m.group("weekday_wd")]
    if m.group("weekday_det") or not ctx.dct:
        value = f"XXXX-WXX-{number}"
    else:
        value = cal.weekday(ctx.dct, number, ctx.tense).isoformat()
    ctx.anchor_day = value
    part = m.group("weekday_part") or m.group("weekday_part2")
    if part:
        return Timex(*_span(m), TIME, value + _time_suffix(_part(part)))
    return Timex(*_span(m), DATE, value)


def n_deictic(m: re.Match[str], ctx: Context) -> Timex:
    """ "gestern", "heute", "morgen", "heute Abend"; "bis heute" is the present (PRESENT_REF)."""
    word = m.group("deictic_w").lower()
    part = m.group("deictic_part")
    if word == "heute" and (m.group("prep") or "").lower() == "bis" and not part:
        return Timex(*_span(m), DATE, "PRESENT_REF")
    offset = lexicon().raw["deictic_days"][word]
    value = (ctx.dct + timedelta(days=offset)).isoformat() if ctx.dct else None
    if value:
        ctx.anchor_day = value
    if part:
        return Timex(*_span(m), TIME, value + _time_suffix(_part(part)) if value else None)
    return Timex(*_span(m), DATE, value)


def n_ref(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "derzeit", "jetzt" (PRESENT_REF), "künftig", "in Zukunft" (FUTURE_REF), "einst" (PAST_REF)."""
    raw = lexicon().raw
    word = m.group("ref_w")
    if word in NEEDS_IN and (m.group("prep") or "").lower() != "in":
        return None
    if word.lower() in {w.lower() for w in raw["present_ref"]}:
        return Timex(*_span(m), DATE, "PRESENT_REF")
    return Timex(*_span(m), DATE, "FUTURE_REF" if word in raw["future_ref"] else "PAST_REF")


def n_period(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "Jahresende" (this year, END), "im Vorjahr" (last year), "am Vortag", "am Vorabend"."""
    raw = lexicon().raw
    word = m.group("period_w")
    if word in raw["period_compounds"]:
        unit, mod = raw["period_compounds"][word]
        return Timex(*_span(m), DATE, _period(ctx, unit, 0), mod)
    unit = raw["previous_period"][word]
    if unit == "EV":
        value = (ctx.dct - timedelta(days=1)).isoformat() + "TEV" if ctx.dct else None
        return Timex(*_span(m), TIME, value)
    return Timex(*_span(m), DATE, _period(ctx, unit, -1))


# -- times of day --------------------------------------------------------------------------
def n_clock(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "04:15 Uhr", "um 11 Uhr", "22.30 Uhr", "8 Uhr abends": anchored to the sentence's day."""
    minute = m.group("clock_m") or m.group("clock_m2") or "0"
    clock = _clock(int(m.group("clock_h")), int(minute), m.group("clock_part"))
    mod = "APPROX" if (m.group("prep") or "").lower() == "gegen" else None
    return Timex(*_span(m), TIME, _anchor(ctx) + clock, mod) if clock else None


def n_colon(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "um 14:30" without "Uhr": a time only after a time preposition (else a score or a ratio)."""
    if (m.group("prep") or "").lower() not in TIME_PREPS:
        return None
    clock = _clock(int(m.group("colon_h")), int(m.group("colon_m")))
    return Timex(*_span(m), TIME, _anchor(ctx) + clock) if clock else None


def n_clockrange(m: re.Match[str], ctx: Context) -> list[Timex] | None:
    """ "von 9 bis 17 Uhr": two times."""
    first = _clock(int(m.group("clockrange_h1")), int(m.group("clockrange_m1") or 0))
    second = _clock(int(m.group("clockrange_h2")), int(m.group("clockrange_m2") or 0))
    if not first or not second:
        return None
    day = _anchor(ctx)
    end_first = m.end("clockrange_m1") if m.group("clockrange_m1") else m.end("clockrange_h1")
    return [Timex(m.start("clockrange_h1"), end_first, TIME, day + first),
            Timex(m.start("clockrange_h2"), m.end("r_clockrange"), TIME, day + second)]


def n_daypart(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "am Abend", "in der Nacht", "gegen Mitternacht": a part of the sentence's day."""
    prep = (m.group("prep") or "").lower()
    if prep not in TIME_PREPS or (prep == "in" and not m.group("daypart_det")):
        return None
    mod = "APPROX" if prep == "gegen" else None
    return Timex(*_span(m), TIME, _anchor(ctx) + _time_suffix(_part(m.group("daypart_p"))), mod)


def n_weekend(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "am Wochenende", "übers Wochenende": the weekend the tense points to (``2020-W24-WE``)."""
    if not m.group("prep"):
        return None
    return Timex(*_span(m), DATE, cal.weekend(ctx.dct, ctx.tense) if ctx.dct else "XXXX-WXX-WE")
