import base64
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kiosk.paths import DataPaths
from kiosk.receipts.device_key import DeviceKey
from kiosk.receipts.keyring import KeyFileInvalid, known_keys, parse_keys, read_key_file, remember_key
from kiosk.receipts.token import UnknownKiosk, issue_token, verify
from kiosk.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(DataPaths(tmp_path / "data"))
    yield opened
    opened.close()


def token_by(key: DeviceKey) -> str:
    return issue_token(key, reference="SAMPLE2U", service_id="visa-submission", location_id="office-1",
                       start=datetime(2027, 1, 15, 9, 30), name="Aziz Karimov")


def test_a_kiosk_trusts_its_own_key_and_the_fleet_keys_in_its_cache(store: Store) -> None:
    own, fleet, stranger = DeviceKey.generate(), DeviceKey.generate(), DeviceKey.generate()
    assert remember_key(store, fleet.public_key, "release 12") == fleet.kiosk_id
    keys = known_keys(store, own)
    assert set(keys) == {own.kiosk_id, fleet.kiosk_id}
    assert verify(token_by(own), keys).kiosk_id == own.kiosk_id
    assert verify(token_by(fleet), keys).kiosk_id == fleet.kiosk_id
    with pytest.raises(UnknownKiosk):
        verify(token_by(stranger), keys)


def test_remembered_keys_survive_reopening_the_cache(tmp_path: Path) -> None:
    fleet = DeviceKey.generate()
    paths = DataPaths(tmp_path / "data")
    first = open_store(paths)
    remember_key(first, fleet.public_key, "test")
    first.close()
    again = open_store(paths)
    try:
        assert set(known_keys(again)) == {fleet.kiosk_id}
        row = again.db.execute("SELECT source FROM kiosk_keys").fetchone()
        assert row[0] == "test"
    finally:
        again.close()


def test_a_cached_key_under_another_kiosks_id_is_ignored(store: Store) -> None:
    fleet, other = DeviceKey.generate(), DeviceKey.generate()
    with store.transaction() as db:
        db.execute("INSERT INTO kiosk_keys(kiosk_id, public_key, source, added_at) VALUES (?, ?, 'x', 'now')",
                   [other.kiosk_id, fleet.public_key_base64()])
    assert known_keys(store) == {}


def test_a_pem_file_of_public_keys_is_read(tmp_path: Path) -> None:
    one, two = DeviceKey.generate(), DeviceKey.generate()
    path = tmp_path / "fleet.pem"
    path.write_text("Kiosk at gate 3:\n" + one.public_key_pem() + "\n" + two.public_key_pem())
    assert set(read_key_file(path)) == {one.kiosk_id, two.kiosk_id}


def test_a_json_file_of_kiosk_ids_and_keys_is_read(tmp_path: Path) -> None:
    one, two = DeviceKey.generate(), DeviceKey.generate()
    path = tmp_path / "fleet.json"
    urlsafe = base64.urlsafe_b64encode(base64.b64decode(two.public_key_base64())).decode().rstrip("=")
    path.write_text(json.dumps({one.kiosk_id: one.public_key_base64(), two.kiosk_id: urlsafe}))
    keys = read_key_file(path)
    assert set(keys) == {one.kiosk_id, two.kiosk_id}
    assert verify(token_by(two), keys).kiosk_id == two.kiosk_id


def test_a_json_key_under_the_wrong_id_is_refused() -> None:
    one, two = DeviceKey.generate(), DeviceKey.generate()
    with pytest.raises(KeyFileInvalid, match="do not belong together"):
        parse_keys(json.dumps({one.kiosk_id: two.public_key_base64()}))


@pytest.mark.parametrize(("text", "message"), [
    ("", "neither PEM"),
    ("hello", "neither PEM"),
    ("{not json", "not valid JSON"),
    ("[1, 2]", "neither PEM"),
    ('{"abcdefgh": 5}', "not a base64 string"),
    ('{"abcdefgh": "AAAA"}', "32-byte"),
    ("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", "cannot be read"),
])
def test_an_unreadable_key_file_says_why(text: str, message: str) -> None:
    with pytest.raises(KeyFileInvalid, match=message):
        parse_keys(text)


def test_a_pem_key_of_another_kind_is_refused() -> None:
    rsa_pem = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    with pytest.raises(KeyFileInvalid, match="not an Ed25519 key"):
        parse_keys(rsa_pem)


def test_a_missing_key_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(KeyFileInvalid, match="cannot read"):
        read_key_file(tmp_path / "nothing.pem")
