"""Reporting frames of one sentence: the cue, its speaker and the region that is reported.

Patterns, tried in this order for each sentence:

- ``postposed``: ``<reported>, sagte Maas.`` / ``…, heißt es darin.`` / ``…, so der Minister.`` /
  ``…, wie die Nachrichtenagentur INA meldete.``
- ``preposed``: ``Maas sagte, <reported>`` / ``Der Minister erklärte am Montag: <reported>`` /
  ``Die Regierung hat angekündigt, <reported>`` / ``Darin heißt es, <reported>`` /
  ``Wie die Polizei mitteilte, <reported>``
- ``source``: ``Laut Polizei <reported>`` / ``Nach Angaben des Ministeriums <reported>`` /
  ``Der Polizei zufolge <reported>`` / ``Seiner Meinung nach <reported>`` / ``Demnach <reported>``
- ``anaphoric``: ``Das teilte die Polizei mit.`` / ``Das geht aus einem Bericht hervor.`` (the
  previous sentence is reported)

Cue tokens inside quotation marks are ignored: a quote's own words are not its frame.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.enrich.quotes.knowledge import cue_knowledge
from lagebild.enrich.quotes.speakers import (
    phrase_end,
    source_after,
    span_of,
    speaker_after,
    speaker_before,
)
from lagebild.enrich.quotes.text import Span, Token
from lagebild.enrich.quotes.text import tokens as tokens_of

#: Gap between a reported clause and a postposed cue: a comma, possibly after closing marks.
POSTPOSED_GAP = re.compile(r"^[\"“”»«‘’‹›]?\s*,\s*[\"“”»«‘’‹›]?\s*$|^[\"“”»«‘’‹›]\s*,?\s*$")
#: Gap between a preposed cue and its clause: a comma or a colon.
PREPOSED_GAP = re.compile(r"^\s*[,:]\s*[\"„“”»«‚]?\s*$")
PARTICLES = frozenset("mit an aus ein fest klar hin hinzu bekannt hervor auf vor überzeugt zuversichtlich besorgt".split())
ANAPHORS = frozenset({"das", "dies", "dieses", "so"})
#: Trailing punctuation left out of a reported region.
TRAILING = re.compile(r"[\s.!?:;,]+$")


@dataclass(frozen=True, slots=True)
class Frame:
    """A reporting frame: cue (+ separated particle), speaker, and the reported region (offsets)."""

    cue: Span
    speaker: Span | None
    region: tuple[int, int]
    pattern: str
    particle: Span | None = None


class SentenceView:
    """One sentence: offsets, word tokens, and which tokens are inside quotation marks.

    ``tokens`` and ``quoted`` may be given, or are computed on first use from ``text`` and
    the quoted stretches ``quotes`` ((content_start, content_end) pairs): most sentences of
    an article are never looked at word by word.
    """

    __slots__ = ("start", "end", "paragraph", "_text", "_quotes", "_tokens", "_quoted")

    def __init__(self, start: int, end: int, tokens: list[Token] | None = None, quoted: list[bool] | None = None,
                 paragraph: int = 0, *, text: str = "", quotes: Sequence[tuple[int, int]] = ()) -> None:
        self.start, self.end, self.paragraph = start, end, paragraph
        self._text, self._quotes = text, quotes
        self._tokens, self._quoted = tokens, quoted

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = tokens_of(self._text, self.start, self.end)
        return self._tokens

    @property
    def quoted(self) -> list[bool]:
        """For each token, whether it stands between a pair of quotation marks."""
        if self._quoted is None:
            words = self.tokens
            if not words:
                self._quoted = []
            else:
                first, last = words[0].start, words[-1].end
                spans = [(s, e) for s, e in self._quotes if s < last and e > first]
                self._quoted = [any(s <= w.start and w.end <= e for s, e in spans) for w in words] if spans else [False] * len(words)
        return self._quoted


def trim_region(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` without surrounding space and trailing punctuation."""
    match = TRAILING.search(text, start, end)
    if match and match.start() > start:
        end = match.start()
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _gap(text: str, tokens: Sequence[Token], i: int) -> str:
    return text[tokens[i - 1].end : tokens[i].start]


