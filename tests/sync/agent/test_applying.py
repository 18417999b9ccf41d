"""A big release is decoded and applied in a child process, so the GUI thread's interpreter lock stays free.

Each test makes the in-process path fail (``apply_fetched`` patched in this
process only): a release that still applies was applied by the child.
"""

from __future__ import annotations

import pytest

from kiosk.receipts.keyring import known_keys
from kiosk.release import installed_release
from sync.agent import applying
from tests.sync.agent.conftest import Kiosk
from tests.sync.agent.releases import fleet_keys
from tests.sync.agent.test_release import publish


def snapshot_size(kiosk: Kiosk) -> int:
    assert kiosk.centre.latest is not None
    return int(kiosk.centre.latest["manifest"]["signed"]["datasets"]["fleet_keys"]["snapshot"]["size"])


@pytest.fixture
def in_process_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> str:
        raise AssertionError("applied in the GUI's process")

    monkeypatch.setattr(applying, "apply_fetched", refuse)


def test_a_release_bigger_than_the_limit_is_applied_by_a_child_process(kiosk: Kiosk, in_process_refused: None
                                                                       ) -> None:
    records = fleet_keys(3000)
    publish(kiosk, 1, records)
    assert snapshot_size(kiosk) > applying.IN_PROCESS_BYTES

    report = kiosk.agent().sync_once()
    assert report.ok, report.error
    assert report.release_after == 1 and "release 1 (was None): fleet_keys snapshot +3000/-0" in report.release_summary
    assert set(known_keys(kiosk.store)) >= {record["kiosk_id"] for record in records}


def test_a_small_release_is_applied_here(kiosk: Kiosk, in_process_refused: None) -> None:
    publish(kiosk, 1, fleet_keys(5))
    assert snapshot_size(kiosk) <= applying.IN_PROCESS_BYTES
    with pytest.raises(AssertionError, match="applied in the GUI's process"):
        kiosk.agent().sync_once()


def test_a_bad_record_found_by_the_child_is_refused_as_it_would_be_here(kiosk: Kiosk) -> None:
    records = fleet_keys(3000)
    records[1500] = {**records[1500], "kiosk_id": records[1501]["kiosk_id"], "key": "fleet_key:someone-else"}
    publish(kiosk, 1, records)
    assert snapshot_size(kiosk) > applying.IN_PROCESS_BYTES

    report = kiosk.agent().sync_once()
    assert report.error.startswith("invalid_record: "), report.error
    assert "fleet_keys record 'fleet_key:someone-else'" in report.error
    assert installed_release(kiosk.store) is None
    assert [event.split(":")[0] for event in kiosk.events()] == ["invalid_record"]


def test_a_child_that_dies_leaves_the_release_to_the_next_round(kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    publish(kiosk, 1, fleet_keys(3000))
    monkeypatch.setattr(applying.sys, "executable", "/bin/false")
    report = kiosk.agent().sync_once()
    assert "applying release 1 stopped (exit status 1)" in report.error
    assert installed_release(kiosk.store) is None

    monkeypatch.undo()
    assert kiosk.agent().sync_once().release_after == 1
