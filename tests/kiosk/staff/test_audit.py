"""The audit log: chained as the contract says, sent in order, and any tampering with the file found."""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk import outbox
from kiosk.paths import DataPaths
from kiosk.staff import audit
from kiosk.staff.audit import GENESIS, entry_hash, verify_chain
from kiosk.staff.session import begin, end
from kiosk.store import Store, open_store
from tests.kiosk.booking.fixtures import MONDAY
from tests.kiosk.staff.fixtures import OFFICE, OPERATOR, StaffClock, accepted, make_desk

AT = datetime(2027, 1, 11, 4, 31, 2, tzinfo=UTC)


def append(store: Store, action: str = "no_show", reference: str = "7KQ4XP9M", seq_at: int = 0) -> audit.AuditEntry:
    with store.transaction() as db:
        return audit.append(db, device="kstaff01", at=AT + timedelta(seconds=seq_at), staff_id="s-4k2m",
                            role="operator", action=action, reference=reference, location_id=OFFICE, day=MONDAY,
                            detail={"n": seq_at})


def chain_of(store: Store, count: int = 4) -> None:
    for n in range(count):
        append(store, seq_at=n)


def test_each_entry_is_chained_to_the_one_before_as_the_contract_says(store: Store) -> None:
    chain_of(store, 3)
    bodies = audit.bodies(store.db)
    assert [b["seq"] for b in bodies] == [1, 2, 3]
    assert bodies[0]["prev"] == GENESIS == "0" * 64
    for before, entry in itertools.pairwise(bodies):
        assert entry["prev"] == before["hash"]
    first = bodies[0]
    without = {k: v for k, v in first.items() if k != "hash"}
    canonical = json.dumps(without, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert first["hash"] == hashlib.sha256(GENESIS.encode() + canonical).hexdigest() == entry_hash(GENESIS, first)
    assert first["at"] == "2027-01-11T04:31:02Z" and first["day"] == "2027-01-11"
    assert verify_chain(bodies) == []


def test_every_entry_is_an_outbox_item_with_the_same_body(store: Store) -> None:
    chain_of(store, 2)
    items = outbox.items(store, "staff_action")
    assert [i.id for i in items] == ["staff-kstaff01-1", "staff-kstaff01-2"]
    assert [i.body for i in items] == audit.bodies(store.db)


def test_the_table_refuses_updates_and_deletes(store: Store) -> None:
    chain_of(store, 2)
    for statement in ("UPDATE staff_audit SET action = 'served' WHERE seq = 1", "DELETE FROM staff_audit"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            with store.transaction() as db:
                db.execute(statement)
    assert verify_chain(audit.bodies(store.db)) == []


def tamper(folder: Path, *statements: str) -> None:
    """What someone with the cache file does: drop the guard, change rows."""
    connection = sqlite3.connect(DataPaths(folder).database)
    with connection:
        connection.execute("DROP TRIGGER staff_audit_no_update")
        connection.execute("DROP TRIGGER staff_audit_no_delete")
        for statement in statements:
            connection.execute(statement)
    connection.close()


@pytest.fixture
def closed_chain(tmp_path: Path) -> Path:
    store = open_store(DataPaths(tmp_path))
    chain_of(store, 4)
    store.close()
    return tmp_path


def breaks_in(folder: Path) -> list[audit.ChainBreak]:
    store = open_store(DataPaths(folder))
    try:
        return audit.verify_store(store.db)
    finally:
        store.close()


def test_an_edited_row_is_found(closed_chain: Path) -> None:
    tamper(closed_chain, "UPDATE staff_audit SET action = 'served' WHERE seq = 2")
    assert [(b.seq, b.kind) for b in breaks_in(closed_chain)] == [(2, "edited")]


def test_an_edited_row_with_its_hash_made_again_breaks_the_next_link(closed_chain: Path) -> None:
    store = open_store(DataPaths(closed_chain))
    second = audit.bodies(store.db)[1]
    store.close()
    second["detail"] = {"n": 99}
    rehashed = entry_hash(second["prev"], second)
    tamper(closed_chain, f"UPDATE staff_audit SET detail_json = '{{\"n\": 99}}', hash = '{rehashed}' WHERE seq = 2")
    assert [(b.seq, b.kind) for b in breaks_in(closed_chain)] == [(3, "prev_mismatch")]


def test_a_deleted_row_is_found(closed_chain: Path) -> None:
    tamper(closed_chain, "DELETE FROM staff_audit WHERE seq = 2")
    found = breaks_in(closed_chain)
    assert [(b.seq, b.kind) for b in found] == [(3, "missing"), (3, "prev_mismatch")]
    assert "entries 2 are missing" in str(found[0])


def test_reordered_rows_are_found(closed_chain: Path) -> None:
    tamper(closed_chain, "UPDATE staff_audit SET seq = 100 WHERE seq = 2",
           "UPDATE staff_audit SET seq = 2 WHERE seq = 3", "UPDATE staff_audit SET seq = 3 WHERE seq = 100")
    kinds = {(b.seq, b.kind) for b in breaks_in(closed_chain)}
    assert {(2, "edited"), (3, "edited")} <= kinds
    assert (2, "prev_mismatch") in kinds


def test_entries_handed_over_out_of_order_are_found(store: Store) -> None:
    chain_of(store, 3)
    first, second, third = audit.bodies(store.db)
    assert {b.kind for b in verify_chain([first, third, second])} >= {"missing", "out_of_order", "prev_mismatch"}
    assert verify_chain([second, third], prev=None) == []  # a run that starts later, its first link on trust
    assert verify_chain([second, third], prev=first["hash"]) == []


def test_staff_actions_are_sent_in_chain_order_and_a_retry_holds_the_ones_after(store: Store) -> None:
    chain_of(store, 3)
    now = datetime.now(UTC) + timedelta(seconds=1)
    assert [i.body["seq"] for i in outbox.claim_due(store, now)] == [1, 2, 3]
    outbox.record_failure(store, "staff-kstaff01-1", "network", now, random.Random(1))
    assert [i.body["seq"] for i in outbox.claim_due(store, now) if i.kind == "staff_action"] == []
    outbox.park(store, "staff-kstaff01-1", "409 refused")  # a parked one holds nothing up
    assert [i.body["seq"] for i in outbox.claim_due(store, now)] == [2, 3]


def test_sign_in_and_out_are_in_the_log(store: Store) -> None:
    clock = StaffClock()
    desk = make_desk(store, clock)
    end(desk, begin(desk, accepted(OPERATOR), idle_seconds=60, method="pin"))
    assert [b["action"] for b in audit.bodies(store.db)] == ["sign_in", "sign_out"]
    assert audit.chain_device(store.db) == desk.device
