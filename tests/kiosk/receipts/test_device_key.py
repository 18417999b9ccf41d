import multiprocessing
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed448 import Ed448PrivateKey

from kiosk.receipts.device_key import (
    KIOSK_ID_LENGTH,
    DeviceKey,
    DeviceKeyUnreadable,
    KeyFileTooOpen,
    kiosk_id_for,
    load_or_create_device_key,
)

ROOT = Path(__file__).resolve().parents[3]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_key_is_made_on_first_use_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "data" / "device-key.pem"
    previous = os.umask(0)  # the most permissive umask must not loosen it
    try:
        key = load_or_create_device_key(path)
    finally:
        os.umask(previous)
    assert mode(path) == 0o600
    assert path.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    assert [p.name for p in path.parent.iterdir()] == ["device-key.pem"], "no temporary file is left behind"
    assert len(key.kiosk_id) == KIOSK_ID_LENGTH


def test_the_same_key_is_used_on_every_later_run(tmp_path: Path) -> None:
    path = tmp_path / "device-key.pem"
    first = load_or_create_device_key(path)
    content = path.read_bytes()
    again = load_or_create_device_key(path)
    in_another_process = subprocess.run(
        [sys.executable, "-c", "import sys; from pathlib import Path; "
         "from kiosk.receipts.device_key import load_or_create_device_key as load; "
         "print(load(Path(sys.argv[1])).kiosk_id)", str(path)],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=60)
    assert again.kiosk_id == first.kiosk_id == in_another_process.stdout.strip()
    assert again.public_key_pem() == first.public_key_pem()
    assert path.read_bytes() == content
    assert mode(path) == 0o600


def _make_key(path: str) -> str:
    return load_or_create_device_key(Path(path)).kiosk_id


def test_kiosks_starting_at_once_end_up_with_one_key(tmp_path: Path) -> None:
    path = tmp_path / "device-key.pem"
    with multiprocessing.get_context("spawn").Pool(8) as pool:
        ids = pool.map(_make_key, [str(path)] * 16)
    assert len(set(ids)) == 1
    assert ids[0] == load_or_create_device_key(path).kiosk_id
    assert [p.name for p in tmp_path.iterdir()] == ["device-key.pem"]


@pytest.mark.parametrize("loose", [0o640, 0o604, 0o644, 0o666])
def test_a_key_others_can_read_is_refused_and_left_as_it_is(tmp_path: Path, loose: int) -> None:
    path = tmp_path / "device-key.pem"
    load_or_create_device_key(path)
    content = path.read_bytes()
    path.chmod(loose)
    with pytest.raises(KeyFileTooOpen) as refused:
        load_or_create_device_key(path)
    assert f"{loose:04o}" in str(refused.value)
    assert f"chmod 600 {path}" in str(refused.value)
    assert path.read_bytes() == content and mode(path) == loose  # nothing silently fixed or replaced


def test_a_symlinked_key_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "elsewhere.pem"
    load_or_create_device_key(real)
    link = tmp_path / "device-key.pem"
    link.symlink_to(real)
    with pytest.raises(KeyFileTooOpen, match="symbolic link"):
        load_or_create_device_key(link)


def test_a_damaged_key_file_is_reported_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "device-key.pem"
    path.write_text("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
    path.chmod(0o600)
    with pytest.raises(DeviceKeyUnreadable, match="not a readable device key"):
        load_or_create_device_key(path)
    assert "not a key" in path.read_text()


def test_a_key_of_another_kind_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "device-key.pem"
    path.write_bytes(Ed448PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    path.chmod(0o600)
    with pytest.raises(DeviceKeyUnreadable, match="not an Ed25519"):
        load_or_create_device_key(path)


def test_the_kiosk_id_is_short_stable_and_never_mistaken_for_a_reference() -> None:
    key = DeviceKey.generate()
    assert kiosk_id_for(key.public_key) == key.kiosk_id == DeviceKey(key.private_key).kiosk_id
    assert len(key.kiosk_id) == 8
    assert key.kiosk_id.isascii() and key.kiosk_id == key.kiosk_id.lower()
    assert not set(key.kiosk_id) & set("01ilo")
    others = {DeviceKey.generate().kiosk_id for _ in range(200)}
    assert len(others) == 200


def test_the_public_key_is_exported_for_enrollment() -> None:
    key = DeviceKey.generate()
    loaded = serialization.load_pem_public_key(key.public_key_pem().encode())
    assert kiosk_id_for(loaded) == key.kiosk_id  # type: ignore[arg-type]
    assert len(key.public_key_base64()) == 44


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")
def test_a_key_owned_by_another_user_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "device-key.pem"
    load_or_create_device_key(path)
    os.chown(path, 54321, -1)
    with pytest.raises(KeyFileTooOpen, match="belongs to user id 54321"):
        load_or_create_device_key(path)
