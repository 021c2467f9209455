"""Words, terms and German background statistics shared by the topics, keywords and summary steps.

The three steps read the same words of an article: :func:`analyse` tokenises a text
once (cached for the few texts in flight) with the store's German analysis
(:mod:`lagebild.store.analysis`: folding + Snowball stems), so a word's *term* here is
the same term the search index uses ("Soldaten" and "Soldat" -> ``soldat``).

:func:`background` loads the shipped background statistics
(``models/background_de.json.gz``, built by ``training/build_background.py`` from
FANG-COVID and German Wikinews): per term its document frequency and how often it is
written capitalised inside a sentence. The first makes "sagte" and "Jahr" worth
nothing as keywords; the second tells a sentence-initial noun ("Soldaten ...") from a
sentence-initial function word ("Die ...", "Nach ...").
"""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

from lagebild.article import Article
from lagebild.pipeline import Step, step_config
from lagebild.store.analysis import PIECE_RE, WORD_RE, term

BACKGROUND_FILE = "background_de.json.gz"
#: The steps read the words of the first characters only: news puts what matters first,
#: and tokenising is most of their cost on long articles.
ANALYSE_CHARS = 6000
#: Characters after which a word starts a sentence (or a quoted or bracketed clause).
INITIAL_MARKS = frozenset(".!?:;\n\"„“”»«‚‘(–-")


class Word(NamedTuple):
    """A word of a text: its offsets, its term(s) and whether it starts a sentence."""

    text: str
    start: int
    end: int
    terms: tuple[str, ...]  # one per hyphen-separated piece ("US-Truppen" -> ("us", "trupp"))
    initial: bool

    @property
    def key(self) -> str:
        """One key for the whole word ("US-Truppen" -> ``us trupp``)."""
        return " ".join(self.terms)

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True, slots=True)
class Background:
    """Document shares and capitalisation of German terms.

    A term's *share* is the smallest of its document shares in the background corpora
    (FANG-COVID, mostly 2020 COVID-19 coverage, and German Wikinews, 2004-2022): a word
    is common only when it is common everywhere, so that what one corpus is about
    ("Corona") does not look like a function word.
    """

    shares: dict[str, float]
    smoothing: float  # one document of the whole background, as a share
    capitalised: dict[str, int]  # percent of in-sentence occurrences written capitalised

    def share(self, key: str) -> float:
        """Share of background documents that contain ``key`` (0..1; the smallest over the corpora)."""
        return self.shares.get(key, 0.0)

    def idf(self, key: str) -> float:
        """Inverse document share, smoothed (unknown terms get the highest)."""
        return -math.log(self.shares.get(key, 0.0) + self.smoothing)

    def noun_like(self, key: str, default: bool = True) -> bool:
        """Whether ``key`` is mostly written capitalised inside sentences (a noun or a name)."""
        percent = self.capitalised.get(key)
        return default if percent is None else percent >= 50


@lru_cache(maxsize=1)
def background() -> Background:
    """The shipped background statistics, loaded once."""
    data = resources.files("lagebild.models").joinpath(BACKGROUND_FILE).read_bytes()
    table = json.loads(gzip.decompress(data))
    sizes = [int(n) for n in table["documents"]]
    shares = {}
    capitalised = {}
    for key, value in table["terms"].items():
        shares[key] = min(c / n for c, n in zip(value, sizes))
        if value[-1] >= 0:
            capitalised[key] = value[-1]
    return Background(shares, 1.0 / sum(sizes), capitalised)


