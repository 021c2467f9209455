"""Alignment of two versions of a text: what the later one added, removed or changed.

Texts are split into sentences and aligned with :class:`difflib.SequenceMatcher`
(Ratcliff/Obershelp); a replaced run of sentences is a *change*. The *share* of a text
taken from the other is the fraction of its words inside word-level matching blocks.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import asdict, dataclass, field
from typing import Any

SENTENCE_END = re.compile(r"(?<=[.!?\"“”])\s+(?=[A-ZÄÖÜ„\"0-9])|\n+")
WORD = re.compile(r"\S+")
#: Matching word runs shorter than this do not count as shared text.
MIN_SHARED_WORDS = 3


@dataclass(slots=True)
class Diff:
    """How ``b`` differs from ``a``; shares are fractions of each text's words found in the other."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[tuple[str, str]] = field(default_factory=list)
    share_a: float = 0.0
    share_b: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["changed"] = [list(pair) for pair in self.changed]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Diff:
        return cls(
            added=list(data.get("added", [])),
            removed=list(data.get("removed", [])),
            changed=[(a, b) for a, b in data.get("changed", [])],
            share_a=float(data.get("share_a", 0.0)),
            share_b=float(data.get("share_b", 0.0)),
        )


def sentences(text: str) -> list[str]:
    """The sentences (and paragraph lines) of ``text``, stripped, empty ones dropped."""
    return [s.strip() for s in SENTENCE_END.split(text) if s and s.strip()]


def shares(a: str, b: str) -> tuple[float, float]:
    """Fractions of the words of ``a`` and of ``b`` that lie in shared runs of words."""
    words_a, words_b = WORD.findall(a), WORD.findall(b)
    if not words_a or not words_b:
        return 0.0, 0.0
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    shared = sum(m.size for m in matcher.get_matching_blocks() if m.size >= MIN_SHARED_WORDS)
    return round(shared / len(words_a), 4), round(shared / len(words_b), 4)


def diff(a: str, b: str) -> Diff:
    """Sentence alignment of ``b`` against ``a`` plus word-level shares."""
    sa, sb = sentences(a), sentences(b)
    result = Diff()
    matcher = difflib.SequenceMatcher(None, sa, sb, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "insert":
            result.added.extend(sb[j1:j2])
        elif op == "delete":
            result.removed.extend(sa[i1:i2])
        elif op == "replace":
            _replace(result, sa[i1:i2], sb[j1:j2])
    result.share_a, result.share_b = shares(a, b)
    return result


def _replace(result: Diff, old: list[str], new: list[str]) -> None:
    """Pair replaced sentences that resemble each other as changes; the rest are added/removed."""
    unmatched_new = list(new)
    for sentence in old:
        match = max(unmatched_new, key=lambda s: _ratio(sentence, s), default=None)
        if match is not None and _ratio(sentence, match) >= 0.5:
            result.changed.append((sentence, match))
            unmatched_new.remove(match)
        else:
            result.removed.append(sentence)
    result.added.extend(unmatched_new)


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()
