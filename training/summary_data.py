"""Summary test items: a text to summarise, its headline and a reference (shared by tuning and evaluation).

- **FANG-COVID** (`real` outlets): the reference is the article's lead paragraph (its first
  line: zeit.de's teaser; at tagesspiegel.de and sueddeutsche.de the teaser, sometimes with
  the first paragraph glued on); the text to summarise is the rest, the body without its
  lead. Slices as for topics: ``tune`` = tagesspiegel.de and zeit.de up to 2020-12 (weights
  are tuned here), ``heldout`` = sueddeutsche.de, and tagesspiegel.de/zeit.de from 2021-01.
- **teasers_zeitgeist** (tagesschau.de items; zeit.de items there have no body): an item's
  ``content`` is the teaser followed by the first paragraphs of the article. The boundary is
  not marked; the teaser is taken as the text before an author line ("Von Anna Muster, NDR")
  when there is one, else the first two sentences (tagesschau.de teasers are mostly two),
  three when the third is short (under 9 words: a teaser's punchline).
  Liveblogs are left out.

Items need a reference of at least 8 words and a text of at least 4 sentences.
Articles are taken at a fixed stride, so the sample is the same on every run.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from corpora import FANG, TEASERS, fang_records, month

from lagebild.enrich.quotes.text import sentences

FIRST_HELD_OUT_MONTH = "2021-01"
TRAIN_OUTLETS = frozenset({"tagesspiegel.de", "zeit.de"})
AUTHOR_LINE = re.compile(r"\s*Von [A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+){0,3}(?:,\s*[A-Za-zÄÖÜ./ ]{2,25}?)?[.:]?(?=[A-ZÄÖÜ\"„])")
MIN_REFERENCE_WORDS = 8
MIN_SENTENCES = 4
SHORT_SENTENCE_WORDS = 9


@dataclass(frozen=True, slots=True)
class Item:
    """A text to summarise, its headline and the reference summary."""

    text: str
    headline: str
    reference: str
    source: str


def _long_enough(text: str, reference: str) -> bool:
    return len(reference.split()) >= MIN_REFERENCE_WORDS and len(sentences(text, 0, len(text))) >= MIN_SENTENCES


def fang_items(slice_name: str, limit: int, path: Path = FANG, stride: int = 7) -> list[Item]:
    """Up to ``limit`` FANG items of ``slice_name`` ("tune" or "heldout"), every ``stride``-th article."""
    found: list[Item] = []
    seen = 0
    for record in fang_records(path, label="real"):
        held_out = record["source"] not in TRAIN_OUTLETS or month(record) >= FIRST_HELD_OUT_MONTH
        if held_out != (slice_name == "heldout"):
            continue
        seen += 1
        if seen % stride:
            continue
        lead, _, body = (record.get("article") or "").strip().partition("\n")
        if _long_enough(body.strip(), lead):
            found.append(Item(body.strip(), record.get("header") or "", lead.strip(), record["source"]))
            if len(found) == limit:
                break
    return found


def split_teaser(content: str) -> tuple[str, str]:
    """(teaser, rest) of a tagesschau.de ``content``: at an author line, else after two sentences."""
    content = content.strip()
    spans = sentences(content, 0, len(content))
    author = AUTHOR_LINE.search(content)
    if author and author.start() < len(content) // 2:
        return content[: author.start()].strip(), content[author.end() :].strip()
    if len(spans) < 3:
        return content, ""
    count = 2
    if len(spans) > 3 and len(content[spans[2][0] : spans[2][1]].split()) < SHORT_SENTENCE_WORDS:
        count = 3  # a short third sentence is the teaser's punchline ("China weist die Vorwürfe zurück.")
    cut = spans[count][0]
    return content[:cut].strip(), content[cut:].strip()


def teaser_items(path: Path = TEASERS) -> list[Item]:
    """tagesschau.de items of teasers_zeitgeist: teaser as reference, the paragraphs after it as text."""
    found = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            url = item.get("url") or ""
            if "tagesschau.de" not in url or "liveblog" in url:
                continue
            teaser, rest = split_teaser(item.get("content") or "")
            if rest and _long_enough(rest, teaser):
                found.append(Item(rest, item.get("title") or "", teaser, "tagesschau.de"))
    return found
