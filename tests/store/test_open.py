"""Opening a store: backend choice, default location, migrations, pragmas, read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lagebild.errors import StoreError
from lagebild.store import backend_for, open_store
from lagebild.store.migrations import MIGRATIONS, migrate, pending


def test_path_and_sqlite_url_select_sqlite(tmp_path: Path) -> None:
    assert backend_for(tmp_path / "a.db") == ("sqlite", str(tmp_path / "a.db"))
    assert backend_for("sqlite:///data/a.db") == ("sqlite", "data/a.db")
    assert backend_for("sqlite:////abs/a.db") == ("sqlite", "/abs/a.db")


def test_postgresql_url_selects_postgresql() -> None:
    assert backend_for("postgresql://user@localhost/lagebild") == ("postgresql", "postgresql://user@localhost/lagebild")
    assert backend_for("postgres://localhost/x")[0] == "postgresql"


def test_unreachable_postgresql_server_is_a_clear_store_error() -> None:
    from lagebild.store.pgtemp import free_port

    with pytest.raises(StoreError, match="cannot connect to postgresql://lagebild:\\*\\*\\*@127.0.0.1.*check the URL"):
        open_store(f"postgresql://lagebild:geheim@127.0.0.1:{free_port()}/lagebild")


def test_unknown_scheme_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="unknown database scheme"):
        open_store("mysql://localhost/x")


def test_default_is_env_then_local_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_DB", str(tmp_path / "env.db"))
    assert backend_for(None) == ("sqlite", str(tmp_path / "env.db"))
    monkeypatch.delenv("LAGEBILD_DB")
    monkeypatch.chdir(tmp_path)
    with open_store() as store:
        store.count_articles()
    assert (tmp_path / "lagebild.db").exists()


def test_opening_creates_the_schema_in_wal_mode(db_path: Path) -> None:
    with open_store(db_path):
        pass
    db = sqlite3.connect(db_path)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"migrations", "outlets", "articles", "revisions", "annotations", "ingest_errors", "search_index"} <= tables
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = [row[0] for row in db.execute("SELECT name FROM migrations ORDER BY name")]
    assert names == [m.__name__ for m in MIGRATIONS]
    assert names[0] == "m001_create_articles"


def test_migrating_twice_is_safe(db_path: Path, article) -> None:
    with open_store(db_path) as store:
        store.add_article(article("a", "Erster Artikel", "Ein Satz."))
    with open_store(db_path) as store:
        assert store.count_articles() == 1
    db = sqlite3.connect(db_path, isolation_level=None)
    assert migrate(db) == []
    assert pending(db) == []
    assert db.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)


def test_foreign_keys_are_on(db_path: Path) -> None:
    with open_store(db_path) as store:
        assert store.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_readonly_reads_but_does_not_write(db_path: Path, article) -> None:
    with open_store(db_path) as store:
        store.add_article(article("a", "Erster Artikel", "Ein Satz."))
    with open_store(db_path, readonly=True) as store:
        assert store.get_article("a").headline == "Erster Artikel"
        with pytest.raises(StoreError, match="read-only"):
            store.add_article(article("b", "Zweiter Artikel", "Noch ein Satz."))


def test_readonly_on_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        open_store(tmp_path / "missing.db", readonly=True)


def test_readonly_on_an_unmigrated_file_asks_for_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    sqlite3.connect(path).execute("CREATE TABLE something (x)").connection.commit()
    with pytest.raises(StoreError, match="needs migrating"):
        open_store(path, readonly=True)


def test_a_file_that_is_no_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "not.db"
    path.write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(path)


def test_readonly_reads_but_does_not_write_on_both_backends(db: str, article) -> None:
    with open_store(db) as store:
        store.add_article(article("a", "Erster Artikel", "Ein Satz."))
    with open_store(db, readonly=True) as store:
        assert store.get_article("a").headline == "Erster Artikel"
        assert store.search("Artikel").total == 1
        with pytest.raises(StoreError, match="read-only"):
            store.add_article(article("b", "Zweiter Artikel", "Noch ein Satz."))


def test_writer_and_reader_share_a_database(db: str, article) -> None:
    with open_store(db) as writer, open_store(db, readonly=True) as reader:
        writer.add_article(article("a", "Erster Artikel", "Ein Satz."))
        assert reader.count_articles() == 1
        writer.add_article(article("b", "Zweiter Artikel", "Noch ein Satz."))
        assert reader.count_articles() == 2
