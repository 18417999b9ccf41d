"""``kiosk-admin keys init|rotate|show``: the root key signs keys documents here, offline.

- ``init`` makes the root key (once, in a 0600 file) and a first release key, signs keys document
  version 1 with the root and hands the centre that document and the release key's private half.
- ``rotate`` makes a new release key and signs keys document version N+1 naming only it: the old
  release key stops being trusted by every kiosk that takes the new document.
- ``show`` prints what the centre holds.

The root's private half is never sent: the centre gets its public half, which it pins at the first
keys document and hands to kiosks at enrollment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.central.admin.client import AdminClient
from sync.central.admin.errors import KeysMismatch, UnexpectedAnswer
from sync.central.admin.root_key import load_or_create_root_key, load_root_key
from sync.protocol.errors import MalformedDocument
from sync.protocol.keys import KeysDocument, make_keys_document, parse_keys_signed
from sync.protocol.signing import keyid, private_to_text, public_to_text, sign
from sync.protocol.times import format_time

DEFAULT_LIFETIME = timedelta(days=365)
#: ``keys show`` warns when the keys document expires sooner than this: kiosks refuse it afterwards.
EXPIRY_WARNING = timedelta(days=30)


@dataclass(frozen=True)
class HeldKeys:
    """What ``GET /v1/admin/keys`` says the centre holds."""

    signed_keys: dict[str, Any]
    document: KeysDocument
    root_keyid: str | None


def short(key_id: str) -> str:
    return f"{key_id[:16]}…"


def held_keys(client: AdminClient) -> HeldKeys | None:
    answer = client.keys()
    if answer is None:
        return None
    signed_keys = answer.get("keys")
    url = f"{client.base_url}/v1/admin/keys"
    if not isinstance(signed_keys, dict) or not isinstance(signed_keys.get("signed"), dict):
        raise UnexpectedAnswer(url, "no keys document in it")
    try:
        document = parse_keys_signed(signed_keys["signed"])
    except MalformedDocument as error:
        raise UnexpectedAnswer(url, f"its keys document is malformed: {error}") from error
    root = answer.get("root_keyid")
    return HeldKeys(signed_keys, document, root if isinstance(root, str) else None)


def _send(client: AdminClient, root: Ed25519PrivateKey, version: int, now: datetime, lifetime: timedelta,
          release: Ed25519PrivateKey) -> tuple[dict[str, Any], dict[str, Any]]:
    signed = sign(make_keys_document(version, now, now + lifetime, [release.public_key()]), [root])
    answer = client.put_keys(signed, [private_to_text(release)], public_to_text(root.public_key()))
    return signed, answer


def _report_sent(signed: dict[str, Any], release: Ed25519PrivateKey, answer: dict[str, Any], out: TextIO) -> None:
    document = signed["signed"]
    print(f"keys version {document['version']} stored at the centre: release key "
          f"{short(keyid(release.public_key()))}, valid until {document['expires']}", file=out)
    republished = answer.get("release")
    if isinstance(republished, int):
        print(f"release {republished} was signed again with the new release key", file=out)


def init_keys(client: AdminClient, root_path: Path, now: datetime, lifetime: timedelta, out: TextIO) -> int:
    """``keys init``: 0 when the centre holds keys version 1 signed by the root in ``root_path``."""
    held = held_keys(client)
    if held is not None:
        raise KeysMismatch(f"the centre already has keys (version {held.document.version}); "
                           "use `kiosk-admin keys rotate` to replace its release key")
    root, made = load_or_create_root_key(root_path)
    root_id = keyid(root.public_key())
    if made:
        print(f"root key {short(root_id)} made and written to {root_path} (mode 0600). It never leaves this "
              "machine: keep it offline and backed up, for every kiosk trusts it and only it can rotate keys.",
              file=out)
    else:
        print(f"root key {short(root_id)} read from {root_path}", file=out)
    release = Ed25519PrivateKey.generate()
    signed, answer = _send(client, root, 1, now, lifetime, release)
    _report_sent(signed, release, answer, out)
    return 0


def rotate_keys(client: AdminClient, root_path: Path, now: datetime, lifetime: timedelta, out: TextIO) -> int:
    """``keys rotate``: a new release key in keys version N+1, signed by the root in ``root_path``."""
    root = load_root_key(root_path)
    held = held_keys(client)
    if held is None:
        raise KeysMismatch("the centre has no keys yet: run `kiosk-admin keys init` first")
    root_id = keyid(root.public_key())
    if held.root_keyid is not None and held.root_keyid != root_id:
        raise KeysMismatch(f"{root_path} holds root key {short(root_id)}, but the centre's kiosks trust root key "
                           f"{short(held.root_keyid)}: use the root key file made by `keys init`")
    release = Ed25519PrivateKey.generate()
    signed, answer = _send(client, root, held.document.version + 1, now, lifetime, release)
    retired = ", ".join(short(key) for key in sorted(held.document.release_keys)) or "none"
    print(f"release key(s) {retired} retired", file=out)
    _report_sent(signed, release, answer, out)
    return 0


def show_keys(client: AdminClient, now: datetime, out: TextIO) -> int:
    """``keys show``: the centre's current keys document."""
    held = held_keys(client)
    if held is None:
        print("the centre has no keys yet (`kiosk-admin keys init` sets them up)", file=out)
        return 1
    document = held.document
    if held.root_keyid:
        print(f"root key:      {held.root_keyid}", file=out)
    print(f"keys version:  {document.version}", file=out)
    print(f"created:       {format_time(document.created)}", file=out)
    print(f"expires:       {format_time(document.expires)}", file=out)
    for key_id in sorted(document.release_keys):
        print(f"release key:   {key_id}", file=out)
    if document.expires <= now:
        print("EXPIRED: kiosks refuse these keys; run `kiosk-admin keys rotate` now", file=out)
    elif document.expires - now < EXPIRY_WARNING:
        days = (document.expires - now).days
        print(f"expires in {days} day{'s' if days != 1 else ''}: run `kiosk-admin keys rotate` before then", file=out)
    return 0

