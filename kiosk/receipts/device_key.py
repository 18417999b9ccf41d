"""The kiosk's own Ed25519 key, which signs the QR token on every receipt.

It is made on first use and kept in the data directory (``DataPaths.device_key``)
as an unencrypted PKCS#8 PEM file with mode 0600. Unencrypted, because the kiosk
boots unattended and has nobody to type a passphrase; 0600 in a 0700 directory,
because anyone who can read it can sign receipts that staff would accept. A key
file that group or others can read (or that belongs to another user, or is a
symlink) is refused rather than used: it may have been copied already, and a
silent fix would hide that.

The kiosk id is derived from the public key, so it cannot drift from the key
it names: 8 characters from lower-case letters and digits without look-alikes
(no 0/o, 1/l/i; about 40 bits), e.g. ``k7qf3m2x``. Lower case keeps it from
being read as a booking reference, which is upper case. ``public_key_pem()`` is
what enrollment will send to the central service.
"""

from __future__ import annotations

import base64
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

KIOSK_ID_LENGTH = 8
_ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
_MAX_KEY_FILE_BYTES = 4096  # a PKCS#8 Ed25519 PEM is 119 bytes; anything huge is not ours


class DeviceKeyError(Exception):
    """Base class: the device key cannot be used."""


class KeyFileTooOpen(DeviceKeyError):
    """The key file can be read by other users, belongs to someone else, or is a symlink. It is not used."""


class DeviceKeyUnreadable(DeviceKeyError):
    """The key file exists but is not an Ed25519 private key (damaged, or something else at that path)."""


def kiosk_id_for(public_key: Ed25519PublicKey) -> str:
    """The short, stable id of the kiosk that holds the private half of ``public_key``."""
    digest = int.from_bytes(hashlib.sha256(raw_public_key(public_key)).digest()[:6], "big")
    chars = []
    for _ in range(KIOSK_ID_LENGTH):
        digest, index = divmod(digest, len(_ID_ALPHABET))
        chars.append(_ID_ALPHABET[index])
    return "".join(chars)


def raw_public_key(public_key: Ed25519PublicKey) -> bytes:
    """The 32 bytes of an Ed25519 public key."""
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@dataclass(frozen=True)
class DeviceKey:
    """This kiosk's signing key. Load it with :func:`load_or_create_device_key`."""

    private_key: Ed25519PrivateKey

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()

    @property
    def kiosk_id(self) -> str:
        return kiosk_id_for(self.public_key)

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)

    def public_key_pem(self) -> str:
        """The public key as SubjectPublicKeyInfo PEM: what enrollment registers, and what ``--keys`` reads."""
        return self.public_key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode("ascii")

    def public_key_base64(self) -> str:
        """The 32-byte public key in standard base64, as a ``{kiosk_id: key}`` JSON key file holds it."""
        return base64.b64encode(raw_public_key(self.public_key)).decode("ascii")

    @classmethod
    def generate(cls) -> DeviceKey:
        """A fresh key that lives only in memory (tests, and a sample when no data directory is given)."""
        return cls(Ed25519PrivateKey.generate())


def load_or_create_device_key(path: Path) -> DeviceKey:
    """The key at ``path``, made first if there is none.

    Two processes starting at once end up with the same key: the new file is
    written whole under a temporary name and linked into place only if nothing is
    there yet; the loser of the race loads the winner's key.
    """
    try:
        return _load(path)
    except FileNotFoundError:
        pass
    key = DeviceKey.generate()
    pem = key.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.part")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        try:
            os.fchmod(descriptor, 0o600)  # whatever the umask said
            os.write(descriptor, pem)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        try:
            os.link(temporary, path)  # fails if a key appeared meanwhile: never replace a key
        except FileExistsError:
            return _load(path)
        _fsync_directory(path.parent)
    finally:
        temporary.unlink(missing_ok=True)
    return key


def _load(path: Path) -> DeviceKey:
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError as error:
        if isinstance(error, FileNotFoundError):
            raise
        if os.path.islink(path):
            raise KeyFileTooOpen(f"the device key {path} is a symbolic link; the kiosk uses only a "
                                 "regular file it owns (mode 0600). Replace the link with the key file.") from None
        raise DeviceKeyUnreadable(f"cannot read the device key {path}: {error}") from error
    try:
        info = os.fstat(descriptor)
        _check_private(path, info)
        data = os.read(descriptor, _MAX_KEY_FILE_BYTES + 1)
    finally:
        os.close(descriptor)
    if len(data) > _MAX_KEY_FILE_BYTES:
        raise DeviceKeyUnreadable(f"{path} is too large to be a device key")
    try:
        private_key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:
        raise DeviceKeyUnreadable(f"{path} is not a readable device key ({error}); move it aside and the "
                                  "kiosk makes a new one, which must then be enrolled again") from None
    if not isinstance(private_key, Ed25519PrivateKey):
        raise DeviceKeyUnreadable(f"{path} holds a {type(private_key).__name__}, not an Ed25519 device key")
    return DeviceKey(private_key)


def _check_private(path: Path, info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise KeyFileTooOpen(f"the device key {path} is not a regular file")
    if info.st_uid != os.geteuid():
        raise KeyFileTooOpen(f"the device key {path} belongs to user id {info.st_uid}, not to the user the "
                             f"kiosk runs as ({os.geteuid()}); fix with: chown {os.geteuid()} {path}")
    if info.st_mode & 0o077:
        raise KeyFileTooOpen(
            f"the device key {path} has mode {stat.S_IMODE(info.st_mode):04o}, so other users can read it; "
            f"it is not used. If nobody else could have copied it, fix with: chmod 600 {path}; "
            "otherwise move it aside so the kiosk makes a new key, and enroll the kiosk again."
        )


def _fsync_directory(directory: Path) -> None:
    """Make the new file's name durable, not just its bytes."""
    descriptor = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
