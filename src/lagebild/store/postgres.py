"""The PostgreSQL store: ``--db postgresql://user@host/dbname`` (psycopg 3).

Same schema, migrations and rows as the SQLite store (both are a
:class:`~lagebild.store.sqlstore.SQLStore`); the full-text index is a ``tsvector``
per article with a GIN index, holding the same analysed German terms as SQLite's
FTS5 index (:mod:`lagebild.store.tsvector`), searched with a ``tsquery`` from the same
query parser (:mod:`lagebild.store.query`). Many readers and one writer at a time:
each write transaction takes an advisory lock (:data:`WRITER_LOCK`), as SQLite's
``BEGIN IMMEDIATE`` takes the file's write lock; readers are never blocked (MVCC).

Lagebild components written against SQLite's connection keep working:
:class:`PgConnection` takes ``?`` placeholders, ``BEGIN IMMEDIATE``,
``INSERT OR IGNORE`` and SQLite's DDL types and translates them.

A schema other than ``public`` is chosen in the URL:
``postgresql://host/db?options=-csearch_path%3Dnews``.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from lagebild.errors import StoreError
from lagebild.store import pgsearch
from lagebild.store.base import DateLike, SearchResults
from lagebild.store.migrations import migrate, pending
from lagebild.store.records import Prepared
from lagebild.store.sqlstore import SQLStore
from lagebild.store.tsvector import term_count, tsvector_literal

log = logging.getLogger("lagebild.store")

#: Advisory lock held by every write transaction (and by migrations): one writer at a time per schema
#: (the key is this number combined with a checksum of the schema's name).
WRITER_LOCK = 0x6C616765  # "lage"
CONNECT_TIMEOUT_S = 10
INSTALL_HINT = "python3 -m pip install 'psycopg[binary]==3.3.9' (or: pip install 'lagebild[postgresql]')"


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    netloc = f"{parts.username}:***@{host}" if parts.username else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


def libpq_url(url: str) -> str:
    """``postgresql+psycopg://`` (SQLAlchemy style) and ``postgres://`` as libpq reads them."""
    scheme, rest = url.split("://", 1)
    return "postgresql://" + rest if scheme.lower().startswith("postgres") else url


class PgConnection:
    """A psycopg connection that accepts the SQL lagebild writes for SQLite (see module docs).

    ``execute`` and ``executemany`` return psycopg cursors (``fetchone``, ``fetchall``,
    iteration), like sqlite3's. The connection is in autocommit mode; ``BEGIN`` /
    ``COMMIT`` / ``ROLLBACK`` statements delimit transactions.
    """

    dialect = "postgresql"

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        #: The writer lock of this schema (one lagebild database per schema, each with its own writer).
        schema = raw.execute("SELECT current_schema()").fetchone()[0] or "public"
        self.lock_key = WRITER_LOCK ^ zlib.crc32(schema.encode("utf-8"))

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        translated = translate(sql)
        if translated == "BEGIN":
            cursor = self.raw.execute("BEGIN")
            try:
                self.raw.execute("SELECT pg_advisory_xact_lock(%s)", (self.lock_key,))
            except BaseException:  # no lock, no transaction: as when SQLite's BEGIN IMMEDIATE times out
                self.raw.execute("ROLLBACK")
                raise
            return cursor
        return self.raw.execute(translated, _params(params))

    def executemany(self, sql: str, seq_of_params: Iterable[Sequence[Any]]) -> Any:
        cursor = self.raw.cursor()
        rows = [_params(p) for p in seq_of_params]
        if rows:
            cursor.executemany(translate(sql), rows)
        return cursor

    def commit(self) -> None:
        """As sqlite3's: end the open transaction, if any (lagebild's connections are in autocommit mode)."""
        if self.raw.info.transaction_status != 0:  # not idle
            self.raw.execute("COMMIT")

    def rollback(self) -> None:
        if self.raw.info.transaction_status != 0:
            self.raw.execute("ROLLBACK")

    def close(self) -> None:
        self.raw.close()


