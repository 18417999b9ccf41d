"""Appointment receipts: the PDF, the signed QR token, the kiosk's device key.

The booking flow calls, in this order, after the booking is committed::

    key = load_or_create_device_key(settings.data_paths.device_key)
    token = issue_token(key, reference=..., service_id=..., location_id=..., start=..., name=...)
    content = ReceiptContent(language, reference, service_name, ..., token=token, fictional=...)
    pdf = render_receipt(content, "roll")          # then kiosk.printing prints it
    sentences = receipt_sentences(content)         # for Listen

Staff verify a scanned token with ``verify(token, known_keys(store, own=key))``.

Errors a caller can act on::

    FontMissing              the receipt font is not installed (kiosk.receipts.fonts)
    UnknownLayout            neither "roll" nor "a4"
    DeviceKeyError           the device key cannot be used
    ├── KeyFileTooOpen       other users could read it (or it is a symlink, or not ours): refused
    └── DeviceKeyUnreadable  not an Ed25519 private key
    TokenError               a scanned token cannot be trusted
    ├── MalformedToken       not a receipt token: scan again
    ├── UnknownKiosk         signed by a kiosk whose key is not known here
    └── ForgedToken          the signature does not match: refuse
    KeyFileInvalid           a file of public keys that cannot be read
    kiosk.reference.InvalidReference   a reference with a typo, given to ReceiptContent or issue_token
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.receipts.content import ReceiptContent, sample_content
    from kiosk.receipts.device_key import (
        DeviceKey,
        DeviceKeyError,
        DeviceKeyUnreadable,
        KeyFileTooOpen,
        kiosk_id_for,
        load_or_create_device_key,
    )
    from kiosk.receipts.fonts import FontMissing
    from kiosk.receipts.keyring import KeyFileInvalid, known_keys, read_key_file, remember_key
    from kiosk.receipts.render import LAYOUTS, Layout, UnknownLayout, render_receipt
    from kiosk.receipts.sentences import receipt_sentences
    from kiosk.receipts.token import (
        ForgedToken,
        MalformedToken,
        ReceiptClaims,
        TokenError,
        UnknownKiosk,
        issue_token,
        verify,
    )

# The names above load on first use: importing one light part of the package (the
# labels, the content) must not pull in reportlab, PIL and cryptography, which
# only printing and signing need. The kiosk starts without them.
_HOME = {
    "ReceiptContent": "content", "sample_content": "content",
    "DeviceKey": "device_key", "DeviceKeyError": "device_key", "DeviceKeyUnreadable": "device_key",
    "KeyFileTooOpen": "device_key", "kiosk_id_for": "device_key", "load_or_create_device_key": "device_key",
    "FontMissing": "fonts",
    "KeyFileInvalid": "keyring", "known_keys": "keyring", "read_key_file": "keyring", "remember_key": "keyring",
    "LAYOUTS": "render", "Layout": "render", "UnknownLayout": "render", "render_receipt": "render",
    "receipt_sentences": "sentences",
    "ForgedToken": "token", "MalformedToken": "token", "ReceiptClaims": "token", "TokenError": "token",
    "UnknownKiosk": "token", "issue_token": "token", "verify": "token",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value
    return value


__all__ = [
    "LAYOUTS",
    "DeviceKey",
    "DeviceKeyError",
    "DeviceKeyUnreadable",
    "FontMissing",
    "ForgedToken",
    "KeyFileInvalid",
    "KeyFileTooOpen",
    "Layout",
    "MalformedToken",
    "ReceiptClaims",
    "ReceiptContent",
    "TokenError",
    "UnknownKiosk",
    "UnknownLayout",
    "issue_token",
    "kiosk_id_for",
    "known_keys",
    "load_or_create_device_key",
    "read_key_file",
    "receipt_sentences",
    "remember_key",
    "render_receipt",
    "sample_content",
    "verify",
]
