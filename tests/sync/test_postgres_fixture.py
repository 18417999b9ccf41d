"""The PostgreSQL the sync tests run on (tests/sync/postgres.py) is real, writable and thrown away."""

from __future__ import annotations

import sqlalchemy

from tests.sync.postgres import PostgresServer

pytest_plugins = ["tests.sync.postgres_fixtures"]


def test_a_fresh_database_is_empty_writable_postgresql_of_its_own(
        postgres_url: str, fresh_postgres_url: str) -> None:
    assert fresh_postgres_url.startswith("postgresql+psycopg://")
    assert fresh_postgres_url != postgres_url
    engine = sqlalchemy.create_engine(fresh_postgres_url)
    try:
        with engine.begin() as connection:
            assert connection.execute(sqlalchemy.text(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")).scalar() == 0
            connection.execute(sqlalchemy.text("CREATE TABLE said (word text)"))
            connection.execute(sqlalchemy.text("INSERT INTO said VALUES ('салом')"))
        with engine.connect() as connection:
            assert connection.execute(sqlalchemy.text("SELECT word FROM said")).scalar() == "салом"
            assert "PostgreSQL" in str(connection.execute(sqlalchemy.text("SELECT version()")).scalar())
    finally:
        engine.dispose()


def test_a_dropped_database_is_gone(postgres_server: PostgresServer) -> None:
    url = postgres_server.create_database()
    name = url.rsplit("/", 1)[1]
    postgres_server.drop_database(url)
    engine = sqlalchemy.create_engine(postgres_server.url("postgres"))
    try:
        with engine.connect() as connection:
            left = connection.execute(sqlalchemy.text("SELECT count(*) FROM pg_database WHERE datname = :name"),
                                      {"name": name}).scalar()
    finally:
        engine.dispose()
    assert left == 0
