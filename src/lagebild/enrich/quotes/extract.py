"""Quote extraction: direct quotes from quotation marks, indirect speech from frames and subjunctive.

Order of work on one text: pair quotation marks, split sentences, find one reporting
frame per sentence (:mod:`frames`), accept quoted stretches that are quotes (not scare
quotes, titles or names), turn frames and subjunctive sentences into indirect quotes,
then resolve pronoun, role-noun and "darin" speakers against earlier ones.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from lagebild.enrich.quotes.frames import Frame, SentenceView, find_frame, trim_region
from lagebild.enrich.quotes.knowledge import cue_knowledge
from lagebild.enrich.quotes.marks import MarkedSpan, pair_marks
from lagebild.enrich.quotes.prefilter import flagged_sentences, strong_subjunctive
from lagebild.enrich.quotes.speakers import FUNCTION_WORDS
from lagebild.enrich.quotes.resolve import resolve_speakers
from lagebild.enrich.quotes.text import WORD, Span, paragraphs, sentences

#: A quote's content that ends like a sentence.
SENTENCE_LIKE_END = re.compile(r"[.!?…:][\"'’‘]?$")


@dataclass(slots=True)
class Quote:
    """One quote under construction (see :meth:`as_dict` for its JSON form)."""

    span: Span
    kind: str
    sentence: int
    cue: Span | None = None
    particle: Span | None = None
    speaker: Span | None = None
    resolved: Span | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        speaker = None
        if self.speaker is not None:
            speaker = {**self.speaker.as_dict(), "entity": None,
                       "resolved": self.resolved.as_dict() if self.resolved else None}
        cue = None
        if self.cue is not None:
            cue = {**self.cue.as_dict(), "particle": self.particle.as_dict() if self.particle else None}
        return {**self.span.as_dict(), "kind": self.kind, "speaker": speaker, "cue": cue}


def _views(text: str, marked: list[MarkedSpan], paragraph_spans: list[tuple[int, int]]) -> list[SentenceView]:
    """Sentences whose tokens (each flagged when it stands inside quotation marks) come on first use."""
    quoted = [(m.content_start, m.content_end) for m in marked]
    views: list[SentenceView] = []
    for number, (p_start, p_end) in enumerate(paragraph_spans):
        for start, end in sentences(text, p_start, p_end):
            views.append(SentenceView(start, end, None, None, number, text=text, quotes=quoted))
    return _Views(views)


def _sentence_index(views: list[SentenceView], offset: int) -> int:
    """The first sentence that contains ``offset`` or starts after it (the last one when none does).

    Sentences are in text order and do not overlap, so that is the first one ending after ``offset``.
    """
    ends = views.ends if isinstance(views, _Views) else [view.end for view in views]
    index = bisect.bisect_right(ends, offset)
    return index if index < len(views) else len(views) - 1


class _Views(list):  # type: ignore[type-arg]
    """The sentence views of one text, with their end offsets for bisection."""

    def __init__(self, views: list[SentenceView]) -> None:
        super().__init__(views)
        self.ends = [view.end for view in views]


def _overlaps(region: tuple[int, int], start: int, end: int) -> bool:
    return region[0] < end and start < region[1]


def _name_like(words: list[str], content: str) -> bool:
    """Names and titles: few words, each capitalised or a function word, no sentence end."""
    if SENTENCE_LIKE_END.search(content):
        return False
    return len(words) <= 4 and all(w[:1].isupper() or w.lower() in FUNCTION_WORDS or w[:1].isdigit() for w in words)


def _adjacent(frame: Frame, mark: MarkedSpan) -> bool:
    """A cue right after the closing mark, or a frame right before the opening mark (``sagte er, „…``)."""
    if frame.cue.start >= mark.close_end:
        return frame.cue.start - mark.close_end <= 3
    frame_end = max(frame.cue.end, frame.speaker.end if frame.speaker else 0)
    return 0 <= mark.open_at - frame_end <= 3


def _frame_for(mark: MarkedSpan, views: list[SentenceView], frames: list[Frame | None]) -> Frame | None:
    """The frame of the sentence(s) a quoted stretch stands in, when it reports that stretch."""
    first, last = _sentence_index(views, mark.open_at), _sentence_index(views, mark.close_end - 1)
    for index in (last, first, min(last + 1, len(views) - 1)):
        frame = frames[index]
        if frame is None:
            continue
        if index == last + 1 and not (frame.pattern == "anaphoric" and views[last].end >= mark.close_end - 1):
            continue
        if _overlaps(frame.region, mark.content_start, mark.content_end) or _adjacent(frame, mark):
            return frame
    return None


def _speech_verb_near(mark: MarkedSpan, views: list[SentenceView], candidates: set[int] | None = None) -> bool:
    """Whether a speech verb stands outside quotation marks in the sentence(s) of a quoted stretch.

    ``candidates``: the only sentences that can hold a speech verb (:mod:`.prefilter`); all when None.
    """
    verbs = cue_knowledge().speech_verbs
    first, last = _sentence_index(views, mark.open_at), _sentence_index(views, mark.close_end - 1)
    if candidates is not None and not any(index in candidates for index in range(first, last + 1)):
        return False
    return any(
        token.text in verbs and not quoted
        for view in views[first : last + 1]
        for token, quoted in zip(view.tokens, view.quoted)
    )


def direct_quotes(text: str, marked: list[MarkedSpan], views: list[SentenceView],
                  frames: list[Frame | None], cfg: dict[str, Any], candidates: set[int] | None = None) -> list[Quote]:
    """Quoted stretches that are quotes, with the cue and speaker of their frame.

    ``candidates``: the only sentences that can hold a frame word (:mod:`.prefilter`); all when None.
    """
    found: list[Quote] = []
    for mark in marked:
        span = Span.of(text, mark.content_start, mark.content_end)
        words = WORD.findall(text, span.start, span.end)
        if not words or _name_like(words, span.text):
            continue
        frame = _frame_for(mark, views, frames)
        sentence_like = len(words) >= cfg["min_words_sentence"] and SENTENCE_LIKE_END.search(span.text) is not None
        cued = frame is not None or _speech_verb_near(mark, views, candidates)
        if not (sentence_like or len(words) >= cfg["min_words_uncued"] or (cued and len(words) >= cfg["min_words_cued"])):
            continue
        quote = Quote(span, "direct", _sentence_index(views, mark.open_at))
        if frame is not None:
            quote.cue, quote.particle, quote.speaker = frame.cue, frame.particle, frame.speaker
        found.append(quote)
    return found


def _unquoted_words(view: SentenceView, region: tuple[int, int], directs: list[Quote]) -> int:
    """Words of ``region`` that stand outside accepted direct quotes."""
    low, high = region
    spans = [(q.span.start, q.span.end) for q in directs if q.span.start < high and q.span.end > low]
    if not spans:
        return sum(1 for t in view.tokens if low <= t.start and t.end <= high)
    return sum(
        1 for t in view.tokens
        if low <= t.start and t.end <= high
        and not any(start <= t.start < end for start, end in spans)
    )


def _subjunctive(view: SentenceView, text: str) -> bool:
    """Whether the sentence's own (unquoted) words include a subjunctive-I or reportative form."""
    knowledge = cue_knowledge()
    if knowledge.subjunctive_exclusions.search(text, view.start, view.end):
        return False
    strong = strong_subjunctive()
    for k, token in enumerate(view.tokens):
        if view.quoted[k]:
            continue
        if token.text in strong:
            return True
        if token.text in knowledge.reportative and view.tokens[-1].lower in ("haben", "sein", "worden", "werden"):
            return True
    return False


