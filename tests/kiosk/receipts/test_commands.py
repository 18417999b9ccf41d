"""``kiosk receipt sample`` and ``kiosk receipt verify``, run as a person runs them."""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.receipts.device_key import DeviceKey, load_or_create_device_key
from tests.kiosk.receipts.pdf_tools import page_image, pdf_text, pdf_words, scan_qr

ROOT = Path(__file__).resolve().parents[3]


def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A sample receipt made by the CLI in a fresh data directory, and the token scanned off it."""
    folder = tmp_path_factory.mktemp("kiosk")
    pdf = folder / "sample.pdf"
    result = kiosk("receipt", "sample", str(pdf), "--lang", "ky", "--data-dir", str(folder / "data"))
    assert result.returncode == 0, result.stderr
    assert f"wrote {pdf}" in result.stdout
    [token] = scan_qr(page_image(pdf, folder / "page", 203, mono=True))
    return folder / "data", token


def test_sample_writes_a_fictional_roll_receipt_in_the_language_asked(printed: tuple[Path, str],
                                                                      tmp_path: Path) -> None:
    data, _ = printed
    pdf = tmp_path / "again.pdf"
    assert kiosk("receipt", "sample", str(pdf), "--lang", "ky", "--data-dir", str(data)).returncode == 0
    text = pdf_text(pdf)
    assert "Кабыл алууга жазылуу талону" in text and "ҮЛГҮ" in text
    assert pdf_words(pdf)[0].width == pytest.approx(80 / 25.4 * 72, abs=0.01)


def test_sample_makes_the_device_key_once_private(printed: tuple[Path, str]) -> None:
    data, _ = printed
    key_file = data / "device-key.pem"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert load_or_create_device_key(key_file).kiosk_id in kiosk(
        "receipt", "sample", os.devnull, "--data-dir", str(data)).stdout


def test_sample_on_a4_in_the_default_language(tmp_path: Path) -> None:
    pdf = tmp_path / "a4.pdf"
    result = kiosk("receipt", "sample", str(pdf), "--layout", "a4", "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    page = pdf_words(pdf)[0]
    assert (round(page.width), round(page.height)) == (595, 842)
    assert "Qabulga yozilish taloni" in pdf_text(pdf)  # kiosk.default_language is uz-Latn


def test_a_scanned_sample_verifies_on_the_kiosk_that_made_it(printed: tuple[Path, str]) -> None:
    data, token = printed
    result = kiosk("receipt", "verify", token, "--data-dir", str(data))
    assert result.returncode == 0, result.stdout + result.stderr
    kiosk_id = load_or_create_device_key(data / "device-key.pem").kiosk_id
    assert result.stdout.startswith(f"valid: a genuine receipt from kiosk {kiosk_id} (this kiosk)")
    assert "SAMP-LE2U" in result.stdout and "sample-visa-centre" in result.stdout


def test_another_kiosk_cannot_verify_it_until_given_the_key(printed: tuple[Path, str], tmp_path: Path) -> None:
    data, token = printed
    elsewhere = str(tmp_path / "other-kiosk")
    refused = kiosk("receipt", "verify", token, "--data-dir", elsewhere)
    assert refused.returncode == 1
    assert refused.stdout.startswith("unknown kiosk:")

    key = load_or_create_device_key(data / "device-key.pem")
    pem = tmp_path / "fleet.pem"
    pem.write_text(DeviceKey.generate().public_key_pem() + key.public_key_pem())
    as_json = tmp_path / "fleet.json"
    as_json.write_text(json.dumps({key.kiosk_id: key.public_key_base64()}))
    for keys in (pem, as_json):
        accepted = kiosk("receipt", "verify", token, "--keys", str(keys), "--data-dir", elsewhere)
        assert accepted.returncode == 0, accepted.stdout + accepted.stderr
        assert accepted.stdout.startswith(f"valid: a genuine receipt from kiosk {key.kiosk_id}\n")


def test_an_altered_token_is_reported_as_forged(printed: tuple[Path, str]) -> None:
    data, token = printed
    head, payload, signature = token.split(".")
    flipped = signature[:10] + ("A" if signature[10] != "A" else "B") + signature[11:]
    result = kiosk("receipt", "verify", f"{head}.{payload}.{flipped}", "--data-dir", str(data))
    assert result.returncode == 1
    assert result.stdout.startswith("forged:")


def test_what_is_not_a_token_is_reported_as_malformed(printed: tuple[Path, str]) -> None:
    data, _ = printed
    result = kiosk("receipt", "verify", "https://example.org/not-a-receipt", "--data-dir", str(data))
    assert result.returncode == 1
    assert result.stdout.startswith("malformed:")


def test_a_bad_key_file_is_a_usage_error(printed: tuple[Path, str], tmp_path: Path) -> None:
    data, token = printed
    bad = tmp_path / "keys.json"
    bad.write_text('{"abcdefgh": "not a key"}')
    result = kiosk("receipt", "verify", token, "--keys", str(bad), "--data-dir", str(data))
    assert result.returncode == 2
    assert "abcdefgh" in result.stderr


def test_a_device_key_others_can_read_stops_sample_with_the_fix(tmp_path: Path) -> None:
    data = tmp_path / "data"
    key_file = data / "device-key.pem"
    load_or_create_device_key(key_file)
    key_file.chmod(0o644)
    result = kiosk("receipt", "sample", str(tmp_path / "out.pdf"), "--data-dir", str(data))
    assert result.returncode == 1
    assert f"chmod 600 {key_file}" in result.stderr
    assert not (tmp_path / "out.pdf").exists()
