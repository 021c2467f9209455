"""Near-duplicates: articles that are largely the same text (agency copies, republished versions).

Each article's text becomes a set of word 5-shingles (lowercased words); a MinHash
signature of that set goes into a MinHash LSH index (datasketch) so that finding the
candidates of a new article costs about the same at a thousand or a million articles.
Candidates are confirmed on their exact shingle sets: a pair is a near-duplicate when it
shares at least :attr:`CopyConfig.min_containment` of the shorter text's shingles and at
least :attr:`CopyConfig.min_jaccard` of their union.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash, MinHashLSH

from lagebild.article import Article

WORD = re.compile(r"\w+")
#: datasketch's permutation scheme; stored signatures are loaded back with it.
SCHEME = "affine32"


@dataclass(frozen=True, slots=True)
class CopyConfig:
    """Settings of near-duplicate detection."""

    shingle_words: int = 5
    num_perm: int = 256
    bands: int = 128  # rows = num_perm // bands; 2 rows find pairs down to Jaccard ~0.15
    min_jaccard: float = 0.15
    min_containment: float = 0.5
    min_estimate: float = 0.08  # MinHash estimate below which a candidate is not checked exactly
    min_shingles: int = 10  # shorter texts are not compared


@dataclass(frozen=True, slots=True)
class CopyPair:
    """Two near-duplicate articles: ``a`` was seen first."""

    a: str
    b: str
    jaccard: float
    containment: float


def shingles(text: str, size: int = 5) -> set[str]:
    """The word ``size``-shingles of ``text`` (lowercased ``\\w+`` words joined by spaces)."""
    words = WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def overlap(a: set[str], b: set[str]) -> tuple[float, float]:
    """Jaccard and containment (shared share of the smaller set) of two shingle sets."""
    if not a or not b:
        return 0.0, 0.0
    shared = len(a & b)
    return shared / len(a | b), shared / min(len(a), len(b))


@dataclass(slots=True)
class CopyFinder:
    """An LSH index of the signatures seen so far; :meth:`add` returns the near-duplicates of a new article.

    ``text_of`` fetches the text of an indexed article for the exact check (the store's
    copy, or a cache); articles of the current batch are kept in memory until :meth:`forget_batch`.
    """

    text_of: Callable[[str], str | None]
    config: CopyConfig = field(default_factory=CopyConfig)
    lsh: MinHashLSH = field(init=False)
    signatures: dict[str, np.ndarray] = field(init=False, default_factory=dict)
    _batch_texts: dict[str, str] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        rows = self.config.num_perm // self.config.bands
        self.lsh = MinHashLSH(num_perm=self.config.num_perm, params=(self.config.bands, rows))

    def signature(self, shingle_set: Iterable[str]) -> MinHash:
        minhash = MinHash(num_perm=self.config.num_perm, scheme=SCHEME)
        minhash.update_batch([s.encode("utf-8") for s in shingle_set])
        return minhash

    def load(self, article_id: str, hashvalues: np.ndarray) -> None:
        """Index a stored signature (when the finder is rebuilt from the database)."""
        minhash = MinHash(num_perm=self.config.num_perm, hashvalues=hashvalues, scheme=SCHEME)
        self.lsh.insert(article_id, minhash, check_duplication=False)
        self.signatures[article_id] = minhash.hashvalues

    def add(self, article_id: str, text: str) -> tuple[np.ndarray | None, list[CopyPair]]:
        """Index one article; its signature (None for a too short text) and its near-duplicates seen before."""
        own = shingles(text, self.config.shingle_words)
        if len(own) < self.config.min_shingles or article_id in self.signatures:
            return None, []
        minhash = self.signature(own)
        pairs = [p for p in (self._confirm(article_id, own, minhash, other) for other in sorted(self.lsh.query(minhash))) if p]
        self.lsh.insert(article_id, minhash, check_duplication=False)
        self.signatures[article_id] = minhash.hashvalues
        self._batch_texts[article_id] = text
        return minhash.hashvalues, pairs

    def text(self, article_id: str) -> str | None:
        """The text of an indexed article (from the current batch, else from ``text_of``)."""
        return self._batch_texts.get(article_id) or self.text_of(article_id)

    def forget_batch(self) -> None:
        """Drop the texts kept for the current batch (they are in the store now)."""
        self._batch_texts.clear()

    def _confirm(self, article_id: str, own: set[str], minhash: MinHash, other: str) -> CopyPair | None:
        estimate = float(np.mean(self.signatures[other] == minhash.hashvalues))
        if estimate < self.config.min_estimate:
            return None
        text = self.text(other)
        if not text:
            return None
        jaccard, containment = overlap(own, shingles(text, self.config.shingle_words))
        if jaccard >= self.config.min_jaccard and containment >= self.config.min_containment:
            return CopyPair(other, article_id, round(jaccard, 4), round(containment, 4))
        return None


def copy_text(article: Article) -> str:
    """The text compared for copies: the whole readable text of the article."""
    return article.text or ""
