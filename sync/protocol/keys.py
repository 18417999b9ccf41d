"""The keys document: the root key names the release keys that may sign manifests.

The root key is offline and pinned on each kiosk at enrollment; the release key
is online at the centre. Rotating a release key is a new keys document with a
higher version, so no kiosk needs a visit; a kiosk never goes back to an older
version, so a stolen, since-revoked release key cannot be revived by replaying
the keys document that named it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from sync.protocol._fields import field, need_dict, need_int, need_list, need_str, need_time
from sync.protocol.errors import BadSignature, KeysExpired, KeysRollback, MalformedDocument, NotSignedByRoot, UnknownKey
from sync.protocol.signing import keyid, public_from_text, public_to_text, verify
from sync.protocol.times import as_utc, format_time

KEYS_TYPE = "keys"


@dataclass(frozen=True)
class KeysDocument:
    version: int
    created: datetime
    expires: datetime
    #: keyid -> the release key it names.
    release_keys: dict[str, Ed25519PublicKey]


def make_keys_document(
    version: int, created: datetime, expires: datetime, release_public_keys: Iterable[Ed25519PublicKey]
) -> dict[str, Any]:
    """The unsigned ``signed`` part; sign it with the root key (``signing.sign``)."""
    return {
        "type": KEYS_TYPE,
        "version": version,
        "created": format_time(created),
        "expires": format_time(expires),
        "release_keys": [{"keyid": keyid(key), "public": public_to_text(key)} for key in release_public_keys],
    }


def parse_keys_signed(signed: dict[str, Any]) -> KeysDocument:
    """The fields of an already verified ``signed`` part."""
    what = "the keys document"
    version = need_int(field(signed, "version", what), "keys version", minimum=1)
    created = need_time(field(signed, "created", what), "keys created")
    expires = need_time(field(signed, "expires", what), "keys expires")
    release_keys: dict[str, Ed25519PublicKey] = {}
    for entry in need_list(field(signed, "release_keys", what), "release_keys"):
        entry = need_dict(entry, "a release key")
        named = need_str(field(entry, "keyid", "a release key"), "a release key's keyid")
        key = public_from_text(field(entry, "public", "a release key"))
        if keyid(key) != named:
            raise MalformedDocument(f"release key {named[:12]}… is not the key it names")
        release_keys[named] = key
    return KeysDocument(version=version, created=created, expires=expires, release_keys=release_keys)


def check_keys_document(
    document: Any, root: Ed25519PublicKey, now: datetime, held_version: int | None
) -> KeysDocument:
    """The keys document, if the root signed it, it is not older than the one held, and it has not expired.

    ``now`` should be the later of the kiosk's clock and its last trusted time.
    """
    try:
        signed = verify(document, {keyid(root): root}, KEYS_TYPE)
    except (BadSignature, UnknownKey) as error:
        raise NotSignedByRoot(f"the keys document is not signed by the pinned root key ({error})") from error
    keys = parse_keys_signed(signed)
    if held_version is not None and keys.version < held_version:
        raise KeysRollback(f"keys version {keys.version} is older than the held version {held_version}")
    if as_utc(now) >= keys.expires:
        raise KeysExpired(f"the keys document expired at {format_time(keys.expires)}")
    return keys
