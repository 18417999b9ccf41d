"""`kiosk enroll` and `kiosk sync`, run as an operator would, against a centre on 127.0.0.1."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.paths import DataPaths
from kiosk.receipts.device_key import load_or_create_device_key
from tests.sync.agent.standin import StandInCentre

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def centre() -> Iterator[StandInCentre]:
    with StandInCentre() as centre:
        centre.root_public_key = "A" * 43 + "="  # 32 bytes of base64: the pin is kept, not used here
        yield centre


def kiosk(data: Path, *words: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "KIOSK_CONFIG": "", "XDG_CONFIG_HOME": str(data.parent / "no-config")}
    return subprocess.run([sys.executable, "-m", "kiosk", *words, "--data-dir", str(data)], cwd=ROOT,
                          capture_output=True, text=True, env=environment, timeout=300, check=False)


def test_enroll_keeps_the_token_for_this_user_only_and_a_used_code_is_refused(
        centre: StandInCentre, tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = kiosk(data, "enroll", centre.url, "ENROLL-ME")
    assert done.returncode == 0, done.stderr
    own_id = load_or_create_device_key(DataPaths(data).device_key).kiosk_id
    assert f"enrolled as kiosk {own_id}" in done.stdout
    kept = data / "sync" / "enrollment.json"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert "device-token-for-tests" in kept.read_text()
    (sent,) = centre.received.enrollments
    assert sent["kiosk_id"] == own_id and sent["receipt_public_key"]

    again = kiosk(data, "enroll", centre.url, "ENROLL-ME")
    assert again.returncode == 1
    assert again.stderr.strip().startswith("kiosk enroll: sync: the centre refused code")
    assert "Traceback" not in again.stderr


def test_sync_status_says_how_the_kiosk_stands(centre: StandInCentre, tmp_path: Path) -> None:
    data = tmp_path / "data"
    before = kiosk(data, "sync", "--status")
    assert before.returncode == 0, before.stderr
    assert before.stdout.startswith("not enrolled")
    assert kiosk(data, "enroll", centre.url, "ENROLL-ME").returncode == 0
    once = kiosk(data, "sync", "--once")  # nothing published yet: a good round all the same
    assert once.returncode == 0, once.stderr + once.stdout
    after = kiosk(data, "sync", "--status")
    assert "online" in after.stdout and "last error: none" in after.stdout
    assert centre.received.heartbeats


def test_sync_once_fails_with_the_reason_when_the_centre_is_gone(centre: StandInCentre, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert kiosk(data, "enroll", centre.url, "ENROLL-ME").returncode == 0
    centre.file_mode = "captive"
    failed = kiosk(data, "sync", "--once")
    assert failed.returncode == 1
    assert "error: unexpected_response" in failed.stdout
    assert "Traceback" not in failed.stderr


def test_the_agent_takes_its_intervals_and_addresses_from_the_configuration(tmp_path: Path) -> None:
    from kiosk import config
    from sync.agent.cli import agent_settings

    environ = {"KIOSK_SYNC_JITTER": "0.5", "KIOSK_SYNC_INTERVAL_S": "600", "KIOSK_SYNC_FILES_URL": "https://cdn.test",
               "XDG_CONFIG_HOME": str(tmp_path)}
    settings = agent_settings(config.load(environ=environ, data_dir=tmp_path))
    assert (settings.jitter, settings.interval_s, settings.outbox_interval_s) == (0.5, 600, 60)
    assert (settings.files_url, settings.central_url) == ("https://cdn.test", "")
    with pytest.raises(config.ConfigError, match=r"sync\.jitter"):
        config.load(environ={**environ, "KIOSK_SYNC_JITTER": "lots"}, data_dir=tmp_path)
