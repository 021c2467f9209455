"""Full-text search over the PostgreSQL ``search_index``: the same query, filters, page and snippets as SQLite.

The query parser gives a ``tsquery`` over the same analysed terms FTS5 searches
(:mod:`lagebild.store.query`), so both backends match the same articles. Ranking is
PostgreSQL's ``ts_rank`` with the column weights of the SQLite backend (headline 4,
body 1, compound parts 0.6, as weights A, B, C) and length normalisation; it is not
FTS5's BM25, so equal matches may come in a different order.
"""

from __future__ import annotations

import logging
from typing import Any

from lagebild.errors import QuerySyntaxError, StoreError
from lagebild.store.base import DateLike, SearchResults
from lagebild.store.query import ParsedQuery, parse_query
from lagebild.store.search import WEIGHTS, Filters, _hits, _page, build_filters

log = logging.getLogger("lagebild.store")

#: ``ts_rank`` weights {D, C, B, A}: the SQLite column weights (headline, body, parts) scaled to at most 1.
RANK_WEIGHTS = "{0, %s, %s, %s}" % tuple(round(w / max(WEIGHTS), 4) for w in (WEIGHTS[2], WEIGHTS[1], WEIGHTS[0]))
#: ``ts_rank`` normalisation: divide by 1 + log(number of terms in the article), as BM25 favours shorter texts.
NORMALISATION = 1


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
    if filters.impossible or limit == 0:
        total = 0 if filters.impossible else _count(db, parsed, filters)
        return SearchResults(query=query, total=total, results=[])
    total = _count(db, parsed, filters)
    ranked = _ranked(db, parsed, filters, limit, offset) if total > offset else []
    return SearchResults(query=query, total=total, results=_hits(db, parsed, ranked))


def _from_where(filters: Filters) -> str:
    if not filters.where:
        return "FROM search_index s WHERE s.terms @@ ?::tsquery"
    conditions = " AND ".join(filters.where)
    return f"FROM search_index s JOIN search_filters f ON f.doc = s.doc WHERE s.terms @@ ?::tsquery AND {conditions}"


def _ranked(db: Any, parsed: ParsedQuery, filters: Filters, limit: int, offset: int) -> list[tuple[int, float]]:
    """``(doc, score)`` for one page, best first."""
    sql = (
        f"SELECT s.doc, ts_rank('{RANK_WEIGHTS}', s.terms, ?::tsquery, {NORMALISATION}) AS rank "
        f"{_from_where(filters)} ORDER BY rank DESC, s.doc LIMIT ? OFFSET ?"
    )
    rows = _execute(db, sql, [parsed.tsquery, parsed.tsquery, *filters.params, limit, offset], parsed)
    return [(doc, round(float(rank), 6)) for doc, rank in rows]


def _count(db: Any, parsed: ParsedQuery, filters: Filters) -> int:
    return _execute(db, f"SELECT count(*) {_from_where(filters)}", [parsed.tsquery, *filters.params], parsed)[0][0]


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
