"""Signed documents: canonical bytes, Ed25519 signatures, and every way one is refused."""

from __future__ import annotations

import copy

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.protocol.canonical import canonical_bytes
from sync.protocol.errors import BadSignature, MalformedDocument, UnknownKey
from sync.protocol.signing import (
    keyid,
    private_from_text,
    private_to_text,
    public_from_text,
    public_to_text,
    sign,
    verify,
)


def test_canonical_json_sorts_keys_drops_spaces_and_keeps_utf8() -> None:
    assert canonical_bytes({"b": 1, "a": ["ў", True, None]}) == '{"a":["ў",true,null],"b":1}'.encode()


def test_canonical_json_refuses_floats_anywhere() -> None:
    with pytest.raises(MalformedDocument):
        canonical_bytes({"a": [{"b": 1.5}]})


def test_keyid_is_the_sha256_of_the_raw_public_key() -> None:
    key = Ed25519PrivateKey.generate().public_key()
    import hashlib

    from sync.protocol.signing import public_bytes

    assert keyid(key) == hashlib.sha256(public_bytes(key)).hexdigest()
    assert len(keyid(key)) == 64


def test_keys_round_trip_through_text() -> None:
    private = Ed25519PrivateKey.generate()
    public = private.public_key()
    assert keyid(public_from_text(public_to_text(public))) == keyid(public)
    assert keyid(private_from_text(private_to_text(private)).public_key()) == keyid(public)


@pytest.mark.parametrize("text", ["not base64!", "AAAA", 42])
def test_a_public_key_that_is_not_32_base64_bytes_is_malformed(text: object) -> None:
    with pytest.raises(MalformedDocument):
        public_from_text(text)


def test_a_signed_document_verifies_with_the_key_that_signed_it() -> None:
    key = Ed25519PrivateKey.generate()
    document = sign({"type": "note", "n": 1}, [key])
    assert verify(document, {keyid(key.public_key()): key.public_key()}, "note") == {"type": "note", "n": 1}


def test_a_changed_field_breaks_the_signature() -> None:
    key = Ed25519PrivateKey.generate()
    document = sign({"type": "note", "n": 1}, [key])
    document["signed"]["n"] = 2
    with pytest.raises(BadSignature) as refused:
        verify(document, {keyid(key.public_key()): key.public_key()}, "note")
    assert refused.value.reason == "bad_signature"


def test_a_garbled_signature_by_a_trusted_key_is_a_bad_signature() -> None:
    key = Ed25519PrivateKey.generate()
    document = sign({"type": "note"}, [key])
    document["signatures"][0]["sig"] = "%%%"
    with pytest.raises(BadSignature):
        verify(document, {keyid(key.public_key()): key.public_key()}, "note")


def test_a_document_signed_only_by_strangers_names_no_trusted_key() -> None:
    trusted = Ed25519PrivateKey.generate().public_key()
    document = sign({"type": "note"}, [Ed25519PrivateKey.generate()])
    with pytest.raises(UnknownKey) as refused:
        verify(document, {keyid(trusted): trusted}, "note")
    assert refused.value.reason == "unknown_key"


def test_a_stranger_signature_beside_a_good_one_is_ignored() -> None:
    key = Ed25519PrivateKey.generate()
    document = sign({"type": "note"}, [Ed25519PrivateKey.generate(), key])
    assert verify(document, {keyid(key.public_key()): key.public_key()}, "note") == {"type": "note"}


def test_a_signature_copied_under_a_trusted_keyid_does_not_verify() -> None:
    trusted = Ed25519PrivateKey.generate()
    document = sign({"type": "note"}, [Ed25519PrivateKey.generate()])
    forged = copy.deepcopy(document)
    forged["signatures"][0]["keyid"] = keyid(trusted.public_key())
    with pytest.raises(BadSignature):
        verify(forged, {keyid(trusted.public_key()): trusted.public_key()}, "note")


def test_a_document_of_another_type_is_refused_even_if_well_signed() -> None:
    key = Ed25519PrivateKey.generate()
    document = sign({"type": "keys"}, [key])
    with pytest.raises(MalformedDocument):
        verify(document, {keyid(key.public_key()): key.public_key()}, "manifest")


@pytest.mark.parametrize(
    "document",
    [None, [], {"signed": {}}, {"signed": [], "signatures": []}, {"signed": {"type": "note"}, "signatures": [1]},
     {"signed": {"type": "note"}, "signatures": [{"keyid": ["x"], "sig": ""}]}],
)
def test_documents_of_the_wrong_shape_are_malformed(document: object) -> None:
    key = Ed25519PrivateKey.generate().public_key()
    with pytest.raises(MalformedDocument) as refused:
        verify(document, {keyid(key): key}, "note")
    assert refused.value.reason == "malformed"


def test_signing_with_no_key_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        sign({"type": "note"}, [])
