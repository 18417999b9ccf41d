"""Opening the central database and moving its schema forward.

SQLite (a file) by default, PostgreSQL when the URL says ``postgresql+psycopg://``;
one code path for both. The schema is Alembic's (``migrations/``), run by
``kiosk-central migrate`` and again at every start (a no-op when current).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url

MIGRATIONS = Path(__file__).parent / "migrations"

# Any fixed number: replicas starting together take this PostgreSQL lock in turn, so
# only one of them runs the migrations and the others find the schema current.
_MIGRATION_LOCK = 0x6B696F736B


def database_url(text_or_path: str) -> str:
    """A SQLAlchemy URL; a bare path is a SQLite file."""
    if "://" in text_or_path:
        return text_or_path
    return f"sqlite:///{Path(text_or_path).expanduser().resolve()}"


def make_engine(url: str) -> Engine:
    url = database_url(url)
    if make_url(url).get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # The driver's own transaction handling is switched off so that every transaction
        # can start with BEGIN IMMEDIATE (below): two writers then queue on the busy
        # timeout instead of one failing with "database is locked" when it upgrades.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema up to the newest migration."""
    config = alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
