"""PostgreSQL as pytest fixtures (see tests/sync/postgres.py).

A test module loads them with ``pytest_plugins = ["tests.sync.postgres_fixtures"]``. They live apart from
``postgres.py`` so that module can be imported like any other (pytest must load a plugin module itself).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sync.postgres import PostgresServer, PostgresUnavailable, postgres_for_tests, postgres_unavailable


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server for the whole session: ``KIOSK_TEST_PG_DSN``'s, or a private throwaway cluster.

    Skips when there is none; fails instead in CI.
    """
    try:
        context = postgres_for_tests()
        server = context.__enter__()
    except PostgresUnavailable as error:
        postgres_unavailable(str(error))
        raise AssertionError("unreachable") from error  # postgres_unavailable always raises
    try:
        yield server
    finally:
        context.__exit__(None, None, None)


@pytest.fixture(scope="session")
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """The SQLAlchemy URL (``postgresql+psycopg://...``) of an empty database for the session, dropped at its end."""
    url = postgres_server.create_database()
    try:
        yield url
    finally:
        postgres_server.drop_database(url)


@pytest.fixture
def fresh_postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """The SQLAlchemy URL of an empty database of the test's own, dropped after it."""
    url = postgres_server.create_database()
    try:
        yield url
    finally:
        postgres_server.drop_database(url)
