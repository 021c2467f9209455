"""The news-agency list (``agencies.json``): canonical short names, aliases, full names.

Knowledge is data: the list lives in the JSON file beside this module and is read
once, on first use, never at import.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

DATA_FILE = "agencies.json"


@dataclass(slots=True, frozen=True)
class Agency:
    """One news agency: the short name lagebild outputs, its full name and its aliases."""

    name: str
    full_name: str
    country: str | None
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def load_agencies() -> tuple[Agency, ...]:
    """All agencies of the data file, in file order (loaded once)."""
    raw = resources.files("lagebild.knowledge").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return tuple(_agency(entry) for entry in json.loads(raw)["agencies"])


@lru_cache(maxsize=1)
def alias_index() -> dict[str, str]:
    """Lower-cased alias (and canonical name) -> canonical short name."""
    index: dict[str, str] = {}
    for agency in load_agencies():
        for alias in (agency.name, *agency.aliases):
            index.setdefault(alias.casefold(), agency.name)
    return index


def _agency(entry: dict) -> Agency:
    return Agency(
        name=entry["name"],
        full_name=entry.get("full_name") or entry["name"],
        country=entry.get("country"),
        aliases=tuple(entry.get("aliases") or ()),
    )
