"""The administrators' console: accounts, sessions, the audit of changes, drafts, report triage; kiosks'
places and canary group; releases offered to the canary group only.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync.central.tables import UtcDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("kiosks", sa.Column("place", sa.Text, nullable=True))
    op.add_column("kiosks", sa.Column("canary", sa.Boolean, nullable=False, server_default=sa.false()))
    # Every release published before canaries existed was offered to every kiosk.
    op.add_column("releases", sa.Column("audience", sa.String(16), nullable=False, server_default="all"))
    op.create_table(
        "console_accounts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.Text, nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("locked_until", UtcDateTime, nullable=True),
        sa.Column("disabled_at", UtcDateTime, nullable=True),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("last_sign_in_at", UtcDateTime, nullable=True),
    )
    op.create_table(
        "console_sessions",
        sa.Column("secret_hash", sa.String(64), primary_key=True),
        sa.Column("account_id", sa.Integer, sa.ForeignKey("console_accounts.id"), nullable=False, index=True),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("last_seen_at", UtcDateTime, nullable=False),
    )
    op.create_table(
        "console_audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", UtcDateTime, nullable=False, index=True),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_table(
        "console_drafts",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("base_release", sa.Integer, nullable=True),
        sa.Column("datasets_sha256", sa.String(64), nullable=False),
        sa.Column("preview", sa.Text, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("release", sa.Integer, nullable=True),
    )
    op.create_table(
        "report_triage",
        sa.Column("item_id", sa.String(200), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("changed_by", sa.String(64), nullable=False),
        sa.Column("changed_at", UtcDateTime, nullable=False),
    )


def downgrade() -> None:
    for table in ("report_triage", "console_drafts", "console_audit", "console_sessions", "console_accounts"):
        op.drop_table(table)
    op.drop_column("releases", "audience")
    op.drop_column("kiosks", "canary")
    op.drop_column("kiosks", "place")
