"""Summary: an extractive summary of 1-3 sentences per article, and per story with the outlet of each sentence.

Each sentence of the lead and body (not kicker, headline or subheadings) gets a score

    position_weight / (1 + index)  +  centrality_weight * cos(sentence, article)
                                   +  headline_weight * share of the headline's terms it repeats

over TF-IDF vectors of the store's German terms (idf from the shipped background
statistics). The best sentences are taken while they add something new (term overlap
with a chosen one below ``max_overlap``) and fit in ``max_chars``; they are returned in
reading order, joined by a space, so each is a substring of ``Article.text``.

The weights were tuned on a FANG-COVID training slice (``training/tune_summary.py``);
figures against lead-3: ``eval/summary/README.md``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from lagebild.article import Article
from lagebild.enrich.keywords import analyse, background, text_terms
from lagebild.enrich.quotes.text import paragraphs, sentences
from lagebild.pipeline import Step, step_config

#: Default configuration of the summary step.
DEFAULT_CONFIG: dict[str, Any] = {
    "max_sentences": 3,
    "max_chars": 320,  # stop adding sentences past this length (the first is always taken)
    "position_weight": 1.0,
    "centrality_weight": 0.5,
    "headline_weight": 0.5,
    "max_overlap": 0.5,  # a sentence sharing more of its terms with a chosen one adds nothing new
    "min_words": 6,  # shorter "sentences" are headings, captions or bylines
    "max_candidates": 40,  # only the first sentences compete (news puts the essentials first)
}


#: Characters that may end a sentence of running text (a heading or caption has none).
SENTENCE_CLOSERS = frozenset(".!?\"“”»«'’)")


@dataclass(slots=True)
class Sentence:
    """A sentence of an article with its offsets, terms and score."""

    start: int
    end: int
    text: str
    index: int  # order among the candidate sentences of its article
    terms: Counter[str]
    score: float = 0.0
    outlet: str | None = None
    article: str | None = None


def _skipped_blocks(article: Article) -> set[str]:
    """Blocks that are not running text: kicker, headline and subheadings."""
    blocks = {article.kicker, article.headline, *(s.heading for s in article.sections)}
    return {b.strip() for b in blocks if b}


def candidate_sentences(text: str, skip: set[str], cfg: dict[str, Any]) -> list[Sentence]:
    """The running-text sentences of ``text`` that may go into a summary, in order."""
    found: list[Sentence] = []
    words = analyse(text)  # cached: the keywords and topics steps read the same words
    position = 0
    for p_start, p_end in paragraphs(text):
        if text[p_start:p_end].strip() in skip:
            continue
        for start, end in sentences(text, p_start, p_end):
            chunk = text[start:end].rstrip()
            end = start + len(chunk)
            while position < len(words) and words[position].start < start:
                position += 1
            terms: Counter[str] = Counter()
            while position < len(words) and words[position].end <= end:
                terms.update(words[position].terms)
                position += 1
            if sum(terms.values()) < cfg["min_words"] or chunk[-1:] not in SENTENCE_CLOSERS:
                continue
            found.append(Sentence(start, end, chunk, len(found), terms))
            if len(found) == cfg["max_candidates"]:
                return found
    return found


def weighted(terms: Counter[str], idf: dict[str, float] | None = None) -> dict[str, float]:
    """Sublinear TF-IDF weights of a bag of terms (``idf``: precomputed values, else the background's)."""
    if idf is None:
        stats = background()
        return {t: (1.0 + math.log(n)) * stats.idf(t) for t, n in terms.items()}
    return {t: (1.0 + math.log(n)) * idf[t] for t, n in terms.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(t, 0.0) for t, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def score_sentences(found: list[Sentence], headline: str | None, cfg: dict[str, Any]) -> None:
    """Set each sentence's score from its position, centrality and headline overlap."""
    total: Counter[str] = Counter()
    for s in found:
        total.update(s.terms)
    stats = background()
    idf = {t: stats.idf(t) for t in total}
    whole = weighted(total, idf)
    head = set(text_terms(headline or ""))
    for s in found:
        repeated = len(head.intersection(s.terms)) / len(head) if head else 0.0
        s.score = (cfg["position_weight"] / (1.0 + s.index)
                   + cfg["centrality_weight"] * cosine(weighted(s.terms, idf), whole)
                   + cfg["headline_weight"] * repeated)


def overlap(a: Sentence, b: Sentence) -> float:
    """Share of the smaller sentence's terms that the other one has too."""
    small, large = (a, b) if len(a.terms) <= len(b.terms) else (b, a)
    return len(set(small.terms).intersection(large.terms)) / max(1, len(small.terms))


def choose(found: list[Sentence], cfg: dict[str, Any]) -> list[Sentence]:
    """The best sentences that add something new and fit the length budget, in reading order."""
    chosen: list[Sentence] = []
    length = 0
    for s in sorted(found, key=lambda s: (-s.score, s.index)):
        if any(overlap(s, c) > cfg["max_overlap"] for c in chosen):
            continue
        if chosen and length + len(s.text) > cfg["max_chars"]:
            continue
        chosen.append(s)
        length += len(s.text) + 1
        if len(chosen) == cfg["max_sentences"]:
            break
    return sorted(chosen, key=lambda s: (s.article or "", s.start))


def summarise(text: str, headline: str | None = None, *, skip: set[str] | None = None,
              **config: Any) -> list[Sentence]:
    """The summary sentences of ``text`` (``config`` overrides :data:`DEFAULT_CONFIG`)."""
    cfg = {**DEFAULT_CONFIG, **config}
    found = candidate_sentences(text, skip or set(), cfg)
    if not found:
        return []
    score_sentences(found, headline, cfg)
    return choose(found, cfg)


def make_summary_step(**config: Any) -> Step:
    """Make the ``summary`` step; ``config`` overrides :data:`DEFAULT_CONFIG`."""
    cfg = step_config("summary", DEFAULT_CONFIG, config)
    background()  # load at build time, so that a missing statistics file fails early

    def summary(article: Article) -> Article:
        chosen = summarise(article.text, article.headline, skip=_skipped_blocks(article), **cfg)
        article.summary = " ".join(s.text for s in chosen) or None
        return article

    return Step("summary", summary, requires=("text",), assigns=("summary",), config=cfg)


def story_summary(articles: Iterable[Article], **config: Any) -> list[dict[str, Any]]:
    """The sentences that best cover what a story's articles share, each with its outlet.

    Every article's candidate sentences compete together. A sentence scores by its
    position in its article and by its cosine with the story's shared vector: each term
    weighted by idf times the share of the story's articles that use it, so that what
    several outlets report outweighs one outlet's detail. Near-copies (agency texts in
    several outlets) are taken once. Entries: ``{"text", "outlet", "article", "start", "end"}``
    (``article``: the article's id; offsets into that article's text), in score order.
    """
    cfg = {**DEFAULT_CONFIG, **config}
    pool: list[Sentence] = []
    usage: Counter[str] = Counter()
    count = 0
    for article in articles:
        found = candidate_sentences(article.text, _skipped_blocks(article), cfg)
        for s in found:
            s.outlet, s.article = article.outlet, article.id
        pool.extend(found)
        usage.update(set(text_terms(article.text)))
        count += 1
    if not pool:
        return []
    stats = background()
    shared = {t: stats.idf(t) * n / count for t, n in usage.items() if n > 1 or count == 1}
    for s in pool:
        s.score = cfg["position_weight"] / (1.0 + s.index) + cfg["centrality_weight"] * cosine(weighted(s.terms), shared)
    chosen: list[Sentence] = []
    for s in sorted(pool, key=lambda s: (-s.score, s.article or "", s.index)):
        if not any(overlap(s, c) > cfg["max_overlap"] for c in chosen):
            chosen.append(s)
        if len(chosen) == cfg["max_sentences"]:
            break
    return [{"text": s.text, "outlet": s.outlet, "article": s.article, "start": s.start, "end": s.end}
            for s in chosen]
