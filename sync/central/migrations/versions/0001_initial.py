"""The first schema: tokens, enrollment, kiosks and heartbeats, the outbox, keys and releases.

Revision ID: 0001
Revises:
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync.central.tables import UtcDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "admin_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("created_at", UtcDateTime, nullable=False),
    )
    op.create_table(
        "enrollment_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("expires_at", UtcDateTime, nullable=False),
        sa.Column("used_at", UtcDateTime, nullable=True),
        sa.Column("used_by", sa.String(64), nullable=True),
    )
    op.create_table(
        "kiosks",
        sa.Column("kiosk_id", sa.String(64), primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("receipt_public_key", sa.Text, nullable=False),
        sa.Column("app_version", sa.Text, nullable=False),
        sa.Column("enrolled_at", UtcDateTime, nullable=False),
        sa.Column("heartbeat_interval_s", sa.Integer, nullable=False),
        sa.Column("last_seen_at", UtcDateTime, nullable=True),
        sa.Column("last_heartbeat", sa.Text, nullable=True),
        sa.Column("last_skew_s", sa.BigInteger, nullable=True),
    )
    op.create_table(
        "heartbeats",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kiosk_id", sa.String(64), sa.ForeignKey("kiosks.kiosk_id"), nullable=False, index=True),
        sa.Column("received_at", UtcDateTime, nullable=False),
        sa.Column("skew_s", sa.BigInteger, nullable=True),
        sa.Column("body", sa.Text, nullable=False),
    )
    op.create_table(
        "outbox_items",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False, index=True),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("received_at", UtcDateTime, nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
    )
    op.create_table(
        "outbox_conflicts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("item_id", sa.String(200), nullable=False, index=True),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("received_at", UtcDateTime, nullable=False),
    )
    op.create_table(
        "trust",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("public_key", sa.Text, nullable=False),
    )
    op.create_table(
        "keys_documents",
        sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("stored_at", UtcDateTime, nullable=False),
    )
    op.create_table(
        "release_keys",
        sa.Column("keyid", sa.String(64), primary_key=True),
        sa.Column("keys_version", sa.Integer, sa.ForeignKey("keys_documents.version"), nullable=False),
        sa.Column("private_key", sa.Text, nullable=False),
    )
    op.create_table(
        "releases",
        sa.Column("number", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("keys_version", sa.Integer, nullable=False),
        sa.Column("manifest", sa.Text, nullable=False),
        sa.Column("published_by", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("releases", "release_keys", "keys_documents", "trust", "outbox_conflicts", "outbox_items",
                  "heartbeats", "kiosks", "enrollment_codes", "admin_tokens"):
        op.drop_table(table)
