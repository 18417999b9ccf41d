"""``kiosk receipt verify`` and ``kiosk receipt sample``: what the CLI prints and returns."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kiosk.receipts.content import sample_content
from kiosk.receipts.device_key import DeviceKey, DeviceKeyError, load_or_create_device_key
from kiosk.receipts.fonts import FontMissing
from kiosk.receipts.keyring import KeyFileInvalid, KnownKeys, known_keys, read_key_file
from kiosk.receipts.render import Layout, render_receipt
from kiosk.receipts.token import ForgedToken, MalformedToken, ReceiptClaims, UnknownKiosk, verify

if TYPE_CHECKING:
    from kiosk.paths import DataPaths
    from kiosk.store import Store

EXIT_VALID, EXIT_NOT_VALID, EXIT_USAGE = 0, 1, 2


def main_verify(token: str, key_files: Sequence[Path], store: Store, data_paths: DataPaths, out: TextIO,
                err: TextIO) -> int:
    """Print the outcome of verifying ``token``; 0 only when it is genuine."""
    own = _own_key(data_paths, err)
    keys: KnownKeys = known_keys(store, own)
    for path in key_files:
        try:
            keys.update(read_key_file(path))
        except KeyFileInvalid as error:
            print(f"kiosk receipt verify: {error}", file=err)
            return EXIT_USAGE
    try:
        claims = verify(token, keys)
    except MalformedToken as error:
        print(f"malformed: this is not a receipt token ({error}). Scan it again.", file=out)
        return EXIT_NOT_VALID
    except UnknownKiosk as error:
        print(f"unknown kiosk: the token is signed by kiosk {error.kiosk_id}, whose key is not among the "
              f"{len(keys)} known here; it cannot be verified. Add the kiosk's key with --keys FILE.", file=out)
        return EXIT_NOT_VALID
    except ForgedToken as error:
        print(f"forged: the signature is not kiosk {error.kiosk_id}'s. The token was altered or forged; "
              "do not accept it.", file=out)
        return EXIT_NOT_VALID
    this = " (this kiosk)" if own is not None and claims.kiosk_id == own.kiosk_id else ""
    print(f"valid: a genuine receipt from kiosk {claims.kiosk_id}{this}", file=out)
    print(describe_claims(claims), file=out)
    return EXIT_VALID


def describe_claims(claims: ReceiptClaims) -> str:
    rows = (
        ("reference", claims.reference_display),
        ("service", claims.service_id),
        ("location", claims.location_id),
        ("slot start", f"{claims.start:%Y-%m-%d %H:%M} (local time)"),
        ("issued at", f"{claims.issued_at:%Y-%m-%d %H:%M:%S} UTC"),
        ("kiosk", claims.kiosk_id),
        ("name hash", claims.name_hash),
    )
    return "\n".join(f"  {name:<11}{value}" for name, value in rows)


def main_sample(path: Path, language: str, layout: Layout, data_paths: DataPaths, out: TextIO, err: TextIO) -> int:
    """Write a receipt for the fictional sample booking, signed by this kiosk's key."""
    try:
        key = load_or_create_device_key(data_paths.ensure().device_key)
        pdf = render_receipt(sample_content(language, key), layout)
    except (DeviceKeyError, FontMissing) as error:
        print(f"kiosk receipt sample: {error}", file=err)
        return EXIT_NOT_VALID
    try:
        path.write_bytes(pdf)
    except OSError as error:
        print(f"kiosk receipt sample: cannot write {path}: {error}", file=err)
        return EXIT_NOT_VALID
    print(f"wrote {path} ({layout}, {language}, {len(pdf):,} bytes; a fictional booking signed by kiosk "
          f"{key.kiosk_id})", file=out)
    return EXIT_VALID


def _own_key(data_paths: DataPaths, err: TextIO) -> DeviceKey | None:
    """This kiosk's key if it has one; verifying never makes a key."""
    if not data_paths.device_key.exists():
        return None
    try:
        return load_or_create_device_key(data_paths.device_key)
    except DeviceKeyError as error:
        print(f"kiosk receipt verify: this kiosk's own key is not used: {error}", file=err)
        return None
