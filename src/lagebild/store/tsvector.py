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


#: "12A", "12B", "12C" for every position, made once: formatting positions is most of the work.
_LABELS = {weight: [f"{p}{weight}" for p in range(MAX_POSITION + 1)] for weight in "ABC"}


def _labels(weight: str, start: int, count: int) -> list[str]:
    """The labels of ``count`` positions from ``start`` on (past the maximum they all read MAX_POSITION)."""
    labels = _LABELS[weight][start:start + count]
    return labels + [labels[-1] if labels else f"{MAX_POSITION}{weight}"] * (count - len(labels))


def tsvector_literal(columns: IndexColumns) -> str:
    """The ``tsvector`` text of an article's index columns (cast with ``::tsvector``)."""
    head, body, parts = columns.headline.split(), columns.body.split(), columns.parts.split()
    body_start = len(head) + 2  # one position left free between columns
    parts_start = body_start + len(body) + 1
    label = [""] + _labels("A", 1, len(head)) + [""] + _labels("B", body_start, len(body)) + [""] \
        + _labels("C", parts_start, len(parts))
    positions: dict[str, list[int]] = {}
    for position, term in enumerate(head + [""] + body + [""] + parts, start=1):
        if term:
            positions.setdefault(term, []).append(position)
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
        if places[-1] > MAX_POSITION:  # all positions past the maximum become one, the first
            places = [p for p in places if p < MAX_POSITION] + [next(p for p in places if p >= MAX_POSITION)]
        lexeme = term.replace("\\", "\\\\").replace("'", "''")
        out.append(f"'{lexeme}':{','.join(map(label.__getitem__, places[:MAX_POSITIONS_PER_TERM]))}")
    return " ".join(out)
