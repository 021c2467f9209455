"""What the SQL backends share: storing, revisions, annotations and reading, in SQL both engines run.

:class:`SQLStore` holds the logic of :class:`~lagebild.store.sqlite.SQLiteStore` and
:class:`~lagebild.store.postgres.PostgresStore`, so both decide new / updated / duplicate
the same way and store the same rows. A backend supplies the connection (``self._db``:
a DB-API connection taking ``?`` placeholders; PostgreSQL's is translated by
:class:`~lagebild.store.postgres.PgConnection`), the full-text index rows
(:meth:`SQLStore._index_terms`, :meth:`SQLStore._unindex`) and :meth:`SQLStore.search`.
Writes run in one transaction per batch, opened with ``BEGIN IMMEDIATE`` (SQLite's
writer lock; PostgreSQL takes an advisory writer lock instead).
"""

from __future__ import annotations

import abc
import itertools
import json
import logging
import threading
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from typing import Any

from lagebild.article import Article
from lagebild.errors import NotFound, StoreError
from lagebild.store.base import AddResult, Store
from lagebild.store.records import Prepared, prepare

log = logging.getLogger("lagebild.store")

BATCH_SIZE = 500


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class SQLStore(Store):
    """The SQL both backends run; subclasses open ``self._db`` and own the search index."""

    path: str
    readonly: bool

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._outlet_ids: dict[str, int] = {}

    @property
    def connection(self) -> Any:
        """The raw connection, for other lagebild components (schema: :mod:`lagebild.store.migrations`)."""
        return self._db

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- the search index (backend-specific) -------------------------------------
    @abc.abstractmethod
    def _index_terms(self, doc: int, prepared: Prepared) -> None:
        """Add the search-index row of one article version."""

    @abc.abstractmethod
    def _unindex(self, doc: int) -> None:
        """Remove the search-index row of ``doc``."""

    # -- writing ---------------------------------------------------------------
    def add_articles(self, articles: Iterable[Article]) -> list[AddResult]:
        self._check_writable()
        results: list[AddResult] = []
        iterator = iter(articles)
        while batch := list(itertools.islice(iterator, BATCH_SIZE)):
            results.extend(self._add_batch(batch))
        return results

    def _add_batch(self, batch: list[Article]) -> list[AddResult]:
        for article in batch:
            if not isinstance(article, Article) or not article.id:
                raise ValueError(f"every article needs an id before it is stored (got {article!r:.80})")
        with self._lock:
            hashes = [a.content_hash() for a in batch]
            known = self._known_hashes(hashes)
            prepared = [None if h in known else prepare(a) for a, h in zip(batch, hashes)]
            return self._write(lambda: [self._store_one(a, h, p) for a, h, p in zip(batch, hashes, prepared)])

    def _write(self, work: Any) -> Any:
        """Run ``work`` in one write transaction."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            result = work()
            self._db.execute("COMMIT")
            return result
        except BaseException:
            self._db.execute("ROLLBACK")
            self._outlet_ids.clear()
            raise

    def known_versions(self, content_hashes: Iterable[str]) -> set[str]:
        hashes = list(content_hashes)
        if not hashes:
            return set()
        with self._lock:
            return self._known_hashes(hashes)

    def _known_hashes(self, hashes: list[str]) -> set[str]:
        marks = ", ".join("?" * len(hashes))
        rows = self._db.execute(
            f"SELECT content_hash FROM articles WHERE content_hash IN ({marks}) "
            f"UNION SELECT content_hash FROM revisions WHERE content_hash IN ({marks})",
            hashes + hashes,
        )
        return {row[0] for row in rows}

    def _store_one(self, article: Article, content_hash: str, prepared: Prepared | None) -> AddResult:
        """Insert, update or skip one article inside the batch transaction."""
        duplicate = self._find_hash(content_hash)
        if duplicate is not None:
            return AddResult(duplicate[0], "duplicate", duplicate[1])
        if prepared is None:  # a version stored by someone else vanished meanwhile: analyse now
            prepared = prepare(article)
        existing = self._find_existing(article)
        if existing is None:
            return self._insert(prepared)
        return self._update(existing, prepared)

    def _find_hash(self, content_hash: str) -> tuple[str, int] | None:
        """``(article id, current revision)`` of the article that has this version, current or older."""
        row = self._db.execute("SELECT id, revision FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        if row is None:
            row = self._db.execute(
                "SELECT a.id, a.revision FROM revisions r JOIN articles a ON a.id = r.article_id "
                "WHERE r.content_hash = ? LIMIT 1",
                (content_hash,),
            ).fetchone()
        return None if row is None else (row[0], row[1])

    def _find_existing(self, article: Article) -> tuple[int, str, int, str, str, str] | None:
        """The stored article this one is a new version of: same URL, else same id."""
        columns = "doc, id, revision, content_hash, json, updated_at"
        row = None
        if article.url:
            row = self._db.execute(
                f"SELECT {columns} FROM articles WHERE url = ? ORDER BY doc LIMIT 1", (article.url,)
            ).fetchone()
        if row is None:
            row = self._db.execute(f"SELECT {columns} FROM articles WHERE id = ?", (article.id,)).fetchone()
        return row

    def _insert(self, prepared: Prepared) -> AddResult:
        article, now = prepared.article, _now()
        (doc,) = self._db.execute(
            "INSERT INTO articles (id, url, outlet_id, language, headline, published, published_utc, "
            "content_hash, revision, json, ingested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) "
            "RETURNING doc",
            (article.id, article.url, self._outlet_id(article.outlet), article.language, article.headline,
             article.published, prepared.published_utc, prepared.content_hash, prepared.json_for(article.id),
             now, now),
        ).fetchone()
        self._index(doc, article.id, prepared)
        return AddResult(article.id, "new", 1)

    def _update(self, existing: tuple[int, str, int, str, str, str], prepared: Prepared) -> AddResult:
        doc, article_id, revision, old_hash, old_json, old_seen = existing
        article = prepared.article
        self._db.execute(
            "INSERT INTO revisions (article_id, revision, content_hash, json, seen_at) VALUES (?, ?, ?, ?, ?)",
            (article_id, revision, old_hash, old_json, old_seen),
        )
        self._db.execute(
            "UPDATE articles SET url = ?, outlet_id = ?, language = ?, headline = ?, published = ?, "
            "published_utc = ?, content_hash = ?, revision = ?, json = ?, updated_at = ? WHERE doc = ?",
            (article.url, self._outlet_id(article.outlet), article.language, article.headline, article.published,
             prepared.published_utc, prepared.content_hash, revision + 1, prepared.json_for(article_id), _now(), doc),
        )
        self._unindex(doc)
        self._db.execute("DELETE FROM annotations WHERE article_id = ?", (article_id,))
        self._index(doc, article_id, prepared)
        log.debug("article %s: revision %d replaces %d", article_id, revision + 1, revision)
        return AddResult(article_id, "updated", revision + 1)

    def _index(self, doc: int, article_id: str, prepared: Prepared) -> None:
        """Search index, filter row and annotations of the current version."""
        article = prepared.article
        self._index_terms(doc, prepared)
        self._db.execute(
            "INSERT INTO search_filters (doc, published_utc, outlet_id, language) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (doc) DO UPDATE SET published_utc = excluded.published_utc, "
            "outlet_id = excluded.outlet_id, language = excluded.language",
            (doc, prepared.published_utc, self._outlet_id(article.outlet), (article.language or "").lower() or None),
        )
        self._db.executemany(
            'INSERT INTO annotations (article_id, kind, start, "end", label, value) VALUES (?, ?, ?, ?, ?, ?)',
            [(article_id, *row) for row in prepared.annotations],
        )

    def _outlet_id(self, name: str | None) -> int | None:
        if not name:
            return None
        if name not in self._outlet_ids:
            self._db.execute(
                "INSERT INTO outlets (name, key) VALUES (?, ?) ON CONFLICT DO NOTHING", (name, name.casefold())
            )
            row = self._db.execute("SELECT id FROM outlets WHERE name = ?", (name,)).fetchone()
            self._outlet_ids[name] = row[0]
        return self._outlet_ids[name]

    def record_rejection(self, path: str, locator: str | None, reason: str) -> None:
        self._check_writable()
        with self._lock:
            self._write(lambda: self._db.execute(
                "INSERT INTO ingest_errors (path, locator, reason, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (str(path), locator, reason, _now()),
            ))

    def _check_writable(self) -> None:
        if self.readonly:
            raise StoreError(f"the database {self.path!r} was opened read-only: open it without readonly to write")

    # -- reading ---------------------------------------------------------------
    def rejections(self, limit: int = 100) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT path, locator, reason, at FROM ingest_errors ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        return [dict(zip(("path", "locator", "reason", "at"), row)) for row in rows]

    def get_article(self, article_id: str) -> Article:
        with self._lock:
            row = self._db.execute("SELECT json FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(
                f"no article with id {article_id!r} in {self.path}: check the id "
                "(search results and `lagebild search --format json` show ids)"
            )
        return Article.from_json(row[0])

    def count_articles(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def iter_articles(self) -> Iterator[Article]:
        last = 0
        while True:  # pages by key, so that no cursor stays open between yields
            with self._lock:
                rows = self._db.execute(
                    "SELECT doc, json FROM articles WHERE doc > ? ORDER BY doc LIMIT 500", (last,)
                ).fetchall()
            if not rows:
                return
            for doc, document in rows:
                last = doc
                yield Article.from_json(document)

    def revisions(self, article_id: str) -> list[dict[str, Any]]:
        with self._lock:
            current = self._db.execute(
                "SELECT revision, content_hash, updated_at FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if current is None:
                raise NotFound(f"no article with id {article_id!r} in {self.path}: check the id")
            older = self._db.execute(
                "SELECT revision, content_hash, seen_at FROM revisions WHERE article_id = ? ORDER BY revision",
                (article_id,),
            ).fetchall()
        keys = ("revision", "content_hash", "seen_at")
        versions = [dict(zip(keys, row), current=False) for row in older]
        return versions + [dict(zip(keys, current), current=True)]

    def revision_article(self, article_id: str, revision: int) -> Article:
        """One stored version of an article (the current one or an older revision)."""
        with self._lock:
            row = self._db.execute(
                "SELECT json FROM revisions WHERE article_id = ? AND revision = ? "
                "UNION ALL SELECT json FROM articles WHERE id = ? AND revision = ?",
                (article_id, revision, article_id, revision),
            ).fetchone()
        if row is None:
            raise NotFound(f"article {article_id!r} has no revision {revision}: see store.revisions(id)")
        return Article.from_json(row[0])

    def outlets(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT o.name, count(a.doc), min(a.published_utc), max(a.published_utc) "
                "FROM outlets o LEFT JOIN articles a ON a.outlet_id = o.id "
                "GROUP BY o.id, o.name ORDER BY count(a.doc) DESC, o.name"
            ).fetchall()
        keys = ("name", "articles", "first_published", "last_published")
        return [dict(zip(keys, row)) for row in rows]

    def annotations(self, article_id: str, kind: str | None = None) -> list[dict[str, Any]]:
        """The stored annotations of an article's current version (all kinds, or one)."""
        sql = 'SELECT kind, start, "end", label, value FROM annotations WHERE article_id = ?'
        params: list[Any] = [article_id]
        if kind:
            sql += " AND kind = ?"
            params.append(kind)
        with self._lock:
            rows = self._db.execute(sql + " ORDER BY rowid", params).fetchall()
        return [{"kind": k, "start": s, "end": e, "label": label, "value": json.loads(v)} for k, s, e, label, v in rows]
