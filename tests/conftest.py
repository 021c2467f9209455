"""Shared test fixtures. Tests are self-contained: fixture texts are written for lagebild.

Tests marked ``shared`` read ``../shared`` beside the repository and are skipped
cleanly when it is absent.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

#: An article in the seed's published layout, written for these tests.
SEED_LIKE_TEXT = """Streit um Stützpunkte

Regierung will Marinepräsenz in der Ostsee verstärken

14.01.2021, 09:30 Uhr | dpa, Reuters

Die Bundesregierung hat angekündigt, in den kommenden Wochen zusätzliche Schiffe in die Ostsee zu schicken. Die Opposition kritisiert den Schritt.

Die Marine soll ihre Präsenz "in den kommenden Wochen" ausbauen. Das geht aus einem Papier des Verteidigungsministeriums hervor, das am Mittwoch bekannt wurde.

Gespräche mit den Nachbarstaaten

Berlin hat Gespräche mit Polen und Dänemark begonnen. Rund 1.200 Soldaten sollen an dem Einsatz beteiligt sein.

Kritik aus dem Bundestag

Die Linke lehnt den Einsatz ab. Die Grünen fordern eine Debatte im Parlament.
"""


#: A PostgreSQL database for the tests instead of a server the session starts itself.
PG_URL_ENV = "LAGEBILD_TEST_PG_URL"


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """URL of a PostgreSQL database for the tests: ``$LAGEBILD_TEST_PG_URL``, else a temporary server.

    The temporary server (initdb + pg_ctl on a free loopback port, see
    :mod:`lagebild.store.pgtemp`) lives as long as the test session. Without
    psycopg or a PostgreSQL installation the PostgreSQL tests are skipped, saying why.
    """
    url = os.environ.get(PG_URL_ENV)
    try:
        import psycopg
    except ImportError:
        pytest.skip("PostgreSQL tests need psycopg: python3 -m pip install 'psycopg[binary]==3.3.9'")
    if url:
        try:
            psycopg.connect(url, connect_timeout=5).close()
        except psycopg.Error as error:
            pytest.skip(f"{PG_URL_ENV} names no reachable PostgreSQL database: {' '.join(str(error).split())}")
        yield url
        return
    from lagebild.errors import StoreError
    from lagebild.store.pgtemp import TemporaryServer

    try:
        server = TemporaryServer()
        server.start()
    except StoreError as error:
        pytest.skip(f"no PostgreSQL server for the tests ({error}); or set {PG_URL_ENV}=postgresql://...")
    try:
        yield server.create_database("lagebild_test")
    finally:
        server.stop()


def schema_url(url: str, schema: str) -> str:
    """``url`` with ``search_path`` set to ``schema`` (each test gets an empty schema)."""
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_schema(pg_database: str) -> Iterator[Callable[[], str]]:
    """A factory of URLs, each naming a new empty schema in the test database; dropped afterwards."""
    import psycopg

    created: list[str] = []

    def make() -> str:
        name = f"t_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(pg_database, autocommit=True) as admin:
            admin.execute(f"CREATE SCHEMA {name}")
        created.append(name)
        return schema_url(pg_database, name)

    yield make
    with psycopg.connect(pg_database, autocommit=True) as admin:
        for name in created:
            admin.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def backend(request: pytest.FixtureRequest) -> str:
    """Each test using a store runs on both backends."""
    return request.param


@pytest.fixture
def new_db(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Callable[[str], str]:
    """A factory of new, empty database addresses on the test's backend: a file path or a PostgreSQL URL."""
    if backend == "postgresql":
        make = request.getfixturevalue("pg_schema")
        return lambda name="lagebild": make()
    return lambda name="lagebild": str(tmp_path / "dbs" / f"{name}.db")


@pytest.fixture
def db(new_db: Callable[[str], str]) -> str:
    """A new, empty database address on the test's backend."""
    return new_db("lagebild")


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture
def seed_like_file(tmp_path: Path) -> Path:
    path = tmp_path / "ostsee.txt"
    path.write_text(SEED_LIKE_TEXT, encoding="utf-8")
    return path
