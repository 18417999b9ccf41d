"""The one way the protocol writes a moment: UTC, whole seconds, ``2026-12-04T21:00:00Z``."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from sync.protocol.errors import MalformedDocument

_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def as_utc(moment: datetime) -> datetime:
    """``moment`` in UTC. A naive datetime is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def format_time(moment: datetime) -> str:
    """``2026-12-04T21:00:00Z``; fractions of a second are dropped."""
    return as_utc(moment).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(text: object) -> datetime:
    """An aware UTC datetime from ``...Z`` text; anything else is a malformed document."""
    if not isinstance(text, str) or not _PATTERN.fullmatch(text):
        raise MalformedDocument(f"not a UTC time like 2026-12-04T21:00:00Z: {text!r}")
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError as error:
        raise MalformedDocument(f"not a real moment: {text!r}") from error
