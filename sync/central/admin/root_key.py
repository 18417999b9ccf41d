"""The offline root key: made once on the administrator's machine, kept in a 0600 file, never sent.

The file holds the raw Ed25519 private key in base64 (``sync.protocol.signing.private_to_text``), one
line. It is created with ``O_EXCL`` and mode 0600, so it is never briefly readable by others and an
existing key is never overwritten: losing the root key means re-enrolling every kiosk.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.central.admin.credentials import read_secret_file
from sync.central.admin.errors import CredentialProblem, RootKeyProblem
from sync.protocol.errors import MalformedDocument
from sync.protocol.signing import private_from_text, private_to_text


def load_root_key(path: Path) -> Ed25519PrivateKey:
    """The root key in ``path``; RootKeyProblem when missing, readable by others, or not a key."""
    if not path.exists():
        raise RootKeyProblem(f"there is no root key at {path} (`kiosk-admin keys init` makes one)")
    try:
        text = read_secret_file(path, "the root key file")
    except CredentialProblem as problem:
        raise RootKeyProblem(str(problem)) from problem
    try:
        return private_from_text(text)
    except MalformedDocument as error:
        raise RootKeyProblem(f"{path} does not hold an Ed25519 root key: {error}") from error


def create_root_key(path: Path) -> Ed25519PrivateKey:
    """A new root key, written to ``path`` (which must not exist) with mode 0600."""
    key = Ed25519PrivateKey.generate()
    try:
        if path.parent != Path(""):
            os.makedirs(path.parent, mode=0o700, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as error:
        raise RootKeyProblem(f"{path} appeared while the root key was being made; nothing was written") from error
    except OSError as error:
        raise RootKeyProblem(f"cannot write the root key to {path}: {error.strerror or error}") from error
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(private_to_text(key) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return key


def load_or_create_root_key(path: Path) -> tuple[Ed25519PrivateKey, bool]:
    """The root key in ``path``, made there first if there is none; and whether it was just made."""
    if path.exists():
        return load_root_key(path), False
    return create_root_key(path), True
