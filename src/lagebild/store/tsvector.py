"""An article's index columns as one PostgreSQL ``tsvector`` (the PostgreSQL side of :mod:`.indexing`).

The terms are the ones the SQLite backend puts into FTS5 (:func:`lagebild.store.indexing.index_columns`:
German folding, Snowball stemming, compound parts), written as a ``tsvector`` literal, so
PostgreSQL stores them as they are: no second parser, stemmer or stop-word list runs, and
both backends index exactly the same terms. The three FTS5 columns become weights:

- headline terms at positions 1..h, weight **A**;
- body terms from h + 2 on (the gap keeps a phrase from running from the headline into the
  body, as it cannot cross FTS5 columns), weight **B**;
- compound parts and closed forms after the body, weight **C** (phrases only look at A and B).

PostgreSQL's limits apply: positions above 16,383 count as 16,383, a term keeps at most
256 positions, and a term longer than 2,046 bytes is left out (no German word is that long).
"""

from __future__ import annotations

import logging

from lagebild.store.indexing import IndexColumns

log = logging.getLogger("lagebild.store")

MAX_POSITION = 16383
MAX_POSITIONS_PER_TERM = 256
MAX_TERM_BYTES = 2046
#: A tsvector must stay under 1 MB; terms beyond this many bytes of lexemes are dropped.
MAX_LEXEME_BYTES = 900_000


def term_count(columns: IndexColumns) -> int:
    """The number of terms in an article's three columns: FTS5's document length for BM25."""
    return sum(len(text.split()) for text in (columns.headline, columns.body, columns.parts))


def tsvector_literal(columns: IndexColumns) -> str:
    """The ``tsvector`` text of an article's index columns (cast with ``::tsvector``)."""
    positions: dict[str, list[str]] = {}
    position = 0
    for text, weight in ((columns.headline, "A"), (columns.body, "B"), (columns.parts, "C")):
        for term in text.split():
            position += 1
            listed = positions.setdefault(term, [])
            if len(listed) < MAX_POSITIONS_PER_TERM:
                listed.append(f"{min(position, MAX_POSITION)}{weight}")
        position += 1  # the gap between columns
    out: list[str] = []
    size = 0
    for term, places in positions.items():
        encoded = len(term.encode("utf-8"))
        if encoded > MAX_TERM_BYTES:
            continue
        size += encoded
        if size > MAX_LEXEME_BYTES:
            log.warning("an article has too many distinct terms for one tsvector: the rest is not indexed")
            break
        lexeme = term.replace("\\", "\\\\").replace("'", "''")
        out.append(f"'{lexeme}':{','.join(_unique(places))}")
    return " ".join(out)


def _unique(places: list[str]) -> list[str]:
    """Clamped positions repeat; keep the first of each position."""
    kept: dict[str, str] = {}
    for place in places:
        kept.setdefault(place[:-1], place)
    return list(kept.values())