def _particle(view: SentenceView, verb: int, text: str) -> Span | None:
    """The separated particle of the verb at ``verb`` (``teilte ... mit``) before the clause ends."""
    particles = cue_knowledge().separable.get(view.tokens[verb].lower)
    if not particles:
        return None
    for k in range(verb + 1, min(verb + 14, len(view.tokens))):
        if view.tokens[k].lower in particles and not view.quoted[k]:
            after = text[view.tokens[k].end : view.tokens[k].end + 2]
            if not after or after[0] in ",.;:!?\n" or k == len(view.tokens) - 1:
                return span_of(view.tokens, k, k + 1, text)
        if "," in _gap(text, view.tokens, k):
            break
    return None


def cue_span(tokens: Sequence[Token], k: int, text: str) -> Span:
    """The cue at token ``k``; ``heißt``/``hieß`` take their ``es`` along (``heißt es``)."""
    if tokens[k].lower in ("heißt", "hieß") and k + 1 < len(tokens) and tokens[k + 1].lower == "es":
        return span_of(tokens, k, k + 2, text)
    return span_of(tokens, k, k + 1, text)


def _is_cue(view: SentenceView, k: int, forms: frozenset[str]) -> bool:
    return view.tokens[k].text in forms and not view.quoted[k]


def _speaker_for_verb(view: SentenceView, verb: int, clause_start: int, text: str) -> Span | None:
    """Speaker of a cue verb: the noun phrase before it in its clause, else the one after it."""
    tokens = view.tokens
    if tokens[verb].lower in ("heißt", "hieß") and verb + 1 < len(tokens) and tokens[verb + 1].lower == "es":
        return source_after(tokens, verb + 2, text) or _source_before(view, clause_start, verb, text)
    return speaker_before(tokens, clause_start, verb, text) or speaker_after(tokens, verb + 1, text)


def _source_before(view: SentenceView, clause_start: int, verb: int, text: str) -> Span | None:
    """``In der Erklärung heißt es`` / ``Darin heißt es``: the source before an impersonal cue."""
    return source_after(view.tokens[:verb], clause_start, text)


def postposed(view: SentenceView, text: str) -> Frame | None:
    """``<reported>, sagte X.``, ``…, so X.``, ``…, wie X meldete.``, ``…, heißt es darin.``"""
    knowledge = cue_knowledge()
    tokens = view.tokens
    for k in range(2, len(tokens)):
        if view.quoted[k] or not POSTPOSED_GAP.match(_gap(text, tokens, k)):
            continue
        low = tokens[k].lower
        frame = None
        if tokens[k].text in knowledge.speech_verbs:
            speaker = _speaker_for_verb(view, k, k + 1, text)
            frame = Frame(cue_span(tokens, k, text), speaker, (view.start, tokens[k - 1].end), "postposed",
                          _particle(view, k, text))
        elif low == "so":
            frame = _so_frame(view, k, text)
        elif low == "wie":
            found = _wie_frame(view, k, text, region=(view.start, tokens[k - 1].end))
            frame = found[0] if found else None
        if frame is not None:
            return _with_region(frame, text, view.start, _region_end(text, tokens[k - 1].end, tokens[k].start))
    return None


def _region_end(text: str, left_end: int, right_start: int) -> int:
    """End of a reported region before a postposed cue: after a closing mark, before the comma."""
    gap = text[left_end:right_start]
    return left_end + 1 if gap[:1] in "\"“”»«‘’‹›" else left_end


def _with_region(frame: Frame, text: str, start: int, end: int) -> Frame:
    return Frame(frame.cue, frame.speaker, trim_region(text, start, end), frame.pattern, frame.particle)


