"""The outbox: items written with what they record, and their way to the centre."""

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk import outbox
from kiosk.agencies.reports import AgencyReport, find_report, submit_report
from kiosk.content.feedback import record_feedback
from kiosk.paths import DataPaths
from kiosk.store import Store, open_store

NOW = datetime(2026, 12, 7, 9, 15, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(DataPaths(tmp_path))


def cancellation(reference: str) -> dict[str, Any]:
    return {"reference": reference, "cancelled_at": "2026-12-07T09:00:00", "kiosk_id": "K1"}


def add(store: Store, *references: str) -> list[str]:
    with store.transaction() as db:
        return [outbox.enqueue(db, "cancellation", cancellation(ref)) for ref in references]


def test_an_item_is_stored_with_its_own_idempotency_key(store: Store) -> None:
    first, second = add(store, "A", "B")
    assert first != second
    items = outbox.items(store)
    assert [(i.id, i.kind, i.body["reference"]) for i in items] == [
        (first, "cancellation", "A"), (second, "cancellation", "B")]
    assert (items[0].attempts, items[0].last_error, items[0].parked) == (0, "", False)
    assert outbox.depth(store) == 2


def test_an_item_exists_only_if_its_transaction_committed(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as db:
        outbox.enqueue(db, "cancellation", cancellation("C"))
        raise RuntimeError("the booking failed after the item was written")
    assert outbox.depth(store) == 0


def test_every_kind_declares_its_body_and_a_wrong_body_is_refused_before_it_is_stored(store: Store) -> None:
    with pytest.raises(outbox.UnknownKind), store.transaction() as db:
        outbox.enqueue(db, "telegram", {})
    with pytest.raises(outbox.MalformedBody, match="lacks"), store.transaction() as db:
        outbox.enqueue(db, "cancellation", {"reference": "A"})
    with pytest.raises(outbox.MalformedBody, match="unexpected"), store.transaction() as db:
        outbox.enqueue(db, "cancellation", cancellation("A") | {"passport": "AB1234567"})
    assert outbox.depth(store) == 0


def test_items_can_be_read_by_kind(store: Store) -> None:
    add(store, "A")
    record_feedback(store, "keep-your-passport", "ky", True)
    assert [i.kind for i in outbox.items(store, "article_feedback")] == ["article_feedback"]
    assert outbox.items(store, "article_feedback")[0].body["useful"] is True


def test_due_items_come_oldest_first_and_a_parked_one_never_blocks_those_behind_it(store: Store) -> None:
    first, second, third = add(store, "A", "B", "C")
    outbox.park(store, first, "409: the centre holds a different body under this id")
    due = outbox.claim_due(store, NOW + timedelta(seconds=1))
    assert [item.id for item in due] == [second, third]
    assert [item.id for item in outbox.parked_items(store)] == [first]
    assert outbox.parked_count(store) == 1
    assert outbox.depth(store) == 3  # parked items still wait, for staff


def test_a_failed_item_waits_a_jittered_backoff_that_grows_up_to_the_cap(store: Store) -> None:
    (item,) = add(store, "A")
    rng = random.Random(7)
    now = NOW
    ceilings = []
    for attempt in range(1, 12):
        due = outbox.record_failure(store, item, "connection reset", now, rng)
        ceiling = min(outbox.BACKOFF_CAP, outbox.BACKOFF_BASE * 2 ** (attempt - 1))
        assert now <= due <= now + ceiling
        assert outbox.claim_due(store, now) == []  # not due before its time...
        assert [i.id for i in outbox.claim_due(store, due)] == [item]  # ...due at it
        ceilings.append(ceiling)
        now = due
    assert ceilings[-1] == outbox.BACKOFF_CAP
    (stored,) = outbox.items(store)
    assert (stored.attempts, stored.last_error) == (11, "connection reset")


def test_full_jitter_spreads_a_fleet_that_failed_together() -> None:
    rng = random.Random(1)
    waits = [outbox.backoff(3, rng).total_seconds() for _ in range(1000)]
    ceiling = (outbox.BACKOFF_BASE * 4).total_seconds()
    assert 0 <= min(waits) < ceiling * 0.05 and ceiling * 0.95 < max(waits) <= ceiling
    assert len({round(w) for w in waits}) > 50


@pytest.mark.parametrize(("status", "retry"), [
    (None, True), (500, True), (502, True), (503, True), (408, True), (429, True),
    (409, False), (400, False), (401, False), (403, False), (404, False), (422, False),
])
def test_only_answers_that_may_change_are_worth_retrying(status: int | None, retry: bool) -> None:
    assert outbox.worth_retrying(status) is retry


def test_a_delivered_item_leaves_the_queue_and_keeps_only_its_answer(store: Store) -> None:
    first, second = add(store, "A", "B")
    answer = {"id": first, "status": "accepted", "received_at": "2026-12-07T09:15:02Z"}
    outbox.mark_delivered(store, first, answer, NOW)
    assert [item.id for item in outbox.items(store)] == [second]
    assert outbox.delivered_answer(store, first) == answer
    assert outbox.delivered_answer(store, second) is None
    with pytest.raises(outbox.UnknownItem):
        outbox.mark_delivered(store, "no-such-item", answer, NOW)


def test_a_reports_contact_is_gone_from_the_kiosk_once_the_centre_confirmed_it(store: Store) -> None:
    code = submit_report(store, AgencyReport(agency_name="Fictional Agency", what_happened=("fee_before_job",),
                                             contact="+000 00 000 00 00"))
    (item,) = outbox.items(store, "agency_report")
    assert find_report(store, code) is not None
    outbox.mark_delivered(store, item.id, {"id": item.id, "status": "accepted"}, NOW)
    assert find_report(store, code) is None
    everything = "\n".join(str(row) for table in ("outbox", "outbox_delivered")
                           for row in store.db.execute(f"SELECT * FROM {table}"))
    assert "+000 00 000 00 00" not in everything


def test_the_oldest_waiting_item_is_known_for_the_heartbeat(store: Store) -> None:
    assert outbox.oldest_created(store) is None
    add(store, "A")
    oldest = outbox.oldest_created(store)
    assert oldest is not None and oldest.tzinfo is not None