def is_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a paragraph, a quote or a bracket."""
    position = start - 1
    while position >= 0 and text[position] in " \t\r":
        position -= 1
    return position < 0 or text[position] in INITIAL_MARKS


def word_terms(word: str) -> tuple[str, ...]:
    """The terms of the pieces of a (hyphenated) word, empty pieces left out."""
    return tuple(t for t in (term(piece) for piece in PIECE_RE.findall(word)) if t)


def analyse(text: str) -> tuple[Word, ...]:
    """The words of the first :data:`ANALYSE_CHARS` characters of ``text``, in order, offsets into ``text``.

    Cached for the few texts in flight: the topics, keywords and summary steps read the
    same words.
    """
    return _analyse(text[:ANALYSE_CHARS])


@lru_cache(maxsize=8)
def _analyse(text: str) -> tuple[Word, ...]:
    found = []
    append = found.append
    for match in WORD_RE.finditer(text):
        word = match.group()
        terms = word_terms(word)
        if terms:
            start = match.start()
            append(Word(word, start, match.end(), terms, is_initial(text, start)))
    return tuple(found)


def text_terms(text: str) -> list[str]:
    """Every piece term of ``text``, in order."""
    return [t for word in analyse(text) for t in word.terms]


# -- keywords ---------------------------------------------------------------

#: Default configuration of the keywords step.
DEFAULT_CONFIG: dict[str, Any] = {
    "max_keywords": 10,
    "max_words": 3,  # words in one key phrase ("Robert Koch-Institut", "Donald Trump")
    "stop_share": 0.1,  # words in more background documents than this never rank alone ("Jahr", "Menschen")
    "idf_power": 0.5,  # weight of rarity against frequency: score ~ tf * idf ** idf_power
    "part_credit": 0.5,  # a compound's occurrence counts this much for a keyword equal to one of its parts
    "lemmas": True,  # show single nouns as their lemma ("Soldaten" -> "Soldat")
    "max_chars": ANALYSE_CHARS,  # at most ANALYSE_CHARS: the words of the first characters
}


@dataclass(slots=True)
class Candidate:
    """A key phrase of one text (or one story): its forms, counts and score."""

    key: str  # the terms of its words, space-joined ("us trupp", "donald trump")
    words: tuple[str, ...]  # one key per word
    forms: Counter[str] = field(default_factory=Counter)
    count: float = 0.0
    first: int = 0  # offset of the first occurrence
    score: float = 0.0
    articles: int = 1

    @property
    def form(self) -> str:
        """The most frequent surface form (ties: the shortest, then the first in order)."""
        return min(self.forms.items(), key=lambda item: (-item[1], len(item[0]), item[0]))[0]


def noun_like(word: Word, stats: Background) -> bool:
    """A capitalised word that is a noun or a name, not a capitalised function word at a sentence start."""
    first = word.text[0]
    if not first.isupper() or not first.isalpha():
        return False
    return not word.initial or stats.noun_like(word.terms[-1], default=True)


def runs(words: tuple[Word, ...], text: str, stats: Background) -> list[list[Word]]:
    """Maximal runs of noun-like words separated by one space (a sentence start breaks a run)."""
    found: list[list[Word]] = []
    current: list[Word] = []
    for word in words:
        if not word.text[0].isupper() or not noun_like(word, stats):
            current = []
            continue
        if current and (word.initial or text[current[-1].end : word.start] != " "):
            current = []
        if not current:
            found.append(current)
        current.append(word)
    return found


def stop_word(word: Word, stats: Background, stop_share: float) -> bool:
    """A word too common in the background to be a keyword on its own ("Jahr", "Menschen", "Ende")."""
    return stats.share(word.terms[-1]) > stop_share and len(word.terms) == 1


def phrases(run: list[Word], max_words: int) -> list[list[Word]]:
    """Every contiguous part of a run of up to ``max_words`` words."""
    return [run[i : i + n] for n in range(1, max_words + 1) for i in range(len(run) - n + 1)]


def collect(text: str, cfg: dict[str, Any]) -> dict[str, Candidate]:
    """Candidate key phrases of ``text`` with their counts and first offsets."""
    stats = background()
    words = tuple(w for w in analyse(text) if w.start < cfg["max_chars"])
    found: dict[str, Candidate] = {}
    for run in runs(words, text, stats):
        for phrase in phrases(run, cfg["max_words"]):
            if stop_word(phrase[0], stats, cfg["stop_share"]) or stop_word(phrase[-1], stats, cfg["stop_share"]):
                continue
            key = " ".join(w.key for w in phrase)
            candidate = found.get(key)
            if candidate is None:
                candidate = found[key] = Candidate(key, tuple(w.key for w in phrase), first=phrase[0].start)
            candidate.forms[text[phrase[0].start : phrase[-1].end]] += 1
            candidate.count += 1
    return found


def merge_plural_s(found: dict[str, Candidate]) -> None:
    """Merge a single word with its ``-s`` plural or genitive, which Snowball keeps apart ("Videos", "Trumps")."""
    for key in [k for k in found if k.endswith("s") and " " not in k]:
        base = found.get(key[:-1])
        if base is not None and len(key) > 3:
            plural = found.pop(key)
            base.forms.update(plural.forms)
            base.count += plural.count
            base.first = min(base.first, plural.first)


def credit_parts(found: dict[str, Candidate], credit: float) -> None:
    """Split compounds for matching: a compound's occurrences count ``credit`` for a keyword equal to a part.

    "US-Truppen" and "Truppenpräsenz" both support a keyword "Truppen"; the compounds
    themselves stay whole.
    """
    if credit <= 0:
        return
    for candidate in list(found.values()):
        if len(candidate.words) != 1:
            continue
        for part in compound_keys(candidate.form):
            target = found.get(part)
            if target is not None and target is not candidate:
                target.count += credit * candidate.count


@lru_cache(maxsize=1 << 16)
def compound_keys(word: str) -> tuple[str, ...]:
    """Keys of the parts of a compound: hyphen pieces and dictionary splits ("US-Truppen" -> us, trupp)."""
    from lagebild.store.compounds import compound_parts

    pieces = [p for p in PIECE_RE.findall(word)]
    keys = [term(p) for p in pieces] if len(pieces) > 1 else []
    keys += [term(part) for piece in pieces for part in compound_parts(piece)]
    return tuple(dict.fromkeys(k for k in keys if k))


def score(candidate: Candidate, stats: Background, idf_power: float = 1.0) -> float:
    """TF-IDF with a bonus for early mentions and for names of several words."""
    idf = sum(max(stats.idf(t) for t in key.split()) for key in candidate.words) / len(candidate.words)
    early = 1.0 + 1.0 / (1.0 + candidate.first / 300.0)
    length = 1.0 + 0.25 * (len(candidate.words) - 1)
    return (1.0 + math.log(candidate.count)) * idf**idf_power * early * length


def rank(found: dict[str, Candidate], cfg: dict[str, Any]) -> list[Candidate]:
    """Scored candidates, best first; a phrase of several words must occur twice (or open the text).

    Compound parts are credited among the best ``4 * max_keywords`` candidates only: the
    others cannot reach the top, and splitting is the costly part.
    """
    stats = background()
    merge_plural_s(found)
    kept = [c for c in found.values() if len(c.words) == 1 or c.count >= 2 or c.first == 0]
    for candidate in kept:
        candidate.score = score(candidate, stats, cfg["idf_power"])
    best = sorted(kept, key=lambda c: (-c.score, c.key))[: 4 * cfg["max_keywords"]]
    if cfg["part_credit"] > 0:
        credit_parts({c.key: c for c in best}, cfg["part_credit"])
        for candidate in best:
            candidate.score = score(candidate, stats, cfg["idf_power"])
    return sorted(best, key=lambda c: (-c.score, c.key))


def select(ranked: list[Candidate], limit: int) -> list[Candidate]:
    """The best candidates that add a word: "Donald Trump" hides "Trump", "Covid-19" hides "Covid"."""
    chosen: list[Candidate] = []
    used: set[str] = set()
    pieces: set[str] = set()
    for candidate in ranked:
        own = {t for word in candidate.words for t in word.split()}
        if used.intersection(candidate.words) or (len(candidate.words) == 1 and own <= pieces):
            continue
        chosen.append(candidate)
        used.update(candidate.words)
        pieces.update(own)
        if len(chosen) == limit:
            break
    return chosen


def display(candidate: Candidate, lemmas: bool) -> str:
    """The form to show: a single noun as its lemma when the word list knows it, else the commonest form."""
    form = candidate.form
    if not lemmas or len(candidate.words) != 1 or not form.isalpha() or not form[1:].islower():
        return form  # phrases, hyphenated words and acronyms ("RKI") are shown as written
    from lagebild.store.compounds import lemma

    base = lemma(form)
    if base and base[:1].isupper() and term(base) == candidate.key:
        return base
    return form


def as_entries(chosen: list[Candidate], lemmas: bool) -> list[dict[str, Any]]:
    """Contract entries ``{text, score}``, scores relative to the best (1.0)."""
    if not chosen:
        return []
    top = chosen[0].score or 1.0
    return [{"text": display(c, lemmas), "score": round(c.score / top, 4)} for c in chosen]


def extract(text: str, **config: Any) -> list[dict[str, Any]]:
    """The ranked key phrases of ``text`` (``config`` overrides :data:`DEFAULT_CONFIG`)."""
    cfg = {**DEFAULT_CONFIG, **config}
    chosen = select(rank(collect(text, cfg), cfg), cfg["max_keywords"])
    return as_entries(chosen, cfg["lemmas"])


def make_keywords_step(**config: Any) -> Step:
    """Make the ``keywords`` step; ``config`` overrides :data:`DEFAULT_CONFIG`."""
    cfg = step_config("keywords", DEFAULT_CONFIG, config)
    background()  # load at build time, so that a missing statistics file fails early

    def keywords(article: Article) -> Article:
        article.keywords = extract(article.text, **cfg) if article.text.strip() else []
        return article

    return Step("keywords", keywords, requires=("text",), assigns=("keywords",), config=cfg)


def story_keywords(articles: Iterable[Article], **config: Any) -> list[dict[str, Any]]:
    """Ranked key phrases of a story: what its articles share counts most.

    Each article's candidates are scored on their own; a phrase's story score is the sum
    of its article scores times ``1 + ln(articles that mention it)``. Entries are
    ``{"text", "score", "articles"}`` (``articles``: how many articles name it).
    """
    cfg = {**DEFAULT_CONFIG, **config}
    pooled: dict[str, Candidate] = {}
    for article in articles:
        for candidate in rank(collect(article.text, cfg), cfg):
            merged = pooled.get(candidate.key)
            if merged is None:
                pooled[candidate.key] = candidate
                continue
            merged.forms.update(candidate.forms)
            merged.score += candidate.score
            merged.articles += 1
    for candidate in pooled.values():
        candidate.score *= 1.0 + math.log(candidate.articles)
    ranked = sorted(pooled.values(), key=lambda c: (-c.score, c.key))
    chosen = select(ranked, cfg["max_keywords"])
    entries = as_entries(chosen, cfg["lemmas"])
    for entry, candidate in zip(entries, chosen, strict=True):
        entry["articles"] = candidate.articles
    return entries
