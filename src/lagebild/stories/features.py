"""What the story clusterer compares: sparse TF-IDF vectors of German terms plus name-like tokens.

Terms are the search index's terms (:func:`lagebild.store.analysis.term`: folded,
Snowball-stemmed word pieces), so that "Soldaten" and "Soldat" meet. Two kinds of
extra features make a vector specific to an event rather than a topic:

- **name-like tokens** (``n:``-prefixed): runs of two or more capitalised words
  ("Boris Johnson", "Alan Kurdi") and acronyms ("WHO", "PEI") -- a stand-in until an
  entity step exists;
- **IDF from the corpus seen so far** (:class:`DocumentFrequencies`): "corona" is in
  every article of a COVID-19 month and weighs next to nothing.

Vectors keep only their :data:`VECTOR_TERMS` heaviest features and are L2-normalised.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from lagebild.article import Article
from lagebild.store.analysis import PIECE_RE, WORD_RE, term

#: Words of the text that the vector reads (headline, lead and the start of the body).
MAX_WORDS = 300
#: Features kept per article vector.
VECTOR_TERMS = 40
#: Headline terms count this many times.
HEADLINE_WEIGHT = 2
#: Weight of a name-like token relative to a plain term occurrence.
NAME_WEIGHT = 1.5
#: Terms shorter than this (after stemming) are ignored.
MIN_TERM_CHARS = 3

#: German function words and reporting boilerplate, as terms (stemmed, folded).
STOPWORDS = frozenset(
    term(w)
    for w in (
        "aber als also am an auch auf aus bei bis bisher da dabei damit dann das dass dem den denn der des die dies diese "
        "doch dort durch ein eine einem einen einer eines er es etwa für gegen hat haben hatte heute ich ihr ihre im in "
        "ist jetzt kann man mehr mit nach nicht noch nun nur ob oder ohne sagte sei seien sein seit sich sie sind so "
        "soll sollen um und uns unter vom von vor war waren was weil wenn werden wie wieder will wir wird wurde wurden "
        "zu zum zur zwei drei sowie laut mittwoch montag dienstag donnerstag freitag samstag sonntag uhr prozent "
        "jahr jahren menschen neue neuen ersten erste weitere viele sagt sagen heißt hieß immer schon sehr gibt geht"
    ).split()
)
NAME_RUN_RE = re.compile(r"(?<![.!?:]\s)\b([A-ZÄÖÜ][\wäöüß]+(?:[-\s][A-ZÄÖÜ][\wäöüß]+)+)")
ACRONYM_RE = re.compile(r"\b[A-ZÄÖÜ]{2,6}\b")


@dataclass(slots=True)
class DocumentFrequencies:
    """Document frequencies of features over the articles seen so far (the IDF's memory)."""

    documents: int = 0
    df: Counter[str] = field(default_factory=Counter)

    def add(self, features: Iterable[str]) -> None:
        """Count one more document containing ``features`` (each feature once)."""
        self.documents += 1
        self.df.update(set(features))

    def idf(self, feature: str) -> float:
        """Smoothed IDF: ``log((N + 1) / (df + 1)) + 1``; unseen features weigh most."""
        return math.log((self.documents + 1) / (self.df.get(feature, 0) + 1)) + 1.0


def article_text(article: Article, max_words: int = MAX_WORDS) -> str:
    """The start of the article's text (kicker, headline, lead, body) that features are read from."""
    text = article.text or " ".join(x for x in (article.headline, article.lead) if x)
    matches = list(WORD_RE.finditer(text))
    if len(matches) > max_words:
        text = text[: matches[max_words - 1].end()]
    return text


def term_counts(text: str) -> Counter[str]:
    """Counts of the content terms in ``text`` (word pieces, stemmed and folded, stopwords dropped)."""
    counts: Counter[str] = Counter()
    for piece in PIECE_RE.findall(text):
        t = term(piece)
        if len(t) >= MIN_TERM_CHARS and t not in STOPWORDS and not t.isdigit():
            counts[t] += 1
    return counts


def name_counts(text: str) -> Counter[str]:
    """Counts of name-like tokens: capitalised word runs and acronyms, as ``n:``-prefixed features."""
    counts: Counter[str] = Counter()
    for match in NAME_RUN_RE.finditer(text):
        parts = [term(p) for p in PIECE_RE.findall(match.group(1))]
        parts = [p for p in parts if p and p not in STOPWORDS]
        if len(parts) >= 2:
            counts["n:" + "_".join(parts)] += 1
    for match in ACRONYM_RE.finditer(text):
        counts["n:" + match.group().lower()] += 1
    return counts


def raw_features(article: Article) -> Counter[str]:
    """Feature counts of one article before weighting (headline terms counted :data:`HEADLINE_WEIGHT` times)."""
    text = article_text(article)
    counts = term_counts(text) + name_counts(text)
    if article.headline:
        for t in term_counts(article.headline):
            counts[t] += HEADLINE_WEIGHT - 1
    return counts


def weigh(counts: Mapping[str, int], frequencies: DocumentFrequencies, keep: int = VECTOR_TERMS) -> dict[str, float]:
    """Sublinear TF times IDF, the ``keep`` heaviest features, L2-normalised."""
    weights = {}
    for feature, count in counts.items():
        boost = NAME_WEIGHT if feature.startswith("n:") else 1.0
        weights[feature] = boost * (1.0 + math.log(count)) * frequencies.idf(feature)
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:keep]
    return normalise(dict(top))


def normalise(vector: Mapping[str, float]) -> dict[str, float]:
    """``vector`` scaled to unit length (empty stays empty)."""
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {k: v / norm for k, v in vector.items()} if norm else {}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two sparse vectors (their cosine when both are normalised)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def headline_terms(article: Article) -> frozenset[str]:
    """The content terms of the headline."""
    return frozenset(term_counts(article.headline or ""))
