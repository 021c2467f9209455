"""Normalisers of durations and sets (the times step).

Durations: "drei Jahre" (P3Y), "seit Jahren" (PXY), "mehrmonatige" (PXM), "einem knappen
Monat" (P1M), "20 Jahre alt" (an age, P20Y); "vor drei Jahren" is a date (three years
back), its extent includes "vor". Sets: "täglich" (P1D), "jeden Montag" (XXXX-WXX-1),
"werktags" (XXXX-WXX-WD), "pro Monat" (P1M), "alle zwei Wochen" (P2W).
"""

from __future__ import annotations

import re

from lagebild.enrich.numbers import number_value
from lagebild.enrich.timex_lexicon import lexicon
from lagebild.enrich.timex_relative import BARE_DURATION_PREPS, HALF_UNITS, _part, _period
from lagebild.enrich.timex_rules import DATE, DURATION, SET, Context, Timex, _duration, _span, _time_suffix

#: Units that "vor N ..." turns into a date of that granularity.
AGO_UNITS = frozenset({"Y", "M", "W", "D", "Q", "DE"})
#: Day parts after "jeden": "jeden Morgen", "jeden Abend".
SET_DAY_PARTS = {"Morgen": "TMO", "Abend": "TEV", "Nacht": "TNI"}


def _approx_mod(word: str | None) -> str | None:
    return lexicon().raw["duration_approx"].get(word) if word else None


def _ago_or_duration(m: re.Match[str], ctx: Context, amount: float, unit: str, mod: str | None,
                     first: str | None) -> Timex:
    """ "vor drei Jahren" -> DATE three years back (extent with "vor"); otherwise a DURATION."""
    start, end = _span(m, first)
    if (m.group("prep") or "").lower() == "vor" and unit in AGO_UNITS and float(amount).is_integer():
        return Timex(m.start("prep"), end, DATE, _period(ctx, "M" if unit == "Q" else unit,
                                                         -int(amount) * (3 if unit == "Q" else 1)))
    return Timex(start, end, DURATION, _duration(amount, unit), mod)


def n_durnum(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "drei Jahre", "knapp drei Wochen", "weniger als 200 Tagen", "20 Jahre alt"."""
    amount = number_value(m.group("durnum_n"))
    if amount is None or amount <= 0:
        return None
    unit = lexicon().unit(m.group("durnum_unit"))
    first = "durnum_apx"
    timex = _ago_or_duration(m, ctx, amount, unit, _approx_mod(m.group("durnum_apx")), first)
    if m.group("durnum_alt"):  # an age: the extent ends with the unit
        timex.end = m.end("durnum_unit")
    return timex


def n_durone(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "ein Jahr", "einem knappen Monat", "eines Tages", "ein halbes Jahr" (P6M)."""
    unit = lexicon().unit(m.group("durone_unit"))
    adjective = (m.group("durone_adj") or "").lower()
    amount: float = 1
    if adjective.startswith("halb"):
        unit, amount = HALF_UNITS.get(unit, (unit, 0.5))
    first = "durone_apx" if m.group("durone_apx") else "durone_det"
    mod = _approx_mod(m.group("durone_apx")) or ("LESS_THAN" if adjective.startswith("knapp") else None)
    return _ago_or_duration(m, ctx, amount, unit, mod, first)


def n_durvague(m: re.Match[str], ctx: Context) -> Timex:
    """ "viele Jahre", "wenigen Tagen", "ein paar Wochen" -> PXY, PXD, PXW."""
    unit = lexicon().unit(m.group("durvague_unit"))
    if (m.group("prep") or "").lower() == "vor":
        return Timex(m.start("prep"), m.end("r_durvague"), DATE, "PAST_REF")
    return Timex(*_span(m), DURATION, _duration("X", unit))


def n_duradj(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "mehrmonatige" (PXM), "dreijährige" (P3Y), "80-Jährigen" (an age, P80Y)."""
    head = m.group("duradj_n").rstrip("-")
    amount: float | str | None = "X" if head.lower() == "mehr" else number_value(head.lower())
    if amount is None:
        return None
    suffix = m.group("duradj_unit").lower()
    unit = lexicon().raw["adjective_units"][suffix]
    return Timex(*_span(m), DURATION, _duration(amount, unit))


def n_duradv(m: re.Match[str], ctx: Context) -> Timex:
    """ "jahrelang", "wochenlang" -> PXY, PXW."""
    unit = lexicon().raw["adverb_units"][m.group("duradv_w").lower()]
    return Timex(*_span(m), DURATION, _duration("X", unit))


def n_durbare(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "seit Jahren" (PXY), "nach Wochen" (PXW); "vor Jahren" is the past (PAST_REF)."""
    prep = (m.group("prep") or "").lower()
    if prep not in BARE_DURATION_PREPS:
        return None
    if prep == "vor":
        return Timex(m.start("prep"), m.end("r_durbare"), DATE, "PAST_REF")
    return Timex(*_span(m), DURATION, _duration("X", lexicon().unit(m.group("durbare_unit"))))


# -- sets ------------------------------------------------------------------------------------
def n_setadv(m: re.Match[str], ctx: Context) -> Timex:
    """ "täglich", "wöchentlichen", "jährlich" -> P1D, P1W, P1Y."""
    ctx.anchor_day = "XXXX-XX-XX"
    return Timex(*_span(m), SET, lexicon().raw["set_adverbs"][m.group("setadv_w").lower()])


def n_setday(m: re.Match[str], ctx: Context) -> Timex:
    """ "montags" (XXXX-WXX-1), "werktags" (XXXX-WXX-WD)."""
    ctx.anchor_day = "XXXX-XX-XX"
    return Timex(*_span(m), SET, f"XXXX-WXX-{lexicon().raw['weekday_adverbs'][m.group('setday_w')]}")


def n_setq(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "jeden Montag", "pro Monat", "alle zwei Wochen", "jeden Abend"."""
    lx = lexicon()
    word = m.group("setq_unit")
    amount = number_value(m.group("setq_n")) if m.group("setq_n") else 1
    if amount is None:
        return None
    ctx.anchor_day = "XXXX-XX-XX"
    if word in lx.weekdays:
        value = f"XXXX-WXX-{lx.weekdays[word]}"
    elif word in SET_DAY_PARTS:
        value = "XXXX-XX-XX" + _time_suffix(_part(word))
    elif word == "Wochenende":
        value = "XXXX-WXX-WE"
    else:
        value = _duration(amount, lx.unit(word))
    return Timex(*_span(m), SET, value)