def _so_frame(view: SentenceView, k: int, text: str) -> Frame | None:
    """``…, so der Minister.``: a noun phrase that runs (nearly) to the end of the sentence."""
    speaker = speaker_after(view.tokens, k + 1, text)
    if speaker is None:
        return None
    rest = [t for t in view.tokens if t.start >= speaker.end]
    if len(rest) > 4:
        return None
    return Frame(span_of(view.tokens, k, k + 1, text), speaker, (view.start, view.end), "postposed")


def _wie_frame(view: SentenceView, k: int, text: str, region: tuple[int, int]) -> tuple[Frame, int] | None:
    """``wie die Nachrichtenagentur INA meldete``: noun phrase after ``wie``, cue verb at the clause end.

    Returns the frame and the index of the cue verb.
    """
    knowledge = cue_knowledge()
    tokens = view.tokens
    last = k + 1
    while last + 1 < len(tokens) and "," not in _gap(text, tokens, last + 1) and last - k < 14:
        last += 1
    if last >= len(tokens) or tokens[last].text not in knowledge.clause_forms or view.quoted[last]:
        return None
    if tokens[last].lower in ("heißt", "hieß"):
        speaker = source_after(tokens[:last], k + 1, text)
    else:
        speaker = speaker_after(tokens, k + 1, text)
    if speaker is not None and speaker.end > tokens[last].start:
        speaker = None
    return Frame(span_of(tokens, last, last + 1, text), speaker, region, "postposed"), last


def preposed(view: SentenceView, text: str) -> Frame | None:
    """``X sagte(,|:) <reported>``, ``Wie X mitteilte, <reported>``, ``Darin heißt es, <reported>``."""
    knowledge = cue_knowledge()
    tokens = view.tokens
    if tokens and tokens[0].lower == "wie" and not view.quoted[0]:
        found = _wie_frame(view, 0, text, region=(0, 0))
        if found is not None and found[1] + 2 < len(tokens) and "," in _gap(text, tokens, found[1] + 1):
            return _with_region(found[0], text, tokens[found[1] + 1].start, view.end)
    for k in range(len(tokens)):
        if not _is_cue(view, k, knowledge.clause_verbs) or tokens[k].lower in PARTICLES:
            continue
        particle = _particle(view, k, text)
        after = particle_index(tokens, particle) if particle else k
        comma = _clause_comma(view, after + 1, text)
        if comma is None:
            continue
        speaker = _speaker_for_verb(view, k, _clause_start(view, k, text), text)
        frame = Frame(cue_span(tokens, k, text), speaker, (0, 0), "preposed", particle)
        return _with_region(frame, text, tokens[comma].start, view.end)
    return None


def particle_index(tokens: Sequence[Token], particle: Span) -> int:
    return next(i for i, t in enumerate(tokens) if t.start == particle.start)


def _clause_comma(view: SentenceView, k: int, text: str) -> int | None:
    """Index of the first token of the clause after a ``,``/``:`` within a few filler words from ``k``."""
    tokens = view.tokens
    for j in range(k, min(k + 7, len(tokens))):
        if j > 0 and PREPOSED_GAP.match(_gap(text, tokens, j)):
            return j if len(tokens) - j >= 2 else None
        if j > k and view.quoted[j]:
            return None
    return None


def _clause_start(view: SentenceView, verb: int, text: str) -> int:
    """Index of the first token of the clause the verb at ``verb`` stands in."""
    for k in range(verb, 0, -1):
        gap = _gap(text, view.tokens, k)
        if ";" in gap or ":" in gap or ("," in gap and view.tokens[k].lower in ("und", "aber", "doch", "während")):
            return k + (1 if view.tokens[k].lower in ("und", "aber", "doch", "während") else 0)
    return 0


