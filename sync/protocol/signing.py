"""Signed documents: ``{"signed": {...}, "signatures": [{"keyid", "sig"}]}`` with Ed25519.

A document is accepted when at least one signature is by a key trusted for its
type; signatures by keys we do not know are skipped, so a centre can add a second
signature during a key rotation without breaking kiosks that know only one key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from sync.protocol.canonical import canonical_bytes
from sync.protocol.errors import BadSignature, MalformedDocument, UnknownKey


def public_bytes(key: Ed25519PublicKey) -> bytes:
    """The raw 32-byte public key."""
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def keyid(public_key: Ed25519PublicKey) -> str:
    """Hex SHA-256 of the raw public key."""
    return hashlib.sha256(public_bytes(public_key)).hexdigest()


def public_to_text(key: Ed25519PublicKey) -> str:
    """The raw public key in standard base64."""
    return base64.b64encode(public_bytes(key)).decode("ascii")


def _b64decode(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise MalformedDocument(f"{what} is not base64 text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as error:
        raise MalformedDocument(f"{what} is not base64: {error}") from error


def public_from_text(text: object) -> Ed25519PublicKey:
    """A public key from its base64 raw form."""
    raw = _b64decode(text, "public key")
    if len(raw) != 32:
        raise MalformedDocument(f"an Ed25519 public key is 32 bytes, not {len(raw)}")
    return Ed25519PublicKey.from_public_bytes(raw)


def private_to_text(key: Ed25519PrivateKey) -> str:
    """The raw 32-byte private key in standard base64 (how an owner hands a release key to the centre)."""
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return base64.b64encode(raw).decode("ascii")


def private_from_text(text: object) -> Ed25519PrivateKey:
    """A private key from its base64 raw form."""
    raw = _b64decode(text, "private key")
    if len(raw) != 32:
        raise MalformedDocument(f"an Ed25519 private key is 32 bytes, not {len(raw)}")
    return Ed25519PrivateKey.from_private_bytes(raw)


def sign(signed: dict[str, Any], keys: Sequence[Ed25519PrivateKey]) -> dict[str, Any]:
    """The envelope of ``signed``, with one signature per key."""
    if not keys:
        raise ValueError("a signed document needs at least one key")
    message = canonical_bytes(signed)
    signatures = [
        {"keyid": keyid(key.public_key()), "sig": base64.b64encode(key.sign(message)).decode("ascii")}
        for key in keys
    ]
    return {"signed": signed, "signatures": signatures}


def verify(document: Any, trusted: Mapping[str, Ed25519PublicKey], expected_type: str) -> dict[str, Any]:
    """The ``signed`` part of ``document`` once a trusted key's signature checks out.

    Raises MalformedDocument (wrong shape or type), UnknownKey (no signature by a
    trusted key) or BadSignature (a trusted key is named but its signature fails).
    """
    if not isinstance(document, dict) or set(document) != {"signed", "signatures"}:
        raise MalformedDocument('a signed document is {"signed": {...}, "signatures": [...]}')
    signed = document["signed"]
    signatures = document["signatures"]
    if not isinstance(signed, dict) or not isinstance(signatures, list):
        raise MalformedDocument('"signed" must be an object and "signatures" a list')
    if signed.get("type") != expected_type:
        raise MalformedDocument(f"expected a {expected_type!r} document, got {signed.get('type')!r}")
    message = canonical_bytes(signed)
    named_trusted_key = False
    for signature in signatures:
        if not isinstance(signature, dict):
            raise MalformedDocument("a signature must be an object")
        signer = signature.get("keyid")
        if not isinstance(signer, str):
            raise MalformedDocument("a signature's keyid must be text")
        key = trusted.get(signer)
        if key is None:
            continue
        named_trusted_key = True
        try:
            key.verify(_b64decode(signature.get("sig"), "signature"), message)
        except (InvalidSignature, MalformedDocument):
            # A garbled signature by a trusted key is a bad signature, not a reason to stop
            # looking: another trusted key may have signed too.
            continue
        return signed
    if named_trusted_key:
        raise BadSignature(f"the {expected_type} document's signature by a trusted key does not verify")
    raise UnknownKey(f"the {expected_type} document is signed by no key trusted for it")
