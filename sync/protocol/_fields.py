"""Reading fields out of parsed JSON with the protocol's types, or refusing it as malformed."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sync.protocol.errors import MalformedDocument
from sync.protocol.times import parse_time

_SHA256 = re.compile(r"[0-9a-f]{64}")


def need_dict(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise MalformedDocument(f"{what} must be an object")
    return value


def need_list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise MalformedDocument(f"{what} must be a list")
    return value


def field(document: dict[str, Any], name: str, what: str) -> Any:
    if name not in document:
        raise MalformedDocument(f"{what} has no {name!r}")
    return document[name]


def need_int(value: Any, what: str, minimum: int = 0) -> int:
    # bool is an int in Python, but true is not a number in JSON.
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise MalformedDocument(f"{what} must be an integer ≥ {minimum}")
    return value


def need_str(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise MalformedDocument(f"{what} must be text")
    return value


def need_time(value: Any, what: str) -> datetime:
    try:
        return parse_time(value)
    except MalformedDocument as error:
        raise MalformedDocument(f"{what}: {error}") from error


def need_sha256(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _SHA256.fullmatch(value):
        raise MalformedDocument(f"{what} must be 64 lowercase hex digits")
    return value
