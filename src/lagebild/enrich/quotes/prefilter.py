"""A cheap gate before the per-sentence rules: which sentences can hold a frame or a subjunctive.

Every reporting frame (:func:`~.frames.find_frame`) needs a word of its own in the
sentence: a speech or clause verb, ``geht``/``ging`` (``Das geht aus … hervor``), a source
word (``laut``, ``gemäß``, ``nach``, ``zufolge``, ``demnach``…), or ``so`` after a comma or
closing mark (``…, so der Minister``); ``wie``-frames need a clause verb as well. A
subjunctive sentence (``_subjunctive``) needs a strong subjunctive-I or reportative form.
Sentences without such a word are never tokenised: their frame is None and their
subjunctive test False, exactly as the full rules decide.

The gate is a superset of the rules' own tests: a token equal to a trigger word is a
maximal run of word characters (it starts and ends next to a non-word character), so it
is one of the word-character runs of the lower-cased sentence that are looked up here (lower
case covers the rules' case-sensitive and case-insensitive tests alike; ``str.lower``
keeps offsets and word characters except for U+0130, where every sentence passes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lagebild.enrich.quotes.frames import PARTICLES
from lagebild.enrich.quotes.knowledge import cue_knowledge

#: Closing marks and commas that may stand before a postposed ``so`` (see ``frames.POSTPOSED_GAP``).
SO_GAP_CHARS = ",\"“”»«‘’‹›"


@lru_cache(maxsize=1)
def strong_subjunctive() -> frozenset[str]:
    """Subjunctive-I forms that mark indirect speech on their own (the weak ones excluded)."""
    knowledge = cue_knowledge()
    return knowledge.subjunctive - knowledge.weak_subjunctive


#: A run of word characters (every trigger token is one).
WORD_RUN = re.compile(r"\w+")
#: ``so`` after a comma or a closing mark, as ``postposed`` needs it.
SO_AFTER_GAP = re.compile(rf"[{re.escape(SO_GAP_CHARS)}]\s*so(?!\w)")


@dataclass(frozen=True, slots=True)
class Triggers:
    """Word sets of the gate (see the module docstring)."""

    frame_exact: frozenset[str]  # cue verbs, as the rules compare them (case-sensitive)
    frame_lower: frozenset[str]  # source words the rules compare lower-cased ("zufolge", "demnach"...)
    source_first: frozenset[str]  # first words of the "Laut X"/"Nach Angaben" phrases, lower-cased
    after_heads: frozenset[str]  # nouns before a postposed "nach" ("seiner Meinung nach"), lower-cased
    subjunctive_exact: frozenset[str]  # strong subjunctive-I and reportative forms (case-sensitive)
    any_exact_lower: frozenset[str]  # the case-sensitive words lower-cased: a first cheap test


@lru_cache(maxsize=1)
def triggers() -> Triggers:
    """The gate's word sets, from the quote-cue knowledge."""
    knowledge = cue_knowledge()
    frame_exact = set(knowledge.speech_verbs) | {w for w in knowledge.clause_verbs if w.lower() not in PARTICLES}
    frame_exact |= {"geht", "ging"}
    source_after = {w for w in knowledge.source_after if w != "nach"}  # "nach" needs an after-head noun
    frame_lower = source_after | set(knowledge.source_adverbs)
    subjunctive_exact = set(strong_subjunctive()) | set(knowledge.reportative)
    words = (*frame_exact, *frame_lower, *subjunctive_exact, *knowledge.source_before_first, *knowledge.after_heads)
    for word in words:
        if not re.fullmatch(r"\w+", word):  # the superset argument needs plain words
            raise ValueError(f"quote trigger word {word!r} is not a plain word")
    return Triggers(
        frame_exact=frozenset(frame_exact),
        frame_lower=frozenset(w.lower() for w in frame_lower),
        source_first=frozenset(w.lower() for w in knowledge.source_before_first),
        after_heads=frozenset(w.lower() for w in knowledge.after_heads),
        subjunctive_exact=frozenset(subjunctive_exact),
        any_exact_lower=frozenset(w.lower() for w in (*frame_exact, *subjunctive_exact)),
    )


def flagged_sentences(text: str, spans: list[tuple[int, int]]) -> tuple[set[int], set[int]]:
    """(sentences that may hold a frame, sentences that may be subjunctive), as indices into ``spans``."""
    lowered = text.lower()
    if len(lowered) != len(text):  # U+0130: offsets would shift, so every sentence passes
        every = set(range(len(spans)))
        return every, set(every)
    gate = triggers()
    source_before = cue_knowledge().source_before
    frames: set[int] = set()
    subjunctive: set[int] = set()
    findall = WORD_RUN.findall
    for index, (start, end) in enumerate(spans):
        words = findall(lowered, start, end)
        if not gate.any_exact_lower.isdisjoint(words):
            exact = findall(text, start, end)
            if not gate.subjunctive_exact.isdisjoint(exact):
                subjunctive.add(index)
            if not gate.frame_exact.isdisjoint(exact):
                frames.add(index)
                continue
        if (not gate.frame_lower.isdisjoint(words)
                or ("so" in words and SO_AFTER_GAP.search(lowered, start, end))
                or ("nach" in words and not gate.after_heads.isdisjoint(words))
                or (not gate.source_first.isdisjoint(words) and source_before.search(text, start, end))):
            frames.add(index)
    return frames, subjunctive
