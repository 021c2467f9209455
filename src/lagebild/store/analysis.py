"""German terms: how words of articles and queries become search-index terms.

The same functions run on the indexing side and on the query side, so that
whatever spelling a writer or a searcher uses meets the other:

1. **tokenise** -- unicode words with their character offsets; hyphenated
   words ("US-Truppen") are one token made of pieces ("US", "Truppen").
2. **fold** -- lowercase; the ASCII spellings ``ae``/``oe``/``ue`` become
   ``a``/``o``/``u`` (not after ``q``: "Quelle"); then ``ä ö ü`` become
   ``a o u``, ``ß`` becomes ``ss`` and other diacritics are dropped. So
   "München", "Muenchen" and "Munchen" all fold to ``munchen``, "Straße" and
   "Strasse" to ``strasse``. Words with a genuine ``ae``/``oe``/``ue`` fold
   too ("Israel" -> ``isral``, "aktuell" -> ``aktull``); since every side folds
   the same way they still find themselves. This is the convention of
   Snowball's ``german2`` stemmer, which the stemmer below applies as well.
3. **stem** -- Snowball German (PyStemmer): "Soldaten" -> ``soldat``,
   "irakischen" -> ``irak``.
4. **compound parts** (indexing only, see :mod:`lagebild.store.compounds`):
   "Truppenpräsenz" -> ``trupp``, ``prasenz``.

A *term* is ``stem(fold(word))``: a non-empty string of letters and digits.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

#: A word: runs of letters/digits, joined by hyphens into one token.
WORD_RE = re.compile(r"[^\W_]+(?:[-\u2010\u2011][^\W_]+)*")
#: The pieces of a (hyphenated) word.
PIECE_RE = re.compile(r"[^\W_]+")
#: ASCII spellings of umlauts; ``ue`` after ``q`` is a real u + e ("Quelle").
DIGRAPH_RE = re.compile(r"ae|oe|(?<!q)ue")
UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})

_local = threading.local()


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the original text with its character offsets."""

    text: str
    start: int
    end: int

    @property
    def pieces(self) -> list[str]:
        """The hyphen-separated pieces of the word ("US-Truppen" -> ["US", "Truppen"])."""
        return PIECE_RE.findall(self.text)


def tokenise(text: str) -> Iterator[Token]:
    """The words of ``text`` in order, with offsets into ``text``."""
    for match in WORD_RE.finditer(text):
        yield Token(match.group(), match.start(), match.end())


def words(text: str) -> list[str]:
    """The words of ``text`` (hyphenated words stay whole)."""
    return WORD_RE.findall(text)


@lru_cache(maxsize=1 << 18)
def fold(word: str) -> str:
    """Lowercase, umlaut and diacritic folding; keeps only letters and digits.

    >>> fold("Muenchen"), fold("München"), fold("Straße"), fold("Quelle")
    ('munchen', 'munchen', 'strasse', 'quelle')
    """
    folded = DIGRAPH_RE.sub(_first_letter, word.lower()).translate(UMLAUTS)
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    if not folded.isalnum():
        folded = "".join(ch for ch in folded if ch.isalnum())
    return folded


def _first_letter(match: re.Match[str]) -> str:
    return match.group()[0]


def _stemmer() -> Stemmer.Stemmer:
    """One Snowball German stemmer per thread (PyStemmer objects are not thread-safe)."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer("german")
    return stemmer


@lru_cache(maxsize=1 << 18)
def term(word: str) -> str:
    """The index term of one word piece: ``stem(fold(word))`` ("" when it has no letters or digits)."""
    folded = fold(word)
    if not folded:
        return ""
    stemmed = _stemmer().stemWord(folded)
    # The stemmer marks u/y between vowels internally; its output is lowercase,
    # but never trust a stemmer to keep the alphabet the tokenizer accepts.
    return stemmed if stemmed.isalnum() else folded


def prefix_term(word: str) -> str:
    """The index-side prefix for a user's ``word*``: the stem when it is a prefix of the folded word.

    "Soldaten*" must find "Soldatinnen" and "Soldaten" (indexed as ``soldat``), so the
    prefix is the stem ``soldat``, not ``soldaten``.
    """
    folded = fold(word)
    stemmed = term(word)
    return stemmed if stemmed and folded.startswith(stemmed) else folded


def piece_terms(word: str) -> list[str]:
    """The terms of the pieces of one word, in order ("US-Truppen" -> ["us", "trupp"])."""
    return [t for t in (term(p) for p in PIECE_RE.findall(word)) if t]


def joined_term(word: str) -> str:
    """One term for a hyphenated word as if written closed ("Corona-Pandemie" -> ``coronapandemi``)."""
    return term("".join(PIECE_RE.findall(word)))


def query_terms(text: str) -> list[str]:
    """The terms of a stretch of query text, in order (hyphenated words give their pieces)."""
    return [t for word in words(text) for t in piece_terms(word)]
