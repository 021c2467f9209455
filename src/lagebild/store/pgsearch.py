"""Full-text search over the PostgreSQL ``search_index``: the same query, filters, page, snippets and ranking as SQLite.

The query parser gives a ``tsquery`` over the same analysed terms FTS5 searches
(:mod:`lagebild.store.query`), so both backends match the same articles. Ranking is
FTS5's BM25, computed the way SQLite computes it (``fts5Bm25Function``: k1 = 1.2,
b = 0.75, IDF floored at 1e-6, column weights headline 4, body 1, parts 0.6):

- for each phrase of the query, ``nHit`` = the articles containing it (a GIN lookup) and
  ``idf = ln((N - nHit + 0.5) / (nHit + 0.5))``;
- its weighted frequency in an article = the sum of the column weights of its instances.
  PostgreSQL's ``ts_rank_cd`` of a single phrase, without normalisation, is exactly that
  sum (each instance is a cover of weight = its column's weight), with the weights scaled
  below 1 as PostgreSQL requires, then scaled back and rounded to 3 decimals (float4);
- ``N``, the article's length (its number of terms) and the average length come from
  ``search_index.length`` and ``search_totals``, which FTS5 keeps internally.

Scores therefore agree with SQLite's to about 1e-6, and so does the order, except for
articles past PostgreSQL's tsvector limits (16,383 positions, 256 per term).
"""

from __future__ import annotations

import logging
import math
from typing import Any

from lagebild.errors import QuerySyntaxError, StoreError
from lagebild.store.base import DateLike, SearchResults
from lagebild.store.query import ParsedQuery, parse_query
from lagebild.store.search import WEIGHTS, Filters, _hits, _page, build_filters

log = logging.getLogger("lagebild.store")

K1 = 1.2
B = 0.75
MIN_IDF = 1e-6
#: ``ts_rank_cd`` weights must lie in (0, 1]: the column weights divided by the largest.
SCALE = max(WEIGHTS)
#: ``ts_rank_cd`` weights {D, C, B, A}: parts, body, headline (D is never used; it must not be 0).
RANK_WEIGHTS = "{%r, %r, %r, %r}" % (WEIGHTS[2] / SCALE, WEIGHTS[2] / SCALE, WEIGHTS[1] / SCALE, WEIGHTS[0] / SCALE)


def search(
    db: Any,
    query: str,
    *,
    since: DateLike = None,
    until: DateLike = None,
    outlet: str | None = None,
    language: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> SearchResults:
    """Search the index; raises QuerySyntaxError for a bad query or filter."""
    parsed = parse_query(query)
    limit, offset = _page(limit, offset)
    filters = build_filters(db, since=since, until=until, outlet=outlet, language=language)
    if filters.impossible:
        return SearchResults(query=query, total=0, results=[])
    total, documents, tokens, *hits = _statistics(db, parsed, filters)
    if limit == 0 or total <= offset:
        return SearchResults(query=query, total=total, results=[])
    ranked = _ranked(db, parsed, filters, limit, offset, documents, tokens, hits)
    return SearchResults(query=query, total=total, results=_hits(db, parsed, ranked))


def _statistics(db: Any, parsed: ParsedQuery, filters: Filters) -> list[int]:
    """In one round trip: the matches, the indexed articles and terms, and the articles holding each phrase."""
    phrase_counts = "".join(", (SELECT count(*) FROM search_index WHERE terms @@ ?::tsquery)" for _ in parsed.phrases)
    sql = f"SELECT (SELECT count(*) {_from_where(filters)}), t.documents, t.tokens{phrase_counts} FROM search_totals t"
    return list(_execute(db, sql, [parsed.tsquery, *filters.params, *parsed.phrases], parsed)[0])


def _from_where(filters: Filters) -> str:
    if not filters.where:
        return "FROM search_index s WHERE s.terms @@ ?::tsquery"
    conditions = " AND ".join(filters.where)
    return f"FROM search_index s JOIN search_filters f ON f.doc = s.doc WHERE s.terms @@ ?::tsquery AND {conditions}"


def _ranked(
    db: Any, parsed: ParsedQuery, filters: Filters, limit: int, offset: int, documents: int, tokens: int,
    hits: list[int],
) -> list[tuple[int, float]]:
    """``(doc, score)`` for one page, best first: BM25 as FTS5 computes it (see the module docs)."""
    avgdl = float(tokens) / float(documents) if documents else 1.0
    frequencies, terms = [], []
    for n, found in enumerate(hits):
        ratio = (documents - found + 0.5) / (found + 0.5)
        idf = math.log(ratio) if ratio > 1.0 else MIN_IDF
        frequencies.append(
            f"round(({_f8(SCALE)} * ts_rank_cd('{RANK_WEIGHTS}', s.terms, ?::tsquery, 0))::numeric, 3)::float8 AS f{n}"
        )
        # idf * (f * (k1 + 1)) / (f + k1 * (1 - b + b * D / avgdl)), in FTS5's order of operations
        terms.append(
            f"{_f8(idf)} * ((f{n} * {_f8(K1 + 1.0)}) / (f{n} + {_f8(K1)} * ({_f8(1 - B)} + {_f8(B)} * d / {_f8(avgdl)})))"
        )
    sql = (
        f"SELECT doc, {' + '.join(terms) or '0'} AS score FROM (SELECT s.doc, s.length::float8 AS d, "
        f"{', '.join(frequencies) or '0 AS f'} {_from_where(filters)}) m ORDER BY score DESC, doc LIMIT ? OFFSET ?"
    )
    rows = _execute(db, sql, [*parsed.phrases, parsed.tsquery, *filters.params, limit, offset], parsed)
    return [(doc, round(float(score), 6)) for doc, score in rows]


def _f8(value: float) -> str:
    """A float8 literal that reads back as exactly ``value``."""
    return f"{float(value)!r}::float8"


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


def _execute(db: Any, sql: str, params: list[Any], parsed: ParsedQuery) -> list[tuple[Any, ...]]:
    """Run a search statement; a tsquery complaint becomes a QuerySyntaxError, never a psycopg error."""
    import psycopg

    try:
        return db.execute(sql, params).fetchall()
    except psycopg.errors.SyntaxError as error:
        log.error("PostgreSQL rejected the translated query %r: %s", parsed.tsquery, error)
        raise QuerySyntaxError("the query could not be searched: simplify it (words, \"phrases\", OR, -word)") from None
    except psycopg.Error as error:
        raise StoreError(f"search failed: {_one_line(error)}") from error