def _params(params: Sequence[Any] | None) -> tuple[Any, ...]:
    """PostgreSQL text cannot hold NUL characters: they become U+FFFD (the Article JSON keeps them)."""
    if not params:
        return ()
    return tuple(p.replace("\x00", "\ufffd") if isinstance(p, str) and "\x00" in p else p for p in params)


_TYPES = {"INTEGER": "BIGINT", "REAL": "DOUBLE PRECISION", "BLOB": "BYTEA", "TEXT": 'TEXT COLLATE "C"'}
_COLUMN = re.compile(r'((?:^|[(,])\s*(?:\w+|"[^"]*")\s+)(INTEGER|REAL|BLOB|TEXT)\b', re.IGNORECASE)
_AUTO_KEY = re.compile(r"\bBIGINT PRIMARY KEY\b")
_WITHOUT_ROWID = re.compile(r"\)\s*WITHOUT\s+ROWID\s*$", re.IGNORECASE)
_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
_RETURNING = re.compile(r"\bRETURNING\b", re.IGNORECASE)


@lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """SQLite-flavoured SQL as PostgreSQL runs it (placeholders ``?`` -> ``%s``)."""
    head = sql.lstrip()[:24].upper()
    if head.startswith("BEGIN"):
        return "BEGIN"
    if head.startswith("PRAGMA") or head.startswith("CREATE VIRTUAL"):
        raise StoreError(f"SQLite-only statement on PostgreSQL: {sql.strip()[:80]!r}")
    if re.match(r"^\s*INSERT\s+OR\s+REPLACE\b", sql, re.IGNORECASE):
        raise StoreError("INSERT OR REPLACE has no PostgreSQL form: write INSERT ... ON CONFLICT (key) DO UPDATE")
    if head.startswith("CREATE TABLE"):
        sql = _table_ddl(sql)
    sql = re.sub(r"\bifnull\s*\(", "coalesce(", sql, flags=re.IGNORECASE)
    if _OR_IGNORE.match(sql):
        sql = _OR_IGNORE.sub("INSERT INTO", sql)
        returning = _RETURNING.search(sql)
        if returning:
            sql = f"{sql[:returning.start()]}ON CONFLICT DO NOTHING {sql[returning.start():]}"
        else:
            sql = f"{sql.rstrip().rstrip(';')} ON CONFLICT DO NOTHING"
    return _placeholders(sql)


def _table_ddl(sql: str) -> str:
    """SQLite's column types as PostgreSQL's; tables SQLite gives a rowid get a ``rowid`` column too."""
    without_rowid = bool(_WITHOUT_ROWID.search(sql))
    sql = _WITHOUT_ROWID.sub(")", sql)
    sql = _COLUMN.sub(lambda m: m.group(1) + _TYPES[m.group(2).upper()], sql)
    if _AUTO_KEY.search(sql):  # SQLite's INTEGER PRIMARY KEY is the rowid, numbered automatically
        return _AUTO_KEY.sub("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", sql)
    if not without_rowid:
        end = sql.rstrip().rfind(")")
        sql = f"{sql[:end].rstrip()},\n    rowid BIGINT GENERATED ALWAYS AS IDENTITY\n{sql[end:]}"
    return sql


def _placeholders(sql: str) -> str:
    """``?`` outside quotes becomes ``%s``; a literal ``%`` becomes ``%%``."""
    if "?" not in sql and "%" not in sql:
        return sql
    out: list[str] = []
    quote = ""
    for char in sql:
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "?":
            out.append("%s")
            continue
        out.append("%%" if char == "%" else char)
    return "".join(out)


