"""Storage: articles, revisions, annotations, rejections and German full-text search.

>>> from lagebild.store import open_store
>>> with open_store("lagebild.db") as store:                    # doctest: +SKIP
...     store.add_articles(articles)
...     store.search('Truppen Irak -Sport', since="2020-06-01").as_dict()

``open_store`` picks the backend from the database address, in one place
(:func:`backend_for`): a path or ``sqlite:///path`` is SQLite (the embedded
default); ``postgresql://`` is PostgreSQL (:mod:`lagebild.store.postgres`, needs psycopg).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from lagebild.errors import StoreError
from lagebild.store.base import AddResult, SearchHit, SearchResults, Store
from lagebild.store.snippets import MARK_END, MARK_START

logging.getLogger("lagebild.store").addHandler(logging.NullHandler())

DEFAULT_DB = "lagebild.db"
ENV_DB = "LAGEBILD_DB"

__all__ = [
    "AddResult",
    "MARK_END",
    "MARK_START",
    "SearchHit",
    "SearchResults",
    "Store",
    "backend_for",
    "default_db",
    "open_store",
]


def default_db() -> str:
    """``$LAGEBILD_DB`` when set, else ``./lagebild.db``."""
    return os.environ.get(ENV_DB) or DEFAULT_DB


def backend_for(db: str | os.PathLike[str] | None) -> tuple[str, str]:
    """``(backend, location)`` for a database address: ``("sqlite", path)`` or ``("postgresql", url)``."""
    address = os.fspath(db) if db is not None else default_db()
    if not isinstance(address, str) or not address.strip():
        raise StoreError("no database given: pass a path, sqlite:///path or postgresql://... (or set $LAGEBILD_DB)")
    lowered = address.lower()
    if lowered.startswith(("postgresql://", "postgres://", "postgresql+")):
        return "postgresql", address
    if lowered.startswith("sqlite://"):
        # SQLAlchemy's convention: sqlite:///relative/path, sqlite:////absolute/path
        path = address[len("sqlite://"):]
        path = path[1:] if path.startswith("/") else path
        if not path:
            raise StoreError(f"{address!r} names no file: use sqlite:///relative/path or sqlite:////absolute/path")
        return "sqlite", path
    if "://" in address:
        scheme = address.split("://", 1)[0]
        raise StoreError(f"unknown database scheme {scheme!r}: use a file path, sqlite:///path or postgresql://...")
    return "sqlite", str(Path(address).expanduser()) if address != ":memory:" else address


def open_store(db: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> Store:
    """Open (and migrate) the store at ``db``: None -> ``$LAGEBILD_DB`` else ``./lagebild.db``."""
    backend, location = backend_for(db)
    if backend == "postgresql":
        from lagebild.store.postgres import PostgresStore

        return PostgresStore(location, readonly=readonly)
    from lagebild.store.sqlite import SQLiteStore

    return SQLiteStore(location, readonly=readonly)
