"""Disagreements: where the articles of one story state different facts.

A *kind* of disagreement is a function ``list[Article] -> list[Disagreement]`` registered in
:data:`KINDS` under a name. The first kind is ``figures``: numbers attached to the same
(normalised) unit -- "rund 5.000 US-Soldaten" in one outlet against "5.200 US-Soldaten" in
another. Entities, times and quotes can add kinds the same way (:func:`register`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from lagebild.article import Article
from lagebild.store.analysis import PIECE_RE, term

#: Units too generic to compare by themselves ("5 Prozent" of what?).
GENERIC_UNITS = frozenset(term(w) for w in "Prozent Euro Dollar Mal Menschen Personen Jahre Tage Stunden Wochen Monate".split())
#: Two values disagree only when they are of one magnitude (3 vs 5,000 soldiers are two facts).
MAX_RATIO = 3.0


@dataclass(slots=True)
class Claim:
    """One article's statement of a value."""

    article_id: str
    outlet: str | None
    text: str
    value: float
    approx: bool


@dataclass(slots=True)
class Disagreement:
    """Different values for one subject across the articles of a story."""

    kind: str
    subject: str
    claims: list[Claim] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "subject": self.subject, "claims": [asdict(c) for c in self.claims]}


Kind = Callable[[list[Article]], list[Disagreement]]
KINDS: dict[str, Kind] = {}


def register(name: str) -> Callable[[Kind], Kind]:
    """Decorator: add a kind of disagreement under ``name``."""

    def wrap(func: Kind) -> Kind:
        KINDS[name] = func
        return func

    return wrap


def find_disagreements(articles: list[Article], kinds: Iterable[str] | None = None) -> list[Disagreement]:
    """Disagreements of every (or the named) kind among ``articles``."""
    found: list[Disagreement] = []
    for name in kinds or KINDS:
        found.extend(KINDS[name](articles))
    return found


def unit_key(unit: str | None) -> str | None:
    """The normalised unit: its terms, joined ("US-Soldaten" -> "us soldat"); None for generic units."""
    if not unit:
        return None
    terms = [term(p) for p in PIECE_RE.findall(unit)]
    key = " ".join(t for t in terms if t)
    return None if not key or key in GENERIC_UNITS else key


@register("figures")
def figure_disagreements(articles: list[Article]) -> list[Disagreement]:
    """Figures with the same unit whose values differ between outlets (within :data:`MAX_RATIO`)."""
    by_unit: dict[str, list[Claim]] = defaultdict(list)
    for article in articles:
        for figure in article.figures or []:
            key = unit_key(figure.get("unit"))
            value = figure.get("value")
            if key is None or not isinstance(value, (int, float)) or value <= 0:
                continue
            by_unit[key].append(
                Claim(article.id or "", article.outlet, figure.get("text", ""), float(value), bool(figure.get("approx")))
            )
    return [Disagreement("figures", unit, claims) for unit, claims in sorted(by_unit.items()) if _disagree(claims)]


def _disagree(claims: list[Claim]) -> bool:
    """Whether two outlets (or articles, when outlets are unknown) give different values of one magnitude."""
    for i, first in enumerate(claims):
        for second in claims[i + 1 :]:
            same_source = first.outlet == second.outlet if first.outlet and second.outlet else first.article_id == second.article_id
            if same_source or first.value == second.value:
                continue
            low, high = sorted((first.value, second.value))
            if high / low <= MAX_RATIO:
                return True
    return False
