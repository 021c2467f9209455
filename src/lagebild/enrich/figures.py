"""The ``figures`` step: numbers, what they count and how exact they are.

"rund 5.000 US-Soldaten" -> ``{value: 5000, approx: true, unit: "US-Soldaten", qualifier: "about"}``.
Conventions (beyond the Article contract ``{start, end, text, value, approx, unit}``):

- ``qualifier`` (only when there is one): ``about`` (rund, etwa, ca.), ``almost`` (knapp,
  fast), ``more_than`` (mehr als, über, gut), ``less_than`` (weniger als, unter),
  ``at_least`` (mindestens), ``at_most`` (höchstens, bis zu), ``range``, ``vague``.
  Every qualified figure is ``approx``.
- **Ranges** ("zwischen 10 und 20", "10 bis 20", "10-20"): ``low`` and ``high`` keys, ``value``
  is their midpoint, qualifier ``range``.
- **Vague plurals** ("Dutzende", "Hunderte", "Tausende"): the smallest amount they can mean
  (two dozens = 24, 200, 2000), qualifier ``vague``; "ein Dutzend" is 12.
- **Fractions** ("ein Drittel", "zwei Drittel", "die Hälfte") are ratios (0.333..., 0.5); their
  unit is the genitive noun when there is one ("ein Drittel der Befragten" -> "Befragten").
- **Unit** is the noun right after the number (adjectives skipped, compounds whole:
  "US-Soldaten", "Corona-Infektionen"); "%" is "Prozent", "€" "Euro"; None when no noun follows.
- **Not figures**: dates, times of day and years ("12.06.2020", "04:15 Uhr", "2020"), durations
  (a time unit after the number belongs to the times step), ordinals ("der 3. Platz", "20. April"),
  numbers inside names ("Covid-19", "G7", "Windows 10", "Paragraf 218", "Platz 3", "80-Jährige").
  When the times step ran first, its spans are left out too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Sequence
from typing import Any

from lagebild.article import Article
from lagebild.enrich.numbers import (
    NUMERAL, alternation, head_windows, lexicon, literal_heads, number_value, scale_value,
)
from lagebild.pipeline import Step, step_config

#: Default configuration of the figures step.
DEFAULT_CONFIG: dict[str, Any] = {
    "use_times": True,  # leave out spans the times step found, when it ran before
    "years": (1900, 2099),  # a bare four-digit number in this range without a unit is a year, not a figure
}

#: How far a figure reaches around its number: "deutlich mehr als 200 ... neue Corona-Infektionen".
WORDS_BEFORE_HEAD, CHARS_AFTER_HEAD = 3, 60
WORD_END = r"(?![\wäöüÄÖÜß]|-[\wäöüÄÖÜß]|[.,]\d)"
NOUN = r"[A-ZÄÖÜ][\wäöüÄÖÜß]*(?:-[\wäöüÄÖÜß]+)*"
ADJECTIVES = r"(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}"
#: Dates, times and day-month forms: never figures, whatever else matches there.
NOT_FIGURES = re.compile(
    r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?!\d)"  # 12.06.2020, 12.06.
    r"|(?<![\d.,])\d{1,2}[:.]\d{2}\s*Uhr|(?<![\d:])\d{1,2}:\d{2}(?![\d:])"  # 04:15 Uhr, 22.30 Uhr, 14:30
    r"|(?<![\d.,])\d{1,2}\s*(?:bis|-|–)?\s*\d{0,2}\s*Uhr"  # 11 Uhr, 9 bis 17 Uhr
    r"|\d+\s*:\s*\d+"  # scores and ratios: 2:1
    r"|\b(?:[Dd]e[rmns]|[Dd]ie|[Dd]as|am|im|zum|zur|vom|beim)\s+\d+\.(?=\s)"  # ordinals: der 3. Platz
    r"|\d+\.(?=\s+(?:[a-zäöüß]|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember))"
)


def _first_words() -> str:
    """A trie of the ways a figure can begin: a cheap gate before the full regex."""
    lx = lexicon()
    words = [*lx.raw["qualifiers"], "zwischen", "von", "ein", "die", *lx.words, "hundert", "tausend",
             *lx.fractions, *lx.vague, *lx.halves]
    return literal_heads(words)


@lru_cache(maxsize=1)
def figure_pattern() -> re.Pattern[str]:
    """The one regex of the figures step (built from the number lexicon once)."""
    lx = lexicon()
    raw = lx.raw
    word = lx.word_pattern
    number = rf"(?:{NUMERAL})(?:\s*(?:{lx.scale_pattern})(?!\w))?|(?:{word}){WORD_END}(?:\s+(?:{lx.scale_pattern})(?!\w))?"
    return re.compile(
        rf"(?<![\wäöüÄÖÜß.,:/§-])(?={_first_words()})(?:(?P<qual>{alternation(raw['qualifiers'])})\s+)?(?:"
        rf"zwischen\s+(?P<lo1>{number})\s+und\s+(?P<hi1>{number})"
        rf"|(?:von\s+)?(?P<lo2>{number})\s*(?:bis|-|–)\s*(?P<hi2>{number})"
        rf"|(?P<fracn>{NUMERAL}|{word}|[Ee]ine?|[Dd]ie)\s+(?P<frac>{alternation(lx.fractions)})"
        rf"|(?P<dozen>[Ee]in\s+Dutzend)"
        rf"|(?P<vague>{alternation(lx.vague)})(?=\s+(?:von\s+)?[A-ZÄÖÜa-zäöü])"
        rf"|(?P<one>[Ee]ine?)\s+(?P<onescale>Million|Milliarde|Billion)"
        rf"|(?P<num>{number})"
        rf"){WORD_END}(?P<sym>\s?(?:{alternation(raw['unit_symbols'])}))?"
        rf"(?:\s+(?:(?P<gen>{alternation(raw['genitive_articles'])}|von)\s+)?{ADJECTIVES}(?P<unit>{NOUN}))?"
    )


@lru_cache(maxsize=1)
def _sets() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    raw = lexicon().raw
    return frozenset(raw["blockers_before"]), frozenset(raw["time_unit_nouns"]), raw["qualifiers"]


def _value(text: str) -> float | None:
    """Value of a number with an optional scale word: "1,5 Mio." -> 1500000."""
    parts = text.split()
    scale = 1
    if len(parts) > 1 or not text[-1:].isdigit() and text[:1].isdigit():
        match = re.match(rf"(.*?)\s*({lexicon().scale_pattern})$", text)
        if match:
            text, scale = match.group(1), scale_value(match.group(2))
    base = number_value(text.strip())
    if base is None:
        return None
    value = base * scale
    return int(value) if float(value).is_integer() else value


def _blocked(text: str, start: int, blockers: frozenset[str]) -> bool:
    before = text[max(0, start - 20):start].split()
    return bool(before) and (before[-1] in blockers or " ".join(before[-2:]) in blockers)


def _core(m: re.Match[str]) -> tuple[float | None, dict[str, Any]]:
    """The value of the matched number and extra keys (qualifier, low, high)."""
    lx = lexicon()
    if m.group("lo1") or m.group("lo2"):
        low, high = _value(m.group("lo1") or m.group("lo2")), _value(m.group("hi1") or m.group("hi2"))
        if low is None or high is None or high <= low:
            return None, {}
        mid = (low + high) / 2
        return (int(mid) if float(mid).is_integer() else mid), {"low": low, "high": high, "qualifier": "range"}
    if m.group("frac"):
        head = m.group("fracn").lower()
        count = 1 if head in ("ein", "eine", "die") else number_value(head)
        return (None if count is None else round(count / lx.fractions[m.group("frac")], 6)), {}
    if m.group("dozen"):
        return 12, {}
    if m.group("vague"):
        return 2 * lx.vague[m.group("vague")], {"qualifier": "vague"}
    if m.group("one"):
        return scale_value(m.group("onescale")), {}
    return _value(m.group("num")), {}


def _unit(m: re.Match[str]) -> str | None:
    symbol = (m.group("sym") or "").strip()
    if symbol:
        return lexicon().raw["unit_symbols"][symbol]
    if m.group("gen") and not (m.group("frac") or m.group("vague")):
        return None
    return m.group("unit")


def _is_year(m: re.Match[str], unit: str | None, years: tuple[int, int]) -> bool:
    number = m.group("num") or ""
    return (unit is None and not m.group("qual") and number.isdigit() and len(number) == 4
            and years[0] <= int(number) <= years[1])


@lru_cache(maxsize=1)
def head_pattern() -> re.Pattern[str]:
    """A fast scan for what every figure contains: a digit, a number word, a fraction, "Dutzende"..."""
    lx = lexicon()
    words = [*lx.words, "hundert", "tausend", *lx.scales, *lx.fractions, *lx.vague, *lx.raw["dozen"]]
    return re.compile(literal_heads(w for w in words if not w.startswith("ein")))


def find_figures(text: str, *, skip: Sequence[tuple[int, int]] = (),
                 years: tuple[int, int] = (1900, 2099)) -> list[dict[str, Any]]:
    """The figures of ``text`` as ``{start, end, text, value, approx, unit[, qualifier, low, high]}`` dicts."""
    blockers, time_units, qualifiers = _sets()
    pattern = figure_pattern()
    found: list[dict[str, Any]] = []
    for start, end in head_windows(text, head_pattern(), WORDS_BEFORE_HEAD, CHARS_AFTER_HEAD):
        excluded: list[tuple[int, int]] | None = None  # found on first need: most windows hold no figure
        for m in pattern.finditer(text, start, end):
            figure = _figure(text, m, blockers, time_units, qualifiers, years)
            if not figure:
                continue
            if excluded is None:
                excluded = [(m.start(), m.end()) for m in NOT_FIGURES.finditer(text, max(0, start - 12), end)]
                excluded.extend(skip)
            if not any(s < figure["end"] and figure["start"] < e for s, e in excluded):
                found.append(figure)
    return found


def _figure(text: str, m: re.Match[str], blockers: frozenset[str], time_units: frozenset[str],
            qualifiers: dict[str, str], years: tuple[int, int]) -> dict[str, Any] | None:
    value, extra = _core(m)
    unit = _unit(m)
    if value is None or unit in time_units or _blocked(text, m.start(), blockers) or _is_year(m, unit, years):
        return None
    end = m.end("unit") if unit and m.group("unit") and not m.group("sym") else m.end("sym") if m.group("sym") else _number_end(m)
    if m.group("gen") and not unit:
        end = _number_end(m)
    qualifier = qualifiers.get(m.group("qual")) if m.group("qual") else None
    qualifier = qualifier or extra.pop("qualifier", None)
    extra.pop("qualifier", None)
    figure: dict[str, Any] = {"start": m.start(), "end": end, "text": text[m.start():end], "value": value,
                              "approx": qualifier is not None, "unit": unit}
    if qualifier:
        figure["qualifier"] = qualifier
    figure.update(extra)
    return figure


def _number_end(m: re.Match[str]) -> int:
    for group in ("hi1", "hi2", "frac", "dozen", "vague", "onescale", "num"):
        if m.group(group):
            return m.end(group)
    return m.end()


def make_figures_step(**config: Any) -> Step:
    """Make the ``figures`` step; ``config`` overrides :data:`DEFAULT_CONFIG`."""
    cfg = step_config("figures", DEFAULT_CONFIG, config)
    figure_pattern(), head_pattern()  # compile once, when the step is made

    def figures(article: Article) -> Article:
        skip = [(t["start"], t["end"]) for t in article.times] if cfg["use_times"] else []
        article.figures = find_figures(article.text, skip=skip, years=tuple(cfg["years"]))
        return article

    return Step("figures", figures, requires=("text",), assigns=("figures",), config=cfg)
