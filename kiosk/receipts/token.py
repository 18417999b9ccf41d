"""The signed token in a receipt's QR code, which staff verify with no connection (docs/architecture.md, "Receipts").

Format::

    KQ1.<base64url(payload)>.<base64url(signature)>

base64url is unpadded (RFC 4648 §5). The payload is compact JSON with one-letter
keys, in this order::

    r  the booking reference, undashed            "7KQ4XP9M"
    s  the service id                             "visa-submission"
    l  the location id                            "sample-visa-centre"
    t  the slot's start, local wall-clock time    "2027-01-15T09:30"
    i  issued at, Unix seconds (UTC)              1767225600
    k  the kiosk id of the signing key            "k7qf3m2x"
    n  a short salted hash of the name            "Qm9v"

The signature is Ed25519 by the kiosk's device key over the ASCII text before
the second dot (``KQ1.<payload>``), so the version prefix is signed too, and a
changed character anywhere is a forged token even where base64 would decode it
to the same bytes. Both parts must be canonical base64url as well.

What the token holds about the person is only ``n``: 3 bytes of SHA-256 over
the reference (a per-booking random salt) and the name's sound key, so that
staff can check the name on a passport against it (:meth:`ReceiptClaims.name_matches`).
Three bytes tell a different name apart (one in 16 million matches by chance)
but are too few to find a name from a list of names. Never the name itself,
never a phone number, never any passport digit. A token of a typical booking is
about 260 characters: a version-12 QR code at error correction M.

Failures, one per thing staff do differently::

    TokenError        base class
    ├── MalformedToken  not a KQ1 token at all (mis-scanned, truncated, another QR code): scan again
    ├── UnknownKiosk    well formed, but signed by a kiosk whose key this device does not know:
    │                   update the fleet keys, or treat as not verified
    └── ForgedToken     signed by a known kiosk's id, but the signature does not match: refuse
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature

from kiosk.receipts.device_key import KIOSK_ID_LENGTH, DeviceKey, kiosk_id_for
from kiosk.reference import InvalidReference, display, parse_reference
from kiosk.text.names import name_key  # as hashed: the booking rules' "same person" key, any script or order
from kiosk.text.normalise import words

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

PREFIX = "KQ1."
NAME_HASH_BYTES = 3
SIGNATURE_BYTES = 64
# A real token is about 260 characters; refuse anything far larger before decoding it.
MAX_TOKEN_LENGTH = 1024
_B64URL = re.compile(r"[A-Za-z0-9_-]+")
_FIELDS = ("r", "s", "l", "t", "i", "k", "n")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")
_START_FORMAT = "%Y-%m-%dT%H:%M"
_NAME_SALT = b"KQ1 name\x00"


class TokenError(Exception):
    """Base class: the token cannot be trusted."""


class MalformedToken(TokenError):
    """Not a KQ1 token: wrong prefix, bad base64, a payload that is not what a kiosk writes."""


class UnknownKiosk(TokenError):
    """Signed by a kiosk whose public key is not among the known keys."""

    def __init__(self, kiosk_id: str) -> None:
        self.kiosk_id = kiosk_id
        super().__init__(f"signed by kiosk {kiosk_id}, whose key this device does not know")


class ForgedToken(TokenError):
    """The signature does not match the payload and the named kiosk's key: altered, or not made by that kiosk."""

    def __init__(self, kiosk_id: str) -> None:
        self.kiosk_id = kiosk_id
        super().__init__(f"the signature is not kiosk {kiosk_id}'s: the token was altered or forged")


@dataclass(frozen=True)
class ReceiptClaims:
    """What a verified token says. ``start`` is naive local time; ``issued_at`` is UTC."""

    reference: str  # undashed, as kiosk.reference.parse_reference returns it
    service_id: str
    location_id: str
    start: datetime
    issued_at: datetime
    kiosk_id: str
    name_hash: str

    @property
    def reference_display(self) -> str:
        return display(self.reference)

    def name_matches(self, name: str) -> bool:
        """Whether ``name`` (as typed by staff from a passport, in either script) is the booked name."""
        return name_hash(self.reference, name) == self.name_hash


def name_hash(reference: str, name: str) -> str:
    """The short salted hash of ``name`` for the booking ``reference`` (4 base64url characters)."""
    digest = hashlib.sha256(_NAME_SALT + parse_reference(reference).encode("ascii") + b"\x00"
                            + name_key(name).encode("utf-8")).digest()
    return _b64encode(digest[:NAME_HASH_BYTES])


