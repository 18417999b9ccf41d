"""A cache the kiosk may read but not write: a read-only mount, and a file read-only for the kiosk's user.

Neither is damage. The cache is served read-only, booking says it cannot save,
`kiosk doctor` fails the database check with the reason, and nothing is moved.
"""

from __future__ import annotations

import hashlib
import json
import os
import pwd
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.agencies.lookup import lookup
from kiosk.booking import BookingRequest
from kiosk.bootstrap import open_local_cache
from kiosk.doctor import Status, check_database
from kiosk.store import StoreUnavailable
from tests.kiosk.store.conftest import Place
from tests.kiosk.store.faults import NOW, authority, first_free_slot, read_only_view, run_as_nobody, settings


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_read_only_mount_is_served_read_only_and_never_quarantined(tmp_path: Path, place_kiosk: Place) -> None:
    real = tmp_path / "real"
    ledger = place_kiosk(real / "data")
    before = digest(real / "data" / "kiosk.db")
    with read_only_view(real, tmp_path / "view") as view:
        data = view / "data"
        store = open_local_cache(settings(data))
        assert not store.writable and store.unavailable is not None
        assert store.unavailable.reason == "read-only"
        assert lookup(store, "Yexdati"), "agencies are still checked"
        kiosk = authority(store)
        free = first_free_slot(kiosk)
        with pytest.raises(StoreUnavailable) as refused:
            kiosk.book(BookingRequest(free, "Aziz Karimov"))
        assert refused.value.reason == "read-only"
        assert f"could not save a booking: {data / 'kiosk.db'} is on a read-only disk or mount" in str(refused.value)
        store.close()

        result = check_database(settings(data), now=lambda: NOW)
        assert result.status is Status.FAIL
        assert "can be read but not written" in result.detail and "remount" in result.fix

    assert not (real / "data" / "quarantine").exists()
    assert digest(real / "data" / "kiosk.db") == before
    writable = open_local_cache(settings(real / "data"))
    assert writable.writable
    ledger.assert_kept(writable)
    writable.close()


AS_THE_KIOSK_USER = """
import json, sys
from datetime import datetime
from pathlib import Path
from kiosk import config
from kiosk.booking import BookingRequest, LocalAuthority
from kiosk.bootstrap import open_local_cache
from kiosk.doctor import check_database
from kiosk.store import StoreUnavailable

settings = config.load(data_dir=Path(sys.argv[1]), environ={})
store = open_local_cache(settings)
kiosk = LocalAuthority(store, now=lambda: datetime(2027, 1, 11, 8, 0), window_days=30, kiosk_id="knobody1")
slot = next(s.id for s in kiosk.slots("visa-submission", "sample-visa-centre", datetime(2027, 1, 12).date())
            if s.free)
try:
    kiosk.book(BookingRequest(slot, "Aziz Karimov"))
    booked = "booked"
except StoreUnavailable as refused:
    booked = f"{refused.reason}: {refused}"
opened = None if store.unavailable is None else store.unavailable.reason
store.close()
doctor = check_database(settings, now=lambda: datetime(2027, 1, 11, 8, 0))
print(json.dumps({"opened": opened, "booked": booked, "doctor": [doctor.status.value, doctor.detail]}))
"""


@pytest.fixture
def nobodys_folder() -> Iterator[Path]:
    """A folder the unprivileged user ``nobody`` owns, outside root's private temporary folders."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-nobody-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder)


def test_a_cache_file_read_only_for_the_kiosk_user_is_reported_not_passed(nobodys_folder: Path,
                                                                           place_kiosk: Place) -> None:
    if os.geteuid() != 0:
        pytest.skip(f"needs root to act as another user; running as uid {os.geteuid()}")
    nobody = pwd.getpwnam("nobody")
    data = nobodys_folder / "data"
    ledger = place_kiosk(data)
    for path in (data, data / "kiosk.db"):
        os.chown(path, nobody.pw_uid, nobody.pw_gid)
    (data / "kiosk.db").chmod(0o444)  # the folder is the kiosk user's; the file it may only read
    before = digest(data / "kiosk.db")

    result = run_as_nobody(AS_THE_KIOSK_USER, str(data))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    answer = json.loads(result.stdout.splitlines()[-1])
    assert answer["opened"] == "permission"
    assert answer["booked"].startswith(f"permission: could not save a booking: the kiosk user may not write {data}")
    status, detail = answer["doctor"]
    assert status == "FAIL" and "can be read but not written" in detail
    assert digest(data / "kiosk.db") == before
    assert not (data / "quarantine").exists()

    (data / "kiosk.db").chmod(0o644)
    store = open_local_cache(settings(data))
    ledger.assert_kept(store)
    store.close()