def indirect_quotes(text: str, views: list[SentenceView], frames: list[Frame | None],
                    directs: list[Quote], cfg: dict[str, Any], subjunctive: set[int] | None = None) -> list[Quote]:
    """Reported regions of frames, and subjunctive sentences without a frame."""
    found: list[Quote] = []
    covered: set[int] = set()
    for index, (view, frame) in enumerate(zip(views, frames)):
        if frame is None:
            continue
        target = index - 1 if frame.pattern == "anaphoric" else index
        region_view = views[target]
        if _unquoted_words(region_view, frame.region, directs) < cfg["min_words_indirect"]:
            continue
        quote = Quote(Span.of(text, *frame.region), "indirect", target, frame.cue, frame.particle, frame.speaker)
        quote.extra["pattern"] = frame.pattern
        found.append(quote)
        covered.update({index, target})
    if cfg["subjunctive"]:
        found += _subjunctive_quotes(text, views, directs, covered, cfg, subjunctive)
    return found


def _subjunctive_quotes(text: str, views: list[SentenceView], directs: list[Quote], covered: set[int],
                        cfg: dict[str, Any], candidates: set[int] | None = None) -> list[Quote]:
    """Sentences in subjunctive I outside any frame; a run of them in one paragraph is one quote.

    ``candidates``: the only sentences that can be subjunctive (:mod:`.prefilter`); all when None.
    """
    found: list[Quote] = []
    indices = range(len(views)) if candidates is None else sorted(candidates)
    for index in indices:
        view = views[index]
        if index in covered or not _subjunctive(view, text):
            continue
        if _unquoted_words(view, (view.start, view.end), directs) < cfg["min_words_indirect"]:
            continue
        start, end = trim_region(text, view.start, view.end)
        last = found[-1] if found else None
        if last is not None and last.extra["last_sentence"] == index - 1 and views[index - 1].paragraph == view.paragraph:
            last.span = Span.of(text, last.span.start, end)
            last.extra["last_sentence"] = index
            continue
        quote = Quote(Span.of(text, start, end), "indirect", index)
        quote.extra.update(pattern="subjunctive", last_sentence=index)
        found.append(quote)
    return found


def extract_quotes(text: str, cfg: dict[str, Any]) -> list[dict[str, Any]]:
    """All quotes of ``text`` as JSON-ready dicts (``Article.quotes``), in text order."""
    if not text.strip():
        return []
    paragraph_spans = paragraphs(text)
    marked = pair_marks(text, paragraph_spans, cfg["max_paragraphs"])
    views = _views(text, marked, paragraph_spans)
    may_frame, may_subjunctive = flagged_sentences(text, [(view.start, view.end) for view in views])
    frames: list[Frame | None] = [None] * len(views)
    for index in sorted(may_frame):
        frames[index] = find_frame(views[index], views[index - 1] if index else None, text)
    directs = direct_quotes(text, marked, views, frames, cfg, may_frame)
    indirects = indirect_quotes(text, views, frames, directs, cfg, may_subjunctive)
    quotes = sorted(directs + indirects, key=lambda q: (q.span.start, q.span.end))
    resolve_speakers(quotes, views, text, cfg)
    return [q.as_dict() for q in quotes]
