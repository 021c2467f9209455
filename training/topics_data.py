"""Distant topic labels for FANG-COVID and the held-out slices (shared by training and evaluation).

A `real` FANG-COVID article (tagesspiegel.de, zeit.de, sueddeutsche.de) gets the IPTC
top-level topic its URL section maps to (``knowledge/section_to_iptc.json``, read through
:func:`lagebild.enrich.topics.url_section`); articles from regional, opinion, print-edition
or mixed sections get none and are left out.

Slices (by outlet AND by month, so that the test says something about new outlets and
new news):

- ``train``: tagesspiegel.de and zeit.de, published up to 2020-12;
- ``outlet``: sueddeutsche.de up to 2020-12 (an outlet the model never saw);
- ``month``: tagesspiegel.de and zeit.de from 2021-01 (months the model never saw);
- ``both``: sueddeutsche.de from 2021-01.

Agency copies run in several outlets; a held-out article whose opening (first 200
characters, whitespace folded) is also in ``train`` is dropped from the held-out slices.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from corpora import FANG, fang_records, month

from lagebild.enrich.topics import section_topic, url_section

TRAIN_OUTLETS = frozenset({"tagesspiegel.de", "zeit.de"})
HELD_OUT_OUTLET = "sueddeutsche.de"
FIRST_HELD_OUT_MONTH = "2021-01"
SLICES = ("train", "outlet", "month", "both")


@dataclass(frozen=True, slots=True)
class Example:
    """One distantly labelled article."""

    text: str  # headline, blank line, article (the layout of Article.text)
    label: str  # IPTC id
    section: str
    outlet: str
    month: str


def slice_of(outlet: str, when: str) -> str | None:
    """Which slice an article of ``outlet`` published in ``when`` (YYYY-MM) belongs to."""
    late = when >= FIRST_HELD_OUT_MONTH
    if outlet in TRAIN_OUTLETS:
        return "month" if late else "train"
    if outlet == HELD_OUT_OUTLET:
        return "both" if late else "outlet"
    return None


def _opening(text: str) -> str:
    return re.sub(r"\s+", " ", text[:400]).strip()[:200]


def load(path: Path = FANG) -> dict[str, list[Example]]:
    """The labelled examples of every slice, held-out copies of training articles removed."""
    slices: dict[str, list[Example]] = defaultdict(list)
    for record in fang_records(path, label="real"):
        section = url_section(record["url"])
        label = section_topic(section)
        where = slice_of(record["source"], month(record))
        if label is None or where is None or not record.get("article"):
            continue
        text = f"{record.get('header') or ''}\n\n{record['article']}"
        slices[where].append(Example(text, label, section or "", record["source"], month(record)))
    seen = {_opening(e.text.split("\n\n", 1)[-1]) for e in slices["train"]}
    for name in SLICES[1:]:
        slices[name] = [e for e in slices[name] if _opening(e.text.split("\n\n", 1)[-1]) not in seen]
    return dict(slices)
