"""The centre's keys: the pinned root public key, the signed keys documents, the release keys.

The root's private half never comes here: the owner signs a keys document offline
and hands the centre that document and the private release key(s) it names.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import IntegrityError

from sync.central.errors import ApiError
from sync.central.tables import keys_documents, release_keys, trust
from sync.protocol.errors import ProtocolError, Refusal
from sync.protocol.keys import KeysDocument, check_keys_document, parse_keys_signed
from sync.protocol.signing import keyid, private_from_text, private_to_text, public_from_text, public_to_text


@dataclass(frozen=True)
class Keyring:
    root: Ed25519PublicKey
    #: The current keys document as signed, and what it says.
    signed_keys: dict[str, Any]
    keys: KeysDocument
    #: The private release keys the current keys document names.
    release_private_keys: list[Ed25519PrivateKey]


def root_key(connection: Connection) -> Ed25519PublicKey | None:
    text = connection.execute(select(trust.c.public_key).where(trust.c.name == "root")).scalar()
    return None if text is None else public_from_text(text)


def load_keyring(connection: Connection) -> Keyring | None:
    """The current keys, or None before the owner has given any."""
    root = root_key(connection)
    row = connection.execute(select(keys_documents).order_by(keys_documents.c.version.desc()).limit(1)).first()
    if root is None or row is None:
        return None
    signed_keys = json.loads(row.document)
    privates = connection.execute(select(release_keys.c.private_key)
                                  .where(release_keys.c.keys_version == row.version)).scalars()
    return Keyring(root=root, signed_keys=signed_keys, keys=parse_keys_signed(signed_keys["signed"]),
                   release_private_keys=[private_from_text(text) for text in privates])


def store_keys(engine: Engine, document: Any, private_texts: list[str], root_text: str | None,
               now: datetime) -> KeysDocument:
    """Take a new keys document signed by the root, and the private keys of the release keys it names.

    The first call pins the root (``root_text``); later ones must be signed by that root.
    """
    try:
        given_root = None if root_text is None else public_from_text(root_text)
        privates = [private_from_text(text) for text in private_texts]
    except ProtocolError as error:
        raise ApiError(422, "invalid_key", str(error)) from error
    with engine.begin() as connection:
        root = root_key(connection)
        pin_root = root is None
        if root is None and given_root is None:
            raise ApiError(422, "root_key_needed",
                           "the centre has no root key yet: send root_public_key with the first keys document")
        if root is not None and given_root is not None and keyid(given_root) != keyid(root):
            raise ApiError(409, "root_mismatch", "that is not the root key this centre's kiosks have pinned")
        root = root or given_root
        assert root is not None
        held = connection.execute(select(keys_documents.c.version, keys_documents.c.document)
                                  .order_by(keys_documents.c.version.desc()).limit(1)).first()
        try:
            keys = check_keys_document(document, root, now, None if held is None else held.version)
        except Refusal as error:
            raise ApiError(422, error.reason, str(error)) from error
        if held is not None and keys.version == held.version:
            if json.loads(held.document) != document:
                raise ApiError(409, "keys_version_taken",
                               f"keys version {keys.version} is already another document: sign a higher version")
        if not privates:
            raise ApiError(422, "release_key_needed", "give the private half of at least one release key")
        for private in privates:
            if keyid(private.public_key()) not in keys.release_keys:
                raise ApiError(422, "release_key_not_named",
                               f"release key {keyid(private.public_key())[:12]}… is not in the keys document")
        if pin_root:
            connection.execute(insert(trust).values(name="root", public_key=public_to_text(root)))
        if held is None or keys.version != held.version:
            connection.execute(insert(keys_documents).values(version=keys.version, document=json.dumps(document),
                                                             stored_at=now))
        for private in privates:
            existing = connection.execute(select(release_keys.c.keys_version)
                                          .where(release_keys.c.keyid == keyid(private.public_key()))).first()
            if existing is None:
                connection.execute(insert(release_keys).values(keyid=keyid(private.public_key()),
                                                               keys_version=keys.version,
                                                               private_key=private_to_text(private)))
            else:
                # The same release key carried over into a new keys version.
                connection.execute(release_keys.update().where(release_keys.c.keyid == keyid(private.public_key()))
                                   .values(keys_version=keys.version))
    return keys


def store_keys_or_conflict(engine: Engine, document: Any, private_texts: list[str], root_text: str | None,
                           now: datetime) -> KeysDocument:
    """``store_keys``, with another replica's simultaneous write answered as a conflict rather than a fault."""
    try:
        return store_keys(engine, document, private_texts, root_text, now)
    except IntegrityError as error:
        raise ApiError(409, "keys_conflict", "another keys document was stored at the same moment: try again") \
            from error
