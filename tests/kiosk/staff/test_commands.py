"""`kiosk staff-audit verify` and `kiosk staff-audit summary`, run as the command line runs them."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk import cli, config
from kiosk.bootstrap import open_local_cache
from kiosk.paths import DataPaths
from kiosk.reference import check_character
from kiosk.staff import audit
from kiosk.staff.daylist import parse_day_list, store_day_list
from tests.kiosk.booking.fixtures import MONDAY

REFERENCE = "KQXP234" + check_character("KQXP234")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("staff-cli") / "data"
    store = open_local_cache(config.load(data_dir=folder, environ={}))
    _, day, bookings = parse_day_list({"location_id": "sample-visa-centre", "day": "2027-01-11", "as_of": "x",
                                       "bookings": [{"reference": REFERENCE, "slot_id": "s1", "service_id": "consult",
                                                     "start": "2027-01-11T09:30", "end": "2027-01-11T09:50",
                                                     "name": "Aziza Karimova", "phone": "", "language": "ru",
                                                     "kiosk_id": "kpublic1", "status": "booked", "visit": None}]})
    with store.transaction() as db:
        store_day_list(db, "sample-visa-centre", day, bookings, "2027-01-11T04:00:00Z")
        for seq in range(3):
            audit.append(db, device="kstaff01", at=datetime(2027, 1, 11, 5, seq, tzinfo=UTC), staff_id="s-4k2m",
                         role="operator", action="no_show" if seq == 1 else "sign_in",
                         reference=REFERENCE if seq == 1 else "", location_id="sample-visa-centre", day=MONDAY,
                         detail={})
        db.execute("INSERT INTO staff_visits VALUES (?, 'sample-visa-centre', '2027-01-11', 'no_show', "
                   "'2027-01-11T05:01:00Z', 's-4k2m', 'kstaff01', 2)", [REFERENCE])
    store.close()
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = cli.main(list(args))
    return status, capsys.readouterr().out


def test_verify_says_an_intact_log_is_intact(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run(capsys, "staff-audit", "verify", "--data-dir", str(data))
    assert status == 0
    assert "intact: 3 entries of device kstaff01" in out


def test_summary_prints_the_counts_and_writes_csv_and_pdf(data: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run(capsys, "staff-audit", "summary", "--day", "2027-01-11", "--location", "sample-visa-centre",
                      "--lang", "ru", "--csv", str(tmp_path / "day.csv"), "--pdf", str(tmp_path / "day.pdf"),
                      "--layout", "roll", "--data-dir", str(data))
    assert status == 0
    assert "Не пришли" in out and "Записи журнала: 3" in out
    assert (tmp_path / "day.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (tmp_path / "day.pdf").read_bytes().startswith(b"%PDF")


def test_verify_names_each_break_and_exits_1(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "data"
    copy.mkdir()
    source = sqlite3.connect(DataPaths(data).database)
    target = sqlite3.connect(DataPaths(copy).database)
    source.backup(target)
    source.close()
    with target:
        target.execute("DROP TRIGGER staff_audit_no_update")
        target.execute("DROP TRIGGER staff_audit_no_delete")
        target.execute("UPDATE staff_audit SET action = 'served' WHERE seq = 2")
        target.execute("DELETE FROM staff_audit WHERE seq = 1")
    target.close()
    status, out = run(capsys, "staff-audit", "verify", "--data-dir", str(copy))
    assert status == 1
    lines = out.splitlines()
    assert "break: seq 2: missing: entries 1 are missing before it" in lines
    assert "break: seq 2: edited: its hash does not match its content" in lines
    assert lines[-1].startswith("the staff audit log is BROKEN")
