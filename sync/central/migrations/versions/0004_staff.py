"""Staff mode: staff accounts, the names kept for the day's list, visits, the devices' audit logs, conflicts,
and which kiosks are staff devices (the only ones given day lists).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync.central.tables import UtcDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every kiosk enrolled before this is a public one until an administrator marks it: none gets names.
    op.add_column("kiosks", sa.Column("staff_device", sa.Boolean, nullable=False, server_default=sa.false()))
    op.create_table(
        "staff_accounts",
        sa.Column("staff_id", sa.String(40), primary_key=True),
        sa.Column("display_name", sa.Text, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("places", sa.Text, nullable=False),
        sa.Column("pin_hash", sa.Text, nullable=True),
        sa.Column("badge_hash", sa.Text, nullable=True),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("changed_at", UtcDateTime, nullable=False),
        sa.Column("revoked_at", UtcDateTime, nullable=True),
        sa.Column("revoked_by", sa.Text, nullable=True),
    )
    op.create_table(
        "booking_people",
        sa.Column("reference", sa.String(16), sa.ForeignKey("bookings.reference"), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("phone", sa.String(40), nullable=False),
        sa.Column("stored_at", UtcDateTime, nullable=False),
    )
    op.create_table(
        "visits",
        sa.Column("reference", sa.String(20), primary_key=True),
        sa.Column("location_id", sa.String(100), nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("at", UtcDateTime, nullable=False),
        sa.Column("staff_id", sa.String(40), nullable=False),
        sa.Column("device", sa.String(64), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("item_id", sa.String(200), nullable=False),
        sa.Column("checked_in_device", sa.String(64), nullable=True),
        sa.Column("checked_in_staff", sa.String(40), nullable=True),
        sa.Column("checked_in_at", UtcDateTime, nullable=True),
        sa.Column("checked_in_item", sa.String(200), nullable=True),
        sa.Column("changed_at", UtcDateTime, nullable=False),
    )
    op.create_index("visits_by_day", "visits", ["location_id", "day"])
    op.create_table(
        "staff_audit",
        sa.Column("device", sa.String(64), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("prev", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("reference", sa.String(20), nullable=False),
        sa.Column("location_id", sa.String(100), nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("entry", sa.Text, nullable=False),
        sa.Column("item_id", sa.String(200), nullable=False),
        sa.Column("visit_before", sa.Text, nullable=True),
        sa.Column("received_at", UtcDateTime, nullable=False),
    )
    op.create_index("staff_audit_by_reference", "staff_audit", ["reference"])
    op.create_table(
        "staff_conflicts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("reference", sa.String(20), nullable=False),
        sa.Column("location_id", sa.String(100), nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("first_record", sa.Text, nullable=False),
        sa.Column("second_record", sa.Text, nullable=False),
        sa.Column("found_at", UtcDateTime, nullable=False),
        sa.Column("resolved_at", UtcDateTime, nullable=True),
        sa.Column("resolved_by", sa.Text, nullable=True),
        sa.Column("resolution", sa.Text, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("staff_conflicts")
    op.drop_index("staff_audit_by_reference", "staff_audit")
    op.drop_table("staff_audit")
    op.drop_index("visits_by_day", "visits")
    op.drop_table("visits")
    op.drop_table("booking_people")
    op.drop_table("staff_accounts")
    # A plain column without constraints: SQLite (3.35 on) drops it in place, as PostgreSQL does; a batch
    # copy of ``kiosks`` would have to drop a table that heartbeats refer to.
    op.drop_column("kiosks", "staff_device")
