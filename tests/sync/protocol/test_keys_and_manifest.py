"""The keys document and the manifest: accepted when signed, current and newer; refused otherwise."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.protocol.errors import (
    BadSignature,
    KeysExpired,
    KeysRollback,
    MalformedDocument,
    ManifestExpired,
    NotSignedByRoot,
    Rollback,
    UnknownKey,
)
from sync.protocol.keys import KeysDocument, check_keys_document, make_keys_document
from sync.protocol.manifest import DatasetFiles, FileRef, check_manifest, make_manifest
from sync.protocol.signing import keyid, sign

NOW = datetime(2026, 12, 4, 21, 0, tzinfo=UTC)
ROOT = Ed25519PrivateKey.generate()
RELEASE = Ed25519PrivateKey.generate()
FILE = FileRef(sha256="a" * 64, size=120)


def signed_keys(version: int = 3, expires: datetime = NOW + timedelta(days=365), signer: Ed25519PrivateKey = ROOT,
                release: Ed25519PrivateKey = RELEASE) -> dict[str, object]:
    return sign(make_keys_document(version, NOW - timedelta(days=1), expires, [release.public_key()]), [signer])


def held_keys() -> KeysDocument:
    return check_keys_document(signed_keys(), ROOT.public_key(), NOW, None)


def signed_manifest(release: int = 42, expires: datetime = NOW + timedelta(days=30),
                    signer: Ed25519PrivateKey = RELEASE) -> dict[str, object]:
    datasets = {"registry": DatasetFiles(snapshot=FILE, records=7, deltas={40: FILE, 41: FileRef("b" * 64, 30)})}
    return sign(make_manifest(release, NOW - timedelta(hours=1), expires, 3, datasets), [signer])


def test_a_keys_document_signed_by_the_root_names_its_release_keys() -> None:
    keys = check_keys_document(signed_keys(), ROOT.public_key(), NOW, held_version=3)
    assert keys.version == 3
    assert list(keys.release_keys) == [keyid(RELEASE.public_key())]
    assert keys.expires == NOW + timedelta(days=365)


def test_a_keys_document_signed_by_another_key_is_not_signed_by_root() -> None:
    with pytest.raises(NotSignedByRoot) as refused:
        check_keys_document(signed_keys(signer=RELEASE), ROOT.public_key(), NOW, None)
    assert refused.value.reason == "not_signed_by_root"


def test_a_tampered_keys_document_is_not_signed_by_root() -> None:
    document = signed_keys()
    attacker = Ed25519PrivateKey.generate()
    document["signed"]["release_keys"] = make_keys_document(3, NOW, NOW, [attacker.public_key()])["release_keys"]  # type: ignore[index]
    with pytest.raises(NotSignedByRoot):
        check_keys_document(document, ROOT.public_key(), NOW, None)


def test_an_older_keys_version_is_a_rollback() -> None:
    with pytest.raises(KeysRollback) as refused:
        check_keys_document(signed_keys(version=2), ROOT.public_key(), NOW, held_version=3)
    assert refused.value.reason == "keys_rollback"


def test_an_expired_keys_document_is_refused() -> None:
    with pytest.raises(KeysExpired):
        check_keys_document(signed_keys(expires=NOW), ROOT.public_key(), NOW, None)


def test_a_release_key_entry_that_lies_about_its_keyid_is_malformed() -> None:
    payload = make_keys_document(3, NOW, NOW + timedelta(days=1), [RELEASE.public_key()])
    payload["release_keys"][0]["keyid"] = "0" * 64
    with pytest.raises(MalformedDocument):
        check_keys_document(sign(payload, [ROOT]), ROOT.public_key(), NOW, None)


def test_a_current_newer_manifest_is_accepted_with_its_files() -> None:
    manifest = check_manifest(signed_manifest(), held_keys(), NOW, installed_release=41)
    assert manifest.release == 42
    assert manifest.keys_version == 3
    assert manifest.datasets["registry"].records == 7
    assert manifest.datasets["registry"].deltas[41] == FileRef("b" * 64, 30)
    assert manifest.datasets["registry"].snapshot == FILE


def test_a_manifest_signed_by_a_key_not_in_the_keys_document_is_unknown() -> None:
    with pytest.raises(UnknownKey):
        check_manifest(signed_manifest(signer=ROOT), held_keys(), NOW, None)


def test_a_tampered_manifest_has_a_bad_signature() -> None:
    document = signed_manifest()
    document["signed"]["release"] = 99  # type: ignore[index]
    with pytest.raises(BadSignature):
        check_manifest(document, held_keys(), NOW, None)


def test_the_same_release_again_is_a_rollback_that_says_so() -> None:
    with pytest.raises(Rollback) as refused:
        check_manifest(signed_manifest(release=42), held_keys(), NOW, installed_release=42)
    assert (refused.value.offered, refused.value.installed) == (42, 42)


def test_an_older_release_is_a_rollback() -> None:
    with pytest.raises(Rollback) as refused:
        check_manifest(signed_manifest(release=40), held_keys(), NOW, installed_release=42)
    assert refused.value.reason == "rollback"


def test_an_expired_manifest_is_refused_against_the_trusted_time() -> None:
    document = signed_manifest(expires=NOW + timedelta(days=1))
    assert check_manifest(document, held_keys(), NOW, None).release == 42
    with pytest.raises(ManifestExpired) as refused:
        check_manifest(document, held_keys(), NOW + timedelta(days=1), None)
    assert refused.value.reason == "manifest_expired"


def test_a_rotated_release_key_signs_manifests_once_the_new_keys_document_is_held() -> None:
    new_release = Ed25519PrivateKey.generate()
    rotated = check_keys_document(signed_keys(version=4, release=new_release), ROOT.public_key(), NOW, 3)
    assert check_manifest(signed_manifest(signer=new_release), rotated, NOW, 41).release == 42
    with pytest.raises(UnknownKey):
        check_manifest(signed_manifest(signer=RELEASE), rotated, NOW, 41)


def test_a_manifest_with_a_bad_file_hash_is_malformed() -> None:
    payload = make_manifest(42, NOW, NOW + timedelta(days=1), 3, {"content": DatasetFiles(FILE, 1)})
    payload["datasets"]["content"]["snapshot"]["sha256"] = "../../etc/passwd"
    with pytest.raises(MalformedDocument):
        check_manifest(sign(payload, [RELEASE]), held_keys(), NOW, None)


def test_a_manifest_without_a_release_number_is_malformed() -> None:
    payload = make_manifest(42, NOW, NOW + timedelta(days=1), 3, {})
    del payload["release"]
    with pytest.raises(MalformedDocument):
        check_manifest(sign(payload, [RELEASE]), held_keys(), NOW, None)
