from pathlib import Path

import pytest

from kiosk import outbox
from kiosk.paths import DataPaths
from kiosk.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(DataPaths(tmp_path))


def test_an_item_is_stored_with_its_own_idempotency_key(store: Store) -> None:
    with store.transaction() as db:
        first = outbox.enqueue(db, "agency_report", {"reference": "A", "text": "Ўзбек"})
        second = outbox.enqueue(db, "agency_report", {"reference": "B"})
    assert first != second
    items = outbox.items(store)
    assert [(i.id, i.kind, i.body) for i in items] == [
        (first, "agency_report", {"reference": "A", "text": "Ўзбек"}),
        (second, "agency_report", {"reference": "B"}),
    ]
    assert (items[0].attempts, items[0].last_error, items[0].parked) == (0, "", False)
    assert outbox.depth(store) == 2


def test_an_item_exists_only_if_its_transaction_committed(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as db:
        outbox.enqueue(db, "booking", {"reference": "C"})
        raise RuntimeError("the booking failed after the item was written")
    assert outbox.depth(store) == 0


def test_items_can_be_read_by_kind(store: Store) -> None:
    with store.transaction() as db:
        outbox.enqueue(db, "booking", {})
        outbox.enqueue(db, "agency_report", {})
    assert [i.kind for i in outbox.items(store, "booking")] == ["booking"]
