"""Schema migrations: small named functions, applied in order, each recorded in ``migrations``.

Never change a released migration; add a new one. :func:`migrate` is safe to run
any number of times and from several processes at once (each migration runs in
its own ``BEGIN IMMEDIATE`` transaction and re-checks whether it was applied).

One list serves both backends, so that SQLite and PostgreSQL stay in step. A
migration is written in SQLite's DDL; on PostgreSQL ``db`` is a
:class:`~lagebild.store.postgres.PgConnection`, which translates the types
(``INTEGER`` -> ``BIGINT``, ``REAL`` -> ``DOUBLE PRECISION``, ``BLOB`` -> ``BYTEA``,
``TEXT`` -> ``TEXT COLLATE "C"``, an implicit ``rowid``); where the engines really
differ (the full-text index) a migration asks :func:`dialect`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone

log = logging.getLogger("lagebild.store")

Migration = Callable[[sqlite3.Connection], None]


def dialect(db: object) -> str:
    """``"sqlite"`` or ``"postgresql"``: the engine behind a connection."""
    return getattr(db, "dialect", "sqlite")


def m001_create_articles(db: sqlite3.Connection) -> None:
    """Outlets and the current version of each article.

    ``doc`` is the stable integer key the search index refers to (a plain rowid could
    change on VACUUM); ``id`` is the article id of the JSON contract.
    """
    db.execute(
        """CREATE TABLE outlets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            key TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX outlets_key ON outlets (key)")
    db.execute(
        """CREATE TABLE articles (
            doc INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            url TEXT,
            outlet_id INTEGER REFERENCES outlets (id),
            language TEXT,
            headline TEXT,
            published TEXT,
            published_utc TEXT,
            content_hash TEXT NOT NULL UNIQUE,
            revision INTEGER NOT NULL DEFAULT 1,
            json TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX articles_url ON articles (url)")
    db.execute("CREATE INDEX articles_published_utc ON articles (published_utc)")
    db.execute("CREATE INDEX articles_outlet ON articles (outlet_id, published_utc)")


def m002_create_revisions(db: sqlite3.Connection) -> None:
    """Earlier versions of articles (the current one lives in ``articles``)."""
    db.execute(
        """CREATE TABLE revisions (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            json TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (article_id, revision)
        )"""
    )
    db.execute("CREATE INDEX revisions_hash ON revisions (content_hash)")


def m003_create_annotations(db: sqlite3.Connection) -> None:
    """The enrichment output of the current version, one row per annotation, refreshed on each version."""
    db.execute(
        """CREATE TABLE annotations (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            kind TEXT NOT NULL
                CHECK (kind IN ('entities', 'times', 'quotes', 'figures', 'places', 'topics', 'keywords')),
            start INTEGER,
            "end" INTEGER,
            label TEXT,
            value TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX annotations_article ON annotations (article_id)")
    db.execute("CREATE INDEX annotations_kind_label ON annotations (kind, label)")


def m004_create_ingest_errors(db: sqlite3.Connection) -> None:
    """Inputs that could not be ingested; the same (path, locator, reason) is kept once."""
    db.execute(
        """CREATE TABLE ingest_errors (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            locator TEXT,
            reason TEXT NOT NULL,
            at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE UNIQUE INDEX ingest_errors_unique ON ingest_errors (path, ifnull(locator, ''), reason)")


def m005_create_search_index(db: sqlite3.Connection) -> None:
    """The FTS5 index of analysed German terms (see :mod:`lagebild.store.indexing`); rowid = ``articles.doc``.

    ``search_filters`` repeats the filter columns of ``articles`` in a narrow table:
    joining thousands of matches against it is ten times faster than against the
    wide ``articles`` rows (which carry the article JSON).

    On PostgreSQL the index is a ``tsvector`` per article under a GIN index, holding
    the same analysed terms with their positions; the column is the weight
    (headline A, body B, parts C; see :mod:`lagebild.store.tsvector`). ``length`` and
    ``search_totals`` hold the term counts BM25 needs (FTS5 keeps them internally).
    """
    if dialect(db) == "postgresql":
        db.execute(
            """CREATE TABLE search_index (
                doc INTEGER PRIMARY KEY REFERENCES articles (doc) ON DELETE CASCADE,
                terms TSVECTOR NOT NULL,
                length INTEGER NOT NULL
            )"""
        )
        db.execute("CREATE INDEX search_index_terms ON search_index USING gin (terms)")
        # What FTS5 keeps for BM25: the number of rows and of terms in them (``length``: terms of one row).
        db.execute("CREATE TABLE search_totals (id INTEGER PRIMARY KEY CHECK (id = 1), documents INTEGER NOT NULL, "
                   "tokens INTEGER NOT NULL)")
        db.execute("INSERT INTO search_totals (id, documents, tokens) VALUES (1, 0, 0)")
    else:
        db.execute(
            """CREATE VIRTUAL TABLE search_index USING fts5 (
                headline, body, parts,
                tokenize = 'unicode61 remove_diacritics 0'
            )"""
        )
    db.execute(
        """CREATE TABLE search_filters (
            doc INTEGER PRIMARY KEY REFERENCES articles (doc) ON DELETE CASCADE,
            published_utc TEXT,
            outlet_id INTEGER,
            language TEXT
        )"""
    )


def m006_create_stories(db: sqlite3.Connection) -> None:
    """Stories, their members (with each member's feature vector) and the clusterer's memory.

    ``story_state`` holds the document frequencies of the clusterer's features and its
    counters, so that a later ingest run continues exactly where the last one stopped.
    """
    db.execute(
        """CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            title TEXT,
            title_article TEXT,
            first_published TEXT,
            last_published TEXT,
            first_epoch REAL,
            last_epoch REAL,
            size INTEGER NOT NULL DEFAULT 0,
            outlets TEXT NOT NULL DEFAULT '[]',
            centroid TEXT NOT NULL DEFAULT '{}',
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX stories_last ON stories (last_published)")
    db.execute(
        """CREATE TABLE story_members (
            article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL REFERENCES stories (id),
            seq INTEGER NOT NULL,
            score REAL NOT NULL,
            centrality REAL NOT NULL DEFAULT 0,
            rank INTEGER NOT NULL DEFAULT 0,
            vector TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX story_members_story ON story_members (story_id, rank)")
    db.execute("CREATE TABLE story_features (feature TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID")
    db.execute("CREATE TABLE story_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def m007_create_copies(db: sqlite3.Connection) -> None:
    """MinHash signatures, near-duplicate pairs with their diffs, and near-duplicate groups."""
    db.execute(
        """CREATE TABLE copy_signatures (
            article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            minhash BLOB NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE copy_pairs (
            a TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            b TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            jaccard REAL NOT NULL,
            containment REAL NOT NULL,
            share_a REAL NOT NULL,
            share_b REAL NOT NULL,
            diff TEXT NOT NULL,
            PRIMARY KEY (a, b)
        )"""
    )
    db.execute("CREATE INDEX copy_pairs_b ON copy_pairs (b)")
    db.execute(
        """CREATE TABLE copy_groups (
            article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            group_id TEXT NOT NULL,
            share REAL NOT NULL
        )"""
    )
    db.execute("CREATE INDEX copy_groups_group ON copy_groups (group_id)")


MIGRATIONS: tuple[Migration, ...] = (
    m001_create_articles,
    m002_create_revisions,
    m003_create_annotations,
    m004_create_ingest_errors,
    m005_create_search_index,
    m006_create_stories,
    m007_create_copies,
)


def applied(db: sqlite3.Connection) -> set[str]:
    """Names of the migrations already applied to ``db`` (empty for a new database)."""
    if dialect(db) == "postgresql":
        exists = db.execute("SELECT to_regclass('migrations')").fetchone()[0]
    else:
        exists = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").fetchone()
    if not exists:
        return set()
    return {row[0] for row in db.execute("SELECT name FROM migrations")}


def pending(db: sqlite3.Connection) -> list[str]:
    """Names of the migrations not yet applied, in order."""
    done = applied(db)
    return [m.__name__ for m in MIGRATIONS if m.__name__ not in done]


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply every pending migration; returns the names applied now. ``db`` must be in autocommit mode."""
    db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done_now: list[str] = []
    for migration in MIGRATIONS:
        if _apply(db, migration):
            done_now.append(migration.__name__)
    return done_now


def _apply(db: sqlite3.Connection, migration: Migration) -> bool:
    name = migration.__name__
    db.execute("BEGIN IMMEDIATE")
    try:
        if db.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
            db.execute("COMMIT")
            return False
        migration(db)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        db.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, now))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    log.info("applied migration %s", name)
    return True
