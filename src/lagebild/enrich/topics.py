"""Topics: the top level of IPTC Media Topics, several labels with scores, plus the outlet's own section.

A linear classifier (softmax regression over TF-IDF of the store's German terms, and of
the parts of compounds it does not know, ``models/topics.npz``) gives a probability per IPTC top-level topic; the
step keeps up to ``max_topics`` whose probability reaches ``min_score``, best first,
as ``{"id": "medtop:15000000", "label": "Sport", "score": 0.91}``.

When the article's URL shows the outlet's section (``/politik/...``, ``/wissen/gesundheit/...``),
it is added as the **last** entry, ``{"id": "section:wissen/gesundheit", "label":
"wissen/gesundheit", "score": 0.0}``: a label the outlet gave, not a model score, kept
after the IPTC entries so that ``topics[0]`` stays an IPTC topic. Where the section maps
to an IPTC topic (``knowledge/section_to_iptc.json``) it also pulls that topic's score up
by ``section_weight`` (the outlet's own desk is strong evidence).

How the model was made and how good it is: ``models/topics.md``.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlparse

import numpy as np

from lagebild.article import Article
from lagebild.enrich.keywords import analyse
from lagebild.pipeline import Step, step_config
from lagebild.store.analysis import term
from lagebild.store.compounds import compound_parts

MODEL_FILE = "topics.npz"
SECTION_PREFIX = "section:"

#: Default configuration of the topics step.
DEFAULT_CONFIG: dict[str, Any] = {
    "max_topics": 3,  # IPTC entries at most
    "min_score": 0.15,  # ... each with at least this probability (the best one is always kept)
    "max_chars": 5000,  # classify from the first characters: the topic is clear early, and it is fast
    "section": True,  # add the outlet's URL section as a last entry
    "section_weight": 0.5,  # mix of the section's IPTC topic into the probabilities (0 = model only)
    "language": "de",  # label language: "de" or "en"
}

#: Weight of a compound part relative to a whole word in the features.
PART_WEIGHT = 0.5
#: Words at least this long are looked up for compound parts.
MIN_COMPOUND_CHARS = 8


@dataclass(frozen=True, slots=True)
class TopicModel:
    """Softmax regression over a term vocabulary: ``p = softmax(x @ weights + bias)``."""

    index: dict[str, int]
    idf: np.ndarray  # (V,)
    weights: np.ndarray  # (V, C)
    bias: np.ndarray  # (C,)
    classes: tuple[str, ...]  # IPTC ids, one per column

    def vector(self, counts: Counter[str]) -> tuple[np.ndarray, np.ndarray]:
        """Indices and l2-normalised sublinear TF-IDF values of the known terms of ``counts``."""
        pairs = [(self.index[key], value) for key, value in counts.items() if key in self.index]
        if not pairs:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        columns = np.fromiter((i for i, _ in pairs), dtype=np.int64, count=len(pairs))
        tf = np.fromiter((v for _, v in pairs), dtype=np.float32, count=len(pairs))
        values = (1.0 + np.log(tf)) * self.idf[columns]
        norm = float(np.sqrt(values @ values))
        return columns, values / norm if norm else values

    def probabilities(self, counts: Counter[str]) -> np.ndarray:
        """Probability per class (in :attr:`classes` order)."""
        columns, values = self.vector(counts)
        logits = self.bias + (values @ self.weights[columns] if len(columns) else 0.0)
        logits = logits - logits.max()
        exp = np.exp(logits)
        return exp / exp.sum()


@lru_cache(maxsize=1)
def model() -> TopicModel:
    """The shipped topic model, loaded once."""
    with resources.files("lagebild.models").joinpath(MODEL_FILE).open("rb") as handle:
        data = np.load(handle)
        vocabulary = bytes(data["vocabulary"]).decode("utf-8").split("\n")
        return TopicModel(
            index={key: i for i, key in enumerate(vocabulary)},
            idf=data["idf"].astype(np.float32),
            weights=data["weights"].astype(np.float32),
            bias=data["bias"].astype(np.float32),
            classes=tuple(str(c) for c in data["classes"]),
        )


@lru_cache(maxsize=1)
def iptc_labels() -> dict[str, dict[str, str]]:
    """IPTC top-level id -> ``{"de": ..., "en": ...}`` (``knowledge/iptc_mediatopics.json``)."""
    data = json.loads(resources.files("lagebild.knowledge").joinpath("iptc_mediatopics.json").read_text("utf-8"))
    return {t["id"]: {"de": t["de"], "en": t["en"]} for t in data["topics"]}


@lru_cache(maxsize=1)
def section_map() -> dict[str, str | None]:
    """URL section -> IPTC id or None (``knowledge/section_to_iptc.json``)."""
    data = json.loads(resources.files("lagebild.knowledge").joinpath("section_to_iptc.json").read_text("utf-8"))
    return dict(data["sections"])


def url_section(url: str | None) -> str | None:
    """The outlet's section in a URL path: ``"politik/ausland"`` when that pair is known, else ``"politik"``.

    The first segment must be a word (not a year: zeit.de's print edition is ``/2020/14/...``)
    and not the article itself (a last segment is the slug).
    """
    if not url:
        return None
    parts = [p for p in urlparse(url).path.lower().split("/") if p]
    if len(parts) < 2 or len(parts[0]) < 3 or not parts[0].replace("-", "").isalpha():
        return None
    pair = f"{parts[0]}/{parts[1]}"
    if len(parts) > 2 and pair in section_map():
        return pair
    return parts[0]


def section_topic(section: str | None) -> str | None:
    """The IPTC id the section maps to, or None."""
    return section_map().get(section) if section else None


def term_counts(text: str, max_chars: int | None = None, known: Container[str] = frozenset()) -> Counter[str]:
    """Features of a text: its terms, and for a compound that is not ``known`` its parts at
    :data:`PART_WEIGHT` (an unseen "Truppenpräsenz" still counts as trupp, prasenz).

    With ``max_chars`` only the words that start before it count.
    """
    counts: Counter[str] = Counter()
    for word in analyse(text):
        if max_chars is not None and word.start >= max_chars:
            break
        for key in word.terms:
            counts[key] += 1.0
        if len(word.text) >= MIN_COMPOUND_CHARS and word.capitalised and word.terms[-1] not in known:
            for part in _part_terms(word.text):
                counts[part] += PART_WEIGHT
    return counts


@lru_cache(maxsize=1 << 16)
def _part_terms(word: str) -> tuple[str, ...]:
    """Terms of the compound parts of one closed or hyphenated word."""
    pieces = word.replace("\u2010", "-").replace("\u2011", "-").split("-")
    parts = [p for piece in pieces for p in compound_parts(piece)]
    return tuple(dict.fromkeys(t for t in (term(p) for p in parts) if t))


def classify(text: str, *, max_chars: int = DEFAULT_CONFIG["max_chars"]) -> dict[str, float]:
    """IPTC id -> probability for ``text`` (the model alone, no section)."""
    current = model()
    probabilities = current.probabilities(term_counts(text, max_chars, current.index))
    return {cls: float(p) for cls, p in zip(current.classes, probabilities, strict=True)}


def mix_section(scores: dict[str, float], topic: str | None, weight: float) -> dict[str, float]:
    """``(1 - weight) * scores + weight * one-hot(topic)``; unchanged when there is no topic."""
    if topic is None or weight <= 0:
        return scores
    mixed = {key: (1 - weight) * value for key, value in scores.items()}
    mixed[topic] = mixed.get(topic, 0.0) + weight
    return mixed


def ranked(scores: dict[str, float], max_topics: int, min_score: float, language: str) -> list[dict[str, Any]]:
    """The best topics as contract entries; the best one is kept even below ``min_score``."""
    labels = iptc_labels()
    order = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    chosen = [item for n, item in enumerate(order[:max_topics]) if n == 0 or item[1] >= min_score]
    return [{"id": key, "label": labels.get(key, {}).get(language, key), "score": round(value, 4)}
            for key, value in chosen if not math.isnan(value)]


def section_entry(section: str) -> dict[str, Any]:
    """The outlet's own section as a topics entry (score 0.0: not a model score)."""
    return {"id": SECTION_PREFIX + section, "label": section, "score": 0.0}


def make_topics_step(**config: Any) -> Step:
    """Make the ``topics`` step; ``config`` overrides :data:`DEFAULT_CONFIG`."""
    cfg = step_config("topics", DEFAULT_CONFIG, config)
    if cfg["language"] not in ("de", "en"):
        raise ValueError(f"topics label language must be 'de' or 'en', not {cfg['language']!r}")
    model()  # load at build time, so that a missing model file fails early

    def topics(article: Article) -> Article:
        if not article.text.strip():
            article.topics = []
            return article
        scores = classify(article.text, max_chars=cfg["max_chars"])
        section = url_section(article.url) if cfg["section"] else None
        scores = mix_section(scores, section_topic(section), cfg["section_weight"])
        entries = ranked(scores, cfg["max_topics"], cfg["min_score"], cfg["language"])
        if section:
            entries.append(section_entry(section))
        article.topics = entries
        return article

    return Step("topics", topics, requires=("text",), assigns=("topics",), config=cfg)
