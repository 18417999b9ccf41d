"""Offline allowances: seats held for kiosks, bookings that arrive through the outbox, findings for staff.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-12
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync.central.tables import UtcDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite takes a CHECK in ADD COLUMN (and tests the rows already there); a batch copy of
        # ``slots`` instead would have to drop a table that bookings refer to, with foreign keys on.
        op.execute("ALTER TABLE slots ADD COLUMN held INTEGER NOT NULL DEFAULT 0 "
                   "CONSTRAINT slots_held_not_negative CHECK (held >= 0)")
    else:
        op.add_column("slots", sa.Column("held", sa.Integer, nullable=False, server_default="0"))
        op.create_check_constraint("slots_held_not_negative", "slots", "held >= 0")
    op.add_column("bookings", sa.Column("grant_id", sa.String(40), nullable=True))
    op.add_column("bookings", sa.Column("origin", sa.String(16), nullable=False, server_default="live"))
    op.create_table(
        "allowances",
        sa.Column("grant_id", sa.String(40), primary_key=True),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("slot_id", sa.String(200), sa.ForeignKey("slots.slot_id"), nullable=False),
        sa.Column("seats", sa.Integer, nullable=False),
        sa.Column("used", sa.Integer, nullable=False, server_default="0"),
        sa.Column("lease_s", sa.Integer, nullable=False),
        sa.Column("granted_at", UtcDateTime, nullable=False),
        sa.Column("reclaim_after", UtcDateTime, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("closed_at", UtcDateTime, nullable=True),
        sa.Column("closed_why", sa.String(16), nullable=True),
        sa.CheckConstraint("used >= 0 AND used <= seats", name="allowances_used_within_seats"),
    )
    op.create_index("allowances_by_kiosk", "allowances", ["kiosk_id", "status"])
    op.create_table(
        "allowance_sales",
        sa.Column("grant_id", sa.String(40), sa.ForeignKey("allowances.grant_id"), primary_key=True),
        sa.Column("reference", sa.String(16), primary_key=True),
        sa.Column("recorded_at", UtcDateTime, nullable=False),
    )
    op.create_table(
        "booking_findings",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("reference", sa.String(20), nullable=False),
        sa.Column("other_reference", sa.String(20), nullable=True),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("slot_id", sa.String(200), nullable=True),
        sa.Column("grant_id", sa.String(40), nullable=True),
        sa.Column("found_at", UtcDateTime, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_table(
        "withdrawn_keys",
        sa.Column("idempotency_key", sa.String(100), primary_key=True),
        sa.Column("reference", sa.String(16), nullable=False),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("withdrawn_at", UtcDateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("withdrawn_keys")
    op.drop_table("booking_findings")
    op.drop_table("allowance_sales")
    op.drop_index("allowances_by_kiosk", "allowances")
    op.drop_table("allowances")
    with op.batch_alter_table("bookings") as batch:
        batch.drop_column("origin")
        batch.drop_column("grant_id")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE slots DROP COLUMN held")  # its CHECK is the column's own, and goes with it
    else:
        op.drop_constraint("slots_held_not_negative", "slots", type_="check")
        op.drop_column("slots", "held")
