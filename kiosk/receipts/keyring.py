"""The kiosk keys a device trusts when it verifies a receipt token.

They are this kiosk's own key plus the fleet's keys kept in the ``kiosk_keys``
table of the local cache. Each release fills that table from the fleet keys it
carries (``kiosk.release.fleet_keys``), so any kiosk verifies any kiosk's receipt
offline; staff may add one by hand (``remember_key``, or ``kiosk receipt verify
--keys FILE`` for one check).

Every key is filed under the id derived from it (``kiosk_id_for``), never under
an id someone wrote beside it: an id that does not match its key is refused.

A key file for ``--keys`` is either PEM (one or more ``PUBLIC KEY`` blocks, as
``DeviceKey.public_key_pem()`` writes them) or JSON ``{"kiosk_id": "base64 of the
32-byte key", ...}``.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kiosk.receipts.device_key import DeviceKey, kiosk_id_for, raw_public_key
from kiosk.store.database import utc_now

if TYPE_CHECKING:
    from kiosk.store import Store

KnownKeys = dict[str, Ed25519PublicKey]
_PEM_BLOCK = re.compile(r"-----BEGIN PUBLIC KEY-----.*?-----END PUBLIC KEY-----", re.S)


class KeyFileInvalid(ValueError):
    """A file of public keys that cannot be read, or that files a key under the wrong kiosk id."""


def public_key_from_base64(text: str) -> Ed25519PublicKey:
    """An Ed25519 public key from the standard (or URL-safe) base64 of its 32 bytes."""
    try:
        raw = base64.b64decode(text.replace("-", "+").replace("_", "/") + "=" * (-len(text) % 4), validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError) as error:
        raise ValueError(f"not the base64 of a 32-byte Ed25519 public key: {error}") from None


def known_keys(store: Store | None = None, own: DeviceKey | None = None) -> KnownKeys:
    """Every key this device trusts: the fleet's from the cache, and its own."""
    keys: KnownKeys = {}
    if store is not None:
        for kiosk_id, encoded in store.db.execute("SELECT kiosk_id, public_key FROM kiosk_keys"):
            key = public_key_from_base64(encoded)
            if kiosk_id_for(key) == kiosk_id:
                keys[kiosk_id] = key
    if own is not None:
        keys[own.kiosk_id] = own.public_key
    return keys


def remember_key(store: Store, public_key: Ed25519PublicKey, source: str) -> str:
    """Trust ``public_key`` from now on; return its kiosk id. ``source`` says where it came from, for staff."""
    kiosk_id = kiosk_id_for(public_key)
    encoded = base64.b64encode(raw_public_key(public_key)).decode("ascii")
    with store.transaction() as db:
        db.execute(
            "INSERT INTO kiosk_keys(kiosk_id, public_key, source, added_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(kiosk_id) DO UPDATE SET public_key = excluded.public_key, source = excluded.source, "
            "added_at = excluded.added_at",
            [kiosk_id, encoded, source, utc_now()],
        )
    return kiosk_id


def read_key_file(path: Path) -> KnownKeys:
    """The keys in a PEM or JSON key file (see the module docstring)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KeyFileInvalid(f"cannot read {path}: {error}") from error
    return parse_keys(text, str(path))


def parse_keys(text: str, source: str = "key file") -> KnownKeys:
    stripped = text.strip()
    if stripped.startswith("{"):
        return _parse_json(stripped, source)
    blocks = _PEM_BLOCK.findall(text)
    if not blocks:
        raise KeyFileInvalid(f"{source}: neither PEM public keys nor a JSON object of kiosk ids and keys")
    keys: KnownKeys = {}
    for number, block in enumerate(blocks, start=1):
        try:
            key = serialization.load_pem_public_key(block.encode("ascii"))
        except (ValueError, UnsupportedAlgorithm) as error:
            raise KeyFileInvalid(f"{source}: PEM key {number} cannot be read: {error}") from None
        if not isinstance(key, Ed25519PublicKey):
            raise KeyFileInvalid(f"{source}: PEM key {number} is a {type(key).__name__}, not an Ed25519 key")
        keys[kiosk_id_for(key)] = key
    return keys


def _parse_json(text: str, source: str) -> KnownKeys:
    try:
        data = json.loads(text)
    except ValueError as error:
        raise KeyFileInvalid(f"{source}: not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise KeyFileInvalid(f"{source}: the JSON must be an object of kiosk ids and keys")
    keys: KnownKeys = {}
    for kiosk_id, encoded in data.items():
        if not isinstance(encoded, str):
            raise KeyFileInvalid(f"{source}: the key of kiosk {kiosk_id!r} is not a base64 string")
        try:
            key = public_key_from_base64(encoded)
        except ValueError as error:
            raise KeyFileInvalid(f"{source}: kiosk {kiosk_id!r}: {error}") from None
        if kiosk_id_for(key) != kiosk_id:
            raise KeyFileInvalid(f"{source}: the key filed under {kiosk_id!r} is kiosk "
                                 f"{kiosk_id_for(key)!r}'s; the id and the key do not belong together")
        keys[kiosk_id] = key
    return keys
