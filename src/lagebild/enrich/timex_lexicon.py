"""The German temporal lexicon (``knowledge/timex_de.json``), loaded once, with regex fragments.

Knowledge is data: month and weekday names, holidays, day parts, units, tense cues
live in the JSON file; this module only turns them into lookups and alternations.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from lagebild.enrich.numbers import alternation

DATA_FILE = "timex_de.json"


@dataclass(frozen=True, slots=True)
class TimexLexicon:
    """Lookups (name -> value) and alternations (regex fragments) of the temporal lexicon."""

    raw: dict[str, Any]
    months: dict[str, int]
    weekdays: dict[str, int]
    units: dict[str, str]

    def alt(self, key: str) -> str:
        """A regex alternation of the keys (or items) of lexicon entry ``key``."""
        return alternation(self.raw[key])

    def unit(self, word: str) -> str:
        """The TIMEX3 unit letter of a unit noun ("Jahren" -> "Y")."""
        return self.units[word]


@lru_cache(maxsize=1)
def lexicon() -> TimexLexicon:
    """The temporal lexicon of the package (loaded once)."""
    raw = json.loads(resources.files("lagebild.knowledge").joinpath(DATA_FILE).read_text(encoding="utf-8"))
    return TimexLexicon(
        raw=raw,
        months={**raw["months"], **raw["month_abbreviations"]},
        weekdays=raw["weekdays"],
        units=raw["units"],
    )


def holiday_offsets() -> tuple[dict[str, str], dict[str, int]]:
    """Fixed holidays (name -> "MM-DD") and Easter-relative ones (name -> days from Easter Sunday)."""
    raw = lexicon().raw
    return raw["holidays_fixed"], raw["holidays_easter"]
