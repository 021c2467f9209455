"""Full-text search over the SQLite ``search_index``: filters, BM25 ranking, one page, snippets.

Two queries: the total (cheap in FTS5) and the ranked page; filters join the
narrow ``search_filters`` table. Only the page's articles are read in full, to
make their snippets.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from lagebild.article import Article
from lagebild.errors import QuerySyntaxError, StoreError
from lagebild.store.base import DateLike, SearchHit, SearchResults
from lagebild.store.dates import filter_bound
from lagebild.store.indexing import body_text
from lagebild.store.query import ParsedQuery, parse_query
from lagebild.store.snippets import Highlighter, make_snippet

log = logging.getLogger("lagebild.store")

#: BM25 weights of the index columns: headline, body, compound parts.
WEIGHTS = (4.0, 1.0, 0.6)
MAX_LIMIT = 1000


@dataclass(slots=True)
class Filters:
    """SQL conditions on ``search_filters f`` and their parameters."""

    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    impossible: bool = False


def build_filters(
    db: sqlite3.Connection, *, since: DateLike, until: DateLike, outlet: str | None, language: str | None
) -> Filters:
    """The conditions for since/until (on ``published_utc``), outlet (case-insensitive) and language."""
    filters = Filters()
    for name, value, end in (("since", since, False), ("until", until, True)):
        bound = filter_bound(value, name=name, end=end)
        if bound is not None:
            filters.where.append(f"f.published_utc {bound[0]} ?")
            filters.params.append(bound[1])
    if outlet:
        ids = [row[0] for row in db.execute("SELECT id FROM outlets WHERE key = ?", (outlet.strip().casefold(),))]
        filters.impossible = not ids
        filters.where.append(f"f.outlet_id IN ({', '.join('?' * len(ids)) or 'NULL'})")
        filters.params.extend(ids)
    if language:
        filters.where.append("f.language = ?")
        filters.params.append(language.strip().lower())
    return filters


def search(
    db: sqlite3.Connection,
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
    hits = _hits(db, parsed, ranked)
    return SearchResults(query=query, total=total, results=hits)


def _page(limit: int, offset: int) -> tuple[int, int]:
    if not isinstance(limit, int) or not isinstance(offset, int) or limit < 0 or offset < 0:
        raise QuerySyntaxError(f"limit and offset must be whole numbers >= 0 (got limit={limit!r}, offset={offset!r})")
    return min(limit, MAX_LIMIT), offset


def _from_where(filters: Filters) -> str:
    """FROM and WHERE of a search; the filter table is joined only when a filter asks for it."""
    if not filters.where:
        return "FROM search_index WHERE search_index MATCH ?"
    conditions = " AND ".join(filters.where)
    return (
        "FROM search_index JOIN search_filters f ON f.doc = search_index.rowid "
        f"WHERE search_index MATCH ? AND {conditions}"
    )


def _ranked(
    db: sqlite3.Connection, parsed: ParsedQuery, filters: Filters, limit: int, offset: int
) -> list[tuple[int, float]]:
    """``(doc, score)`` for one page, best first (BM25, headline weighted above body)."""
    weights = ", ".join(str(float(w)) for w in WEIGHTS)
    sql = (
        f"SELECT search_index.rowid, bm25(search_index, {weights}) AS rank {_from_where(filters)} "
        "ORDER BY rank, search_index.rowid LIMIT ? OFFSET ?"
    )
    rows = _execute(db, sql, [parsed.match, *filters.params, limit, offset], parsed)
    return [(doc, round(-rank, 6)) for doc, rank in rows]


def _count(db: sqlite3.Connection, parsed: ParsedQuery, filters: Filters) -> int:
    sql = f"SELECT count(*) {_from_where(filters)}"
    return _execute(db, sql, [parsed.match, *filters.params], parsed)[0][0]


def _execute(db: sqlite3.Connection, sql: str, params: list[Any], parsed: ParsedQuery) -> list[tuple[Any, ...]]:
    """Run a search statement; an FTS5 complaint becomes a QuerySyntaxError, never an sqlite3 error."""
    try:
        return db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as error:
        message = str(error)
        if "fts5" in message or "syntax" in message or "MATCH" in message:
            log.error("FTS5 rejected the translated query %r: %s", parsed.match, message)
            raise QuerySyntaxError("the query could not be searched: simplify it (words, \"phrases\", OR, -word)") \
                from None
        raise StoreError(f"search failed: {message}") from error


def _hits(db: sqlite3.Connection, parsed: ParsedQuery, ranked: list[tuple[int, float]]) -> list[SearchHit]:
    """Full records and snippets for the page's articles, in rank order."""
    if not ranked:
        return []
    docs = [doc for doc, _ in ranked]
    rows = db.execute(
        "SELECT a.doc, a.id, a.url, a.headline, o.name, a.published, a.json "
        "FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id "
        f"WHERE a.doc IN ({', '.join('?' * len(docs))})",
        docs,
    ).fetchall()
    by_doc = {row[0]: row for row in rows}
    highlighter = Highlighter(parsed.terms, parsed.prefixes)
    return [_hit(by_doc[doc], score, highlighter) for doc, score in ranked if doc in by_doc]


def _hit(row: tuple[Any, ...], score: float, highlighter: Highlighter) -> SearchHit:
    _, article_id, url, headline, outlet, published, document = row
    article = Article.from_dict(json.loads(document))
    text = body_text(article) or article.text
    return SearchHit(
        id=article_id,
        url=url,
        headline=headline,
        outlet=outlet,
        published=published,
        snippet=make_snippet(text, highlighter),
        score=score,
    )
