"""The quote-cue knowledge (``lagebild/knowledge/quote_cues.json``), loaded once on first use."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

DATA_FILE = "quote_cues.json"


@dataclass(frozen=True, slots=True)
class CueKnowledge:
    """Word sets and patterns the quote rules look words up in."""

    speech_verbs: frozenset[str]
    clause_forms: frozenset[str]
    clause_verbs: frozenset[str]
    separable: dict[str, tuple[str, ...]]
    impersonal: re.Pattern[str]
    source_before: re.Pattern[str]
    source_before_first: frozenset[str]
    source_after: frozenset[str]
    after_heads: frozenset[str]
    source_adverbs: frozenset[str]
    anaphoric_documents: frozenset[str]
    document_nouns: frozenset[str]
    pronouns: dict[str, tuple[str, ...]]
    role_nouns: frozenset[str]
    subjunctive: frozenset[str]
    weak_subjunctive: frozenset[str]
    reportative: frozenset[str]
    subjunctive_exclusions: re.Pattern[str]
    stop_words: frozenset[str]


def _alternation(phrases: list[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@lru_cache(maxsize=1)
def cue_knowledge() -> CueKnowledge:
    """The parsed knowledge file."""
    raw = resources.files("lagebild.knowledge").joinpath(DATA_FILE).read_text(encoding="utf-8")
    data = json.loads(raw)
    verbs = data["speech_verbs"]
    sources = data["source_prepositions"]
    subj = data["subjunctive"]
    separable = {k: tuple(v) for k, v in data["separable_verbs"].items() if k != "about"}
    pronouns = {k: tuple(v) for k, v in data["pronouns"].items() if k != "about"}
    return CueKnowledge(
        speech_verbs=frozenset(verbs["forms"]) | frozenset(verbs["clause_forms"]),
        clause_forms=frozenset(verbs["clause_forms"]),
        clause_verbs=frozenset(data["clause_verbs"]["forms"]),
        separable=separable,
        impersonal=re.compile(rf"\b(?:{_alternation(data['impersonal_cues']['forms'])})\b", re.IGNORECASE),
        source_before=re.compile(rf"(?<![\w-])(?:{_alternation(sources['before'])})\b", re.IGNORECASE),
        source_before_first=frozenset(phrase.split()[0] for phrase in sources["before"]),
        source_after=frozenset(sources["after"]),
        after_heads=frozenset(sources["after_heads"]["forms"]),
        source_adverbs=frozenset(sources["adverbs"]),
        anaphoric_documents=frozenset(data["anaphoric_sources"]["document"]),
        document_nouns=frozenset(data["document_nouns"]),
        pronouns=pronouns,
        role_nouns=frozenset(data["role_nouns"]),
        subjunctive=frozenset(subj["forms"]),
        weak_subjunctive=frozenset(subj["weak_forms"]["forms"]),
        reportative=frozenset(subj["reportative"]["forms"]),
        subjunctive_exclusions=re.compile(rf"\b(?:{_alternation(subj['exclusions'])})\b", re.IGNORECASE),
        stop_words=frozenset(data["speaker_stop_words"]["forms"]),
    )
