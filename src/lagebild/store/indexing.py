"""What an article puts into the search index: three columns of analysed terms.

- ``headline``: terms of kicker and headline, in token order.
- ``body``: terms of the rest of the text (lead, headings, paragraphs), in order,
  so that phrase queries work; a hyphenated word gives one term per piece.
- ``parts``: terms a word stands for without being written that way: the
  compound parts ("Truppenpräsenz" -> ``trupp prasenz``) and the closed form of a
  hyphenated word ("Corona-Pandemie" -> ``coronapandemi``). Order is irrelevant.

Terms are space-separated; the FTS5 ``unicode61`` tokenizer reads them back as
they are, because a term only holds letters and digits.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lagebild.article import BLOCK_SEPARATOR, Article
from lagebild.store.analysis import PIECE_RE, joined_term, term, words
from lagebild.store.compounds import MIN_COMPOUND, compound_parts


@dataclass(frozen=True, slots=True)
class IndexColumns:
    """The text of the three columns of one article's row in ``search_index``."""

    headline: str
    body: str
    parts: str


def headline_text(article: Article) -> str:
    """Kicker and headline, the text the ``headline`` column is made of."""
    return "\n".join(part for part in (article.kicker, article.headline) if part)


def body_text(article: Article) -> str:
    """``Article.text`` without its leading kicker and headline blocks."""
    blocks = article.text.split(BLOCK_SEPARATOR)
    for leading in (article.kicker, article.headline):
        if leading and blocks and blocks[0].strip() == leading.strip():
            blocks.pop(0)
    return BLOCK_SEPARATOR.join(blocks)


def index_columns(article: Article) -> IndexColumns:
    """Analyse an article into its index columns."""
    parts: list[str] = []
    headline = _column(headline_text(article), parts)
    body = _column(body_text(article), parts)
    return IndexColumns(headline, body, " ".join(parts))


def _column(text: str, parts: list[str]) -> str:
    """The terms of ``text`` in order; the word's extra terms are appended to ``parts``."""
    terms: list[str] = []
    for word in words(text):
        own, extra = word_terms(word)
        terms.extend(own)
        parts.extend(extra)
    return " ".join(terms)


@lru_cache(maxsize=1 << 18)
def word_terms(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The terms a word is written as, and the extra terms it stands for (closed form, compound parts)."""
    pieces = PIECE_RE.findall(word)
    own = tuple(t for t in (term(piece) for piece in pieces) if t)
    extra: list[str] = []
    if len(pieces) > 1:
        extra.append(joined_term(word))
    for piece in pieces:
        if len(piece) >= MIN_COMPOUND:
            extra.extend(t for t in (term(part) for part in compound_parts(piece)) if t)
    return own, tuple(dict.fromkeys(t for t in extra if t))