class PostgresStore(SQLStore):
    """A :class:`~lagebild.store.base.Store` in a PostgreSQL database."""

    def __init__(self, url: str, *, readonly: bool = False) -> None:
        super().__init__()
        self.url = url
        self.path = redact(url)
        self.readonly = readonly
        self._totals = [0, 0]  # documents and terms added to the index in the current write transaction
        self._db = self._connect()

    def _connect(self) -> PgConnection:
        try:
            import psycopg
        except ImportError:
            raise StoreError(f"PostgreSQL needs the psycopg package: {INSTALL_HINT}") from None
        try:
            raw = psycopg.connect(libpq_url(self.url), autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
        except psycopg.Error as error:
            raise StoreError(
                f"cannot connect to {self.path}: {_one_line(error)} "
                "(check the URL, that the server runs and that the database exists: createdb NAME)"
            ) from None
        try:
            db = PgConnection(raw)
            # lagebild's statements are short; compiling them (JIT) costs more than it saves, and
            # enable_seqscan = off (see search) makes every plan look expensive enough to compile.
            raw.execute("SET jit = off")
            if self.readonly:
                raw.execute("SET default_transaction_read_only = on")
                missing = pending(db)
                if missing:
                    raise StoreError(
                        f"the database {self.path} needs migrating ({', '.join(missing)}): "
                        "open it once without readonly (e.g. lagebild ingest ... --db URL)"
                    )
            else:
                raw.execute("SELECT pg_advisory_lock(%s)", (db.lock_key,))
                try:
                    migrate(db)
                finally:
                    raw.execute("SELECT pg_advisory_unlock(%s)", (db.lock_key,))
        except psycopg.Error as error:
            raw.close()
            raise StoreError(f"cannot open the database {self.path}: {_one_line(error)}") from error
        except BaseException:
            raw.close()
            raise
        return db

    def __repr__(self) -> str:
        return f"PostgresStore({self.path!r}, readonly={self.readonly})"

    def _write(self, work: Any) -> Any:
        """One write transaction (under the writer lock), its statements pipelined: sent without waiting."""
        self._totals = [0, 0]
        self._db.execute("BEGIN IMMEDIATE")
        try:
            with self._db.raw.pipeline():
                result = work()
                documents, tokens = self._totals
                if documents or tokens:
                    self._db.execute(
                        "UPDATE search_totals SET documents = documents + ?, tokens = tokens + ? WHERE id = 1",
                        (documents, tokens),
                    )
            self._db.execute("COMMIT")
            return result
        except BaseException:
            self._db.rollback()  # after the pipeline: inside a failed one it would be skipped
            self._outlet_ids.clear()
            raise

    # -- the tsvector index --------------------------------------------------------
    def _index_terms(self, doc: int, prepared: Prepared) -> None:
        length = term_count(prepared.columns)
        self._db.execute(
            "INSERT INTO search_index (doc, terms, length) VALUES (?, ?::tsvector, ?)",
            (doc, tsvector_literal(prepared.columns), length),
        )
        self._totals[0] += 1  # written to search_totals at the end of the transaction
        self._totals[1] += length

    def _unindex(self, doc: int) -> None:
        removed = self._db.execute("DELETE FROM search_index WHERE doc = ? RETURNING length", (doc,)).fetchone()
        if removed is not None:
            self._totals[0] -= 1
            self._totals[1] -= removed[0]

    def search(
        self,
        query: str,
        *,
        since: DateLike = None,
        until: DateLike = None,
        outlet: str | None = None,
        language: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> SearchResults:
        with self._lock:  # one snapshot: totals, counts and the page agree while a writer commits
            # The tsvectors live out of line (TOAST): the planner sees a tiny table and would scan it,
            # reading every article's terms; the GIN index answers without reading them.
            self._db.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL enable_seqscan = off")
            try:
                return pgsearch.search(
                    self._db, query, since=since, until=until, outlet=outlet, language=language, limit=limit,
                    offset=offset,
                )
            finally:
                self._db.raw.execute("ROLLBACK")