def issue_token(key: DeviceKey, *, reference: str, service_id: str, location_id: str, start: datetime,
                name: str, issued_at: datetime | None = None, hashed_name: str = "") -> str:
    """Sign a token for a booking. ``start`` is the slot's naive local start; seconds are dropped.

    ``hashed_name`` (the booking's :func:`name_hash`) stands in for ``name`` once the
    kiosk has dropped the name (a reprint of a booking the centre confirmed).
    """
    code = parse_reference(reference)
    for field, value in (("service_id", service_id), ("location_id", location_id)):
        if not _ID.fullmatch(value):
            raise ValueError(f"{field} {value!r} is not an id (up to 64 letters, digits, '-', '_', '.', ':')")
    if start.tzinfo is not None:
        raise ValueError("start is the slot's local wall-clock time: pass a naive datetime")
    if hashed_name:
        if len(_b64decode(hashed_name, "name hash")) != NAME_HASH_BYTES:
            raise ValueError("hashed_name is not a name hash")
    elif not words(name):
        raise ValueError("a booking needs a name to hash")
    moment = issued_at if issued_at is not None else datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValueError("issued_at must carry a time zone (UTC)")
    payload = {
        "r": code,
        "s": service_id,
        "l": location_id,
        "t": start.strftime(_START_FORMAT),
        "i": int(moment.timestamp()),
        "k": key.kiosk_id,
        "n": hashed_name or name_hash(code, name),
    }
    signed = PREFIX + _b64encode(json.dumps(payload, separators=(",", ":"), ensure_ascii=True).encode("ascii"))
    return f"{signed}.{_b64encode(key.sign(signed.encode('ascii')))}"


def verify(token: str, known_keys: Mapping[str, Ed25519PublicKey]) -> ReceiptClaims:
    """The claims of a genuine token; :class:`TokenError` otherwise.

    ``known_keys`` maps kiosk ids to their public keys (see kiosk.receipts.keyring).
    """
    signed, claims, signature = _split(token)
    public_key = known_keys.get(claims.kiosk_id)
    if public_key is None:
        raise UnknownKiosk(claims.kiosk_id)
    if kiosk_id_for(public_key) != claims.kiosk_id:
        # The key table is wrong, not the token: a key filed under another kiosk's id.
        raise UnknownKiosk(claims.kiosk_id)
    try:
        public_key.verify(signature, signed.encode("ascii"))
    except InvalidSignature:
        raise ForgedToken(claims.kiosk_id) from None
    return claims


def unverified_claims(token: str) -> ReceiptClaims:
    """What a well-formed token claims, signature NOT checked: only for printing a token this kiosk made."""
    return _split(token)[1]


def _split(token: str) -> tuple[str, ReceiptClaims, bytes]:
    """The signed text, the claims and the signature of a well-formed token; :class:`MalformedToken` if not."""
    token = token.strip()
    if len(token) > MAX_TOKEN_LENGTH:
        raise MalformedToken(f"too long for a receipt token ({len(token)} characters)")
    if not token.startswith(PREFIX):
        raise MalformedToken(f"does not start with {PREFIX}: not a receipt token, or from a newer kiosk")
    parts = token.split(".")
    if len(parts) != 3:
        raise MalformedToken("a receipt token has three parts separated by dots")
    payload_bytes = _b64decode(parts[1], "payload")
    signature = _b64decode(parts[2], "signature")
    if len(signature) != SIGNATURE_BYTES:
        raise MalformedToken(f"the signature has {len(signature)} bytes, not {SIGNATURE_BYTES}")
    return token.rsplit(".", 1)[0], _parse_payload(payload_bytes), signature


def _parse_payload(data: bytes) -> ReceiptClaims:
    try:
        payload = json.loads(data.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise MalformedToken("the payload is not the JSON a kiosk writes") from None
    if not isinstance(payload, dict) or tuple(payload) != _FIELDS:
        raise MalformedToken(f"the payload must have exactly the fields {', '.join(_FIELDS)}, in that order")
    reference, service_id, location_id, start, issued, kiosk_id, hashed = (payload[f] for f in _FIELDS)
    if not all(isinstance(v, str) for v in (reference, service_id, location_id, start, kiosk_id, hashed)):
        raise MalformedToken("a text field of the payload is not text")
    if not isinstance(issued, int) or isinstance(issued, bool) or not 0 <= issued < 2**33:
        raise MalformedToken("the issue time is not a time")
    try:
        code = parse_reference(reference)
    except InvalidReference as error:
        raise MalformedToken(f"the reference is not a reference: {error}") from None
    if code != reference:
        raise MalformedToken("the reference is not written as a kiosk writes it")
    if not (_ID.fullmatch(service_id) and _ID.fullmatch(location_id)):
        raise MalformedToken("the service or location is not an id")
    try:
        when = datetime.strptime(start, _START_FORMAT)
    except ValueError:
        raise MalformedToken("the slot start is not a date and time") from None
    if len(kiosk_id) != KIOSK_ID_LENGTH or not kiosk_id.isascii() or not kiosk_id.isalnum():
        raise MalformedToken("the kiosk id is not a kiosk id")
    if len(_b64decode(hashed, "name hash")) != NAME_HASH_BYTES:
        raise MalformedToken("the name hash has the wrong length")
    return ReceiptClaims(code, service_id, location_id, when, datetime.fromtimestamp(issued, UTC), kiosk_id,
                         hashed)


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str, part: str) -> bytes:
    if not _B64URL.fullmatch(text) or len(text) % 4 == 1:
        raise MalformedToken(f"the {part} is not base64url")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise MalformedToken(f"the {part} is not base64url") from None
    if _b64encode(data) != text:
        # Unused low bits set in the last character: another spelling of the same bytes.
        raise MalformedToken(f"the {part} is not canonical base64url")
    return data
