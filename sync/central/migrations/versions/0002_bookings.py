"""The centre as the booking authority: slots with their capacity, bookings, and its own secrets.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05
"""

from __future__ import annotations

import secrets as random_secrets

import sqlalchemy as sa
from alembic import op

from sync.central.tables import UtcDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "slots",
        sa.Column("slot_id", sa.String(200), primary_key=True),
        sa.Column("location_id", sa.String(100), nullable=False),
        sa.Column("service_id", sa.String(100), nullable=False),
        sa.Column("start_at", sa.String(16), nullable=False),
        sa.Column("end_at", sa.String(16), nullable=False),
        sa.Column("bookable_until", sa.String(16), nullable=False),
        sa.Column("capacity", sa.Integer, nullable=False),
        sa.Column("booked", sa.Integer, nullable=False, server_default="0"),
        sa.Column("withdrawn", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.CheckConstraint("booked >= 0", name="slots_booked_not_negative"),
    )
    op.create_index("slots_by_place_and_time", "slots", ["service_id", "location_id", "start_at"])
    op.create_table(
        "bookings",
        sa.Column("reference", sa.String(16), primary_key=True),
        sa.Column("idempotency_key", sa.String(100), nullable=False, unique=True),
        sa.Column("request_digest", sa.String(64), nullable=False),
        sa.Column("slot_id", sa.String(200), sa.ForeignKey("slots.slot_id"), nullable=False),
        sa.Column("service_id", sa.String(100), nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("person_hash", sa.String(64), nullable=False),
        sa.Column("last4_hash", sa.String(64), nullable=True),
        sa.Column("name_word_hashes", sa.Text, nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("changed_at", UtcDateTime, nullable=False),
    )
    op.create_index("ix_bookings_slot_id", "bookings", ["slot_id"])
    op.create_index("bookings_by_person", "bookings", ["service_id", "day", "person_hash"])
    secrets = op.create_table(
        "secrets",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.String(128), nullable=False),
    )
    op.bulk_insert(secrets, [{"name": "person", "value": random_secrets.token_hex(32)}])


def downgrade() -> None:
    op.drop_table("secrets")
    op.drop_index("bookings_by_person", "bookings")
    op.drop_index("ix_bookings_slot_id", "bookings")
    op.drop_table("bookings")
    op.drop_index("slots_by_place_and_time", "slots")
    op.drop_table("slots")
