"""Canonical JSON: the exact bytes that are signed, hashed and named.

Floats are refused because two JSON libraries may print the same float
differently, and then a signature made at one end would not verify at the other.
"""

from __future__ import annotations

import json
from typing import Any

from sync.protocol.errors import MalformedDocument


def _reject_floats(value: Any) -> None:
    if isinstance(value, float):
        raise MalformedDocument(f"floats are not allowed in canonical JSON: {value!r}")
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise MalformedDocument(f"object keys must be strings: {key!r}")
            _reject_floats(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _reject_floats(item)


def canonical_bytes(value: Any, *, allow_floats: bool = False) -> bytes:
    """Sorted keys, no spaces, UTF-8 (not ``\\u`` escapes).

    ``allow_floats`` is for values that are only ever hashed by one party (an
    outbox body's digest at the centre), never signed.
    """
    if not allow_floats:
        _reject_floats(value)
    try:
        text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise MalformedDocument(f"not JSON: {error}") from error
    return text.encode("utf-8")


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_json(data: bytes) -> Any:
    """JSON from UTF-8 bytes; anything else (NaN and Infinity included) is a malformed document."""
    try:
        return json.loads(data.decode("utf-8"), parse_constant=_no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise MalformedDocument(f"not UTF-8 JSON: {error}") from error
