"""The embedded default store: one SQLite file in WAL mode.

One writer, many readers: writes run in ``BEGIN IMMEDIATE`` transactions (one per
batch) and wait up to :data:`BUSY_TIMEOUT_S` for another writer; readers in other
processes (the web app) keep reading the last committed state meanwhile. A
:class:`SQLiteStore` object serialises its own calls with a lock, so it may be
shared by the threads of one process.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from lagebild.errors import StoreError
from lagebild.store import search as searching
from lagebild.store.base import DateLike, SearchResults
from lagebild.store.migrations import migrate, pending
from lagebild.store.records import Prepared
from lagebild.store.sqlstore import SQLStore

log = logging.getLogger("lagebild.store")

BUSY_TIMEOUT_S = 30.0


class SQLiteStore(SQLStore):
    """A :class:`~lagebild.store.base.Store` in one SQLite file (storing and reading: :class:`SQLStore`)."""

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool = False) -> None:
        super().__init__()
        self.path = str(path)
        self.readonly = readonly
        self._db = self._connect()

    # -- connection ------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        try:
            db = self._open()
            db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            db.execute("PRAGMA foreign_keys = ON")
            if self.readonly:
                self._check_schema(db)
            else:
                if self.path != ":memory:":
                    db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = NORMAL")
                migrate(db)
        except sqlite3.Error as error:
            raise StoreError(f"cannot open the database {self.path!r}: {error}") from error
        return db

    def _open(self) -> sqlite3.Connection:
        if not self.readonly:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            return sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        if not Path(self.path).exists():
            raise StoreError(f"no database at {self.path!r}: ingest articles first (lagebild ingest PATH --db ...)")
        uri = Path(self.path).resolve().as_uri() + "?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)

    def _check_schema(self, db: sqlite3.Connection) -> None:
        missing = pending(db)
        if missing:
            raise StoreError(
                f"the database {self.path!r} needs migrating ({', '.join(missing)}): open it once without readonly"
            )

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r}, readonly={self.readonly})"

    # -- the FTS5 index ------------------------------------------------------------
    def _index_terms(self, doc: int, prepared: Prepared) -> None:
        columns = prepared.columns
        self._db.execute(
            "INSERT INTO search_index (rowid, headline, body, parts) VALUES (?, ?, ?, ?)",
            (doc, columns.headline, columns.body, columns.parts),
        )

    def _unindex(self, doc: int) -> None:
        self._db.execute("DELETE FROM search_index WHERE rowid = ?", (doc,))

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
        with self._lock:
            return searching.search(
                self._db, query, since=since, until=until, outlet=outlet, language=language, limit=limit, offset=offset
            )
