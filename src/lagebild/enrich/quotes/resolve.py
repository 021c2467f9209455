"""Speaker resolution: carried speakers, pronouns, role nouns and document anaphors.

Convention: ``speaker`` is the mention at the cue as the text has it ("er", "der
Minister", "darin"); when that mention points back, ``speaker["resolved"]`` holds the
span of the earlier mention it stands for (the nearest compatible earlier speaker, or
for "darin"/"demnach" the nearest earlier document noun phrase). A quote without any cue
in its sentence carries the speaker of the quote right before it (within
``carry_sentences`` sentences); its ``cue`` stays null.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lagebild.enrich.quotes.knowledge import cue_knowledge
from lagebild.enrich.quotes.speakers import document_antecedent, gender, phrase_end, span_of
from lagebild.enrich.quotes.text import Span

if TYPE_CHECKING:
    from lagebild.enrich.quotes.extract import Quote
    from lagebild.enrich.quotes.frames import SentenceView

#: How many sentences back a document anaphor ("darin") looks for its document.
DOCUMENT_WINDOW = 3


def _named(quote: Quote) -> Span | None:
    """The speaker a later pronoun can point to: the resolved one, or a non-pronoun mention."""
    if quote.resolved is not None:
        return quote.resolved
    speaker = quote.speaker
    if speaker is None or speaker.text.lower() in cue_knowledge().pronouns:
        return None
    if speaker.text.lower() in cue_knowledge().anaphoric_documents:
        return None
    return speaker


def _pronoun(quote: Quote, earlier: list[Quote], views: list[SentenceView], text: str) -> Span | None:
    """The nearest earlier named speaker compatible with the pronoun's gender; else the subject before."""
    wanted = set(cue_knowledge().pronouns[quote.speaker.text.lower()])  # type: ignore[union-attr]
    for previous in reversed(earlier):
        named = _named(previous)
        if named is not None and named.start < quote.speaker.start and wanted & gender(named.text):  # type: ignore[union-attr]
            return named
    return _subject_before(quote, views, text, wanted)


def _subject_before(quote: Quote, views: list[SentenceView], text: str, wanted: set[str]) -> Span | None:
    """The noun phrase that opens one of the two sentences before the quote's, if it fits."""
    for index in range(quote.sentence - 1, max(-1, quote.sentence - 3), -1):
        view = views[index]
        end = phrase_end(view.tokens, 0, text) if view.tokens else None
        if end and any(t.capitalised for t in view.tokens[1:end]) | (end == 1):
            span = span_of(view.tokens, 0, end, text)
            if wanted & gender(span.text):
                return span
    return None


def _role(quote: Quote, earlier: list[Quote]) -> Span | None:
    """``der Minister``: the nearest earlier named speaker whose words contain the role noun."""
    words = quote.speaker.text.split()  # type: ignore[union-attr]
    if len(words) != 2 or words[0].lower() not in ("der", "die", "das") or words[1] not in cue_knowledge().role_nouns:
        return None
    role = words[1].lower()
    for previous in reversed(earlier):
        named = _named(previous)
        if named is not None and named != quote.speaker and role in named.text.lower():
            return named
    return None


def _document(quote: Quote, views: list[SentenceView], text: str) -> Span | None:
    """``darin``/``demnach``: the nearest document noun phrase before the mention."""
    first = max(0, quote.sentence - DOCUMENT_WINDOW)
    window = [t for view in views[first : quote.sentence + 1] for t in view.tokens if t.end <= quote.speaker.start]  # type: ignore[union-attr]
    return document_antecedent(window, text)


def resolve_speakers(quotes: list[Quote], views: list[SentenceView], text: str, cfg: dict[str, Any]) -> None:
    """Fill carried speakers and ``resolved`` antecedents, in text order, in place."""
    knowledge = cue_knowledge()
    for index, quote in enumerate(quotes):
        earlier = quotes[:index]
        if quote.speaker is None and quote.cue is None and earlier:
            previous = earlier[-1]
            if quote.sentence - previous.sentence <= cfg["carry_sentences"] and previous.speaker is not None:
                quote.speaker, quote.resolved = previous.speaker, previous.resolved
                continue
        if quote.speaker is None:
            continue
        mention = quote.speaker.text.lower()
        if mention in knowledge.pronouns:
            quote.resolved = _pronoun(quote, earlier, views, text)
        elif mention in knowledge.anaphoric_documents or mention in knowledge.source_adverbs:
            quote.resolved = _document(quote, views, text)
        else:
            quote.resolved = _role(quote, earlier)
