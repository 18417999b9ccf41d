"""Every table of the central database (SQLAlchemy Core). Alembic's migrations create them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime, stored naive in UTC: SQLite keeps no zone, so no row ever relies on one."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored: say which zone they are in")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


metadata = MetaData()

#: Administrators' tokens, by the SHA-256 of the token: a leaked database gives no working token.
admin_tokens = Table(
    "admin_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("role", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
)

#: One-time enrollment codes, by hash; ``used_at`` is set once, by a conditional UPDATE.
enrollment_codes = Table(
    "enrollment_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("used_at", UtcDateTime, nullable=True),
    Column("used_by", String(64), nullable=True),
)

kiosks = Table(
    "kiosks",
    metadata,
    Column("kiosk_id", String(64), primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("receipt_public_key", Text, nullable=False),
    Column("app_version", Text, nullable=False),
    Column("enrolled_at", UtcDateTime, nullable=False),
    Column("heartbeat_interval_s", Integer, nullable=False),
    # The last heartbeat, kept beside the kiosk so the fleet view is one query.
    Column("last_seen_at", UtcDateTime, nullable=True),
    Column("last_heartbeat", Text, nullable=True),
    Column("last_skew_s", BigInteger, nullable=True),
)

heartbeats = Table(
    "heartbeats",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kiosk_id", String(64), ForeignKey("kiosks.kiosk_id"), nullable=False, index=True),
    Column("received_at", UtcDateTime, nullable=False),
    Column("skew_s", BigInteger, nullable=True),
    Column("body", Text, nullable=False),
)

#: The first answer for each outbox item id; the primary key makes "first" hold across replicas.
outbox_items = Table(
    "outbox_items",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("kiosk_id", String(64), nullable=False),
    Column("kind", String(64), nullable=False, index=True),
    Column("digest", String(64), nullable=False),
    Column("body", Text, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("received_at", UtcDateTime, nullable=False),
    Column("answer", Text, nullable=False),
)

#: Every 409 answered: the same item id sent again with another kind or body.
outbox_conflicts = Table(
    "outbox_conflicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("item_id", String(200), nullable=False, index=True),
    Column("kiosk_id", String(64), nullable=False),
    Column("kind", String(64), nullable=False),
    Column("body", Text, nullable=False),
    Column("digest", String(64), nullable=False),
    Column("received_at", UtcDateTime, nullable=False),
)

#: The pinned root public key (one row, name "root").
trust = Table(
    "trust",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("public_key", Text, nullable=False),
)

#: Signed keys documents by version; the highest is current.
keys_documents = Table(
    "keys_documents",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("document", Text, nullable=False),
    Column("stored_at", UtcDateTime, nullable=False),
)

#: The online release keys' private halves, by the keys version that names them.
release_keys = Table(
    "release_keys",
    metadata,
    Column("keyid", String(64), primary_key=True),
    Column("keys_version", Integer, ForeignKey("keys_documents.version"), nullable=False),
    Column("private_key", Text, nullable=False),
)

#: Published releases; the primary key on the number is what keeps two replicas from both publishing N.
releases = Table(
    "releases",
    metadata,
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("keys_version", Integer, nullable=False),
    Column("manifest", Text, nullable=False),
    Column("published_by", Text, nullable=False),
)