def source(view: SentenceView, text: str) -> Frame | None:
    """``Laut X …``, ``Nach Angaben des X …``, ``X zufolge …``, ``seiner Meinung nach``, ``Demnach …``."""
    knowledge = cue_knowledge()
    match = knowledge.source_before.search(text, view.start, view.end)
    while match is not None and _inside_quote(view, match.start()):
        match = knowledge.source_before.search(text, match.end(), view.end)
    if match is not None:
        return _source_before_frame(view, match, text)
    for k, token in enumerate(view.tokens):
        if view.quoted[k]:
            continue
        if token.lower in knowledge.source_after and k > 0:
            frame = _source_after_frame(view, k, text)
            if frame is not None:
                return frame
        if token.lower in knowledge.source_adverbs and k <= 1:
            cue = span_of(view.tokens, k, k + 1, text)
            return _with_region(Frame(cue, cue, (0, 0), "source"), text, view.tokens[k + 1].start if k + 1 < len(view.tokens) else view.end, view.end)
    return None


def _inside_quote(view: SentenceView, offset: int) -> bool:
    return any(q and t.start <= offset < t.end for t, q in zip(view.tokens, view.quoted))


def _source_before_frame(view: SentenceView, match: re.Match[str], text: str) -> Frame | None:
    tokens = view.tokens
    k = next((i for i, t in enumerate(tokens) if t.start >= match.end()), len(tokens))
    end = phrase_end(tokens, k, text) if k < len(tokens) else None
    cue = Span(match.start(), match.end(), text[match.start() : match.end()])
    speaker = span_of(tokens, k, end, text) if end else None
    after = speaker.end if speaker else cue.end
    return _source_region(view, Frame(cue, speaker, (0, 0), "source"), cue.start, after, text)


def _source_after_frame(view: SentenceView, k: int, text: str) -> Frame | None:
    """``X zufolge`` / ``seiner Meinung nach``: the noun phrase right before the postposition."""
    knowledge = cue_knowledge()
    tokens = view.tokens
    for start in range(max(0, k - 8), k):
        if phrase_end(tokens, start, text) == k:
            if tokens[k].lower == "nach" and tokens[k - 1].text not in knowledge.after_heads:
                return None
            cue = span_of(tokens, k, k + 1, text)
            frame = Frame(cue, span_of(tokens, start, k, text), (0, 0), "source")
            return _source_region(view, frame, tokens[start].start, cue.end, text)
    return None


def _source_region(view: SentenceView, frame: Frame, phrase_start: int, phrase_end_: int, text: str) -> Frame:
    """The reported region beside a source phrase: the rest of the sentence on its longer side."""
    before = text[view.start : phrase_start].strip(" ,")
    if len(before.split()) <= 1:
        return _with_region(frame, text, phrase_end_, view.end)
    if not text[phrase_end_ : view.end].strip(" ,.!?"):
        return _with_region(frame, text, view.start, phrase_start)
    return _with_region(frame, text, view.start, view.end)


def anaphoric(view: SentenceView, previous: SentenceView | None, text: str) -> Frame | None:
    """``Das teilte X mit.`` / ``Das geht aus X hervor.``: the previous sentence is reported."""
    knowledge = cue_knowledge()
    tokens = view.tokens
    if previous is None or previous.paragraph != view.paragraph or len(tokens) < 3:
        return None
    if tokens[0].lower not in ANAPHORS or view.quoted[1]:
        return None
    verb = tokens[1]
    if verb.text in ("geht", "ging") and tokens[2].lower == "aus":
        speaker = speaker_after(tokens, 3, text)
    elif verb.text in knowledge.speech_verbs:
        speaker = speaker_after(tokens, 2, text)
    else:
        return None
    if speaker is None:
        return None
    frame = Frame(span_of(tokens, 1, 2, text), speaker, (0, 0), "anaphoric", _particle(view, 1, text))
    return _with_region(frame, text, previous.start, previous.end)


def find_frame(view: SentenceView, previous: SentenceView | None, text: str) -> Frame | None:
    """The first reporting frame of a sentence (see the module docstring for the order)."""
    if not view.tokens:
        return None
    for finder in (postposed, preposed, source):
        frame = finder(view, text)
        if frame is not None and frame.region[1] > frame.region[0]:
            return frame
    return anaphoric(view, previous, text)
