"""Bearer tokens and the roles administrators hold.

A token is shown once, when made; the database keeps only its SHA-256, so a
copy of the database lets nobody call the API.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Engine, insert, select

from sync.central.tables import admin_tokens


class Role(StrEnum):
    OWNER = "owner"
    CONTENT_EDITOR = "content_editor"
    REGISTRY_MANAGER = "registry_manager"
    SCHEDULER = "scheduler"
    FLEET_VIEWER = "fleet_viewer"


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_admin_token(engine: Engine, role: Role, name: str, now: datetime) -> str:
    """A new token for ``role``; the only time it is ever seen in clear."""
    token = new_secret()
    with engine.begin() as connection:
        connection.execute(insert(admin_tokens).values(token_hash=secret_hash(token), role=role.value, name=name,
                                                       created_at=now))
    return token


def admin_role(engine: Engine, token: str) -> tuple[Role, str] | None:
    """The role and name behind ``token``, or None for a token we never made."""
    with engine.connect() as connection:
        row = connection.execute(select(admin_tokens.c.role, admin_tokens.c.name)
                                 .where(admin_tokens.c.token_hash == secret_hash(token))).first()
    return None if row is None else (Role(row.role), row.name)
