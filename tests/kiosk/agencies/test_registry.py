from datetime import date
from pathlib import Path

import pytest

from kiosk.agencies.registry import (
    Agency,
    AgencyName,
    Destination,
    StatusChange,
    effective_status,
    get_agency,
    is_permitted,
    normalise_licence,
    permitted_destinations,
    registry_as_of,
    replace_registry,
)
from kiosk.paths import DataPaths
from kiosk.store import Store, open_store

TODAY = date(2026, 11, 20)


def agency(agency_id: str = "a1", **changes: object) -> Agency:
    fields: dict[str, object] = dict(
        id=agency_id,
        names=(AgencyName("Zarvintosh Mehnat MChJ", "official"), AgencyName("Зарвинтош Меҳнат МЧЖ", "aka")),
        licence_number="UZ-2025-00123",
        authority="[[FILL: licensing authority]]",
        status="active",
        status_since=date(2025, 5, 1),
        issued=date(2025, 5, 1),
        expires=date(2027, 5, 1),
        destinations=(Destination("KR", date(2027, 5, 1)), Destination("DE", None)),
        address="Fictional street 1, Sample town",
        phone="+000 1",
        website="https://zarvintosh.example",
        branches=("Fictional avenue 2, Sample town",),
        fictional=True,
        changed_at="",
        history=(StatusChange("active", date(2025, 5, 1), ""),),
    )
    fields.update(changes)
    return Agency(**fields)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = open_store(DataPaths(tmp_path))
    yield opened  # type: ignore[misc]
    opened.close()


def test_an_active_licence_past_its_expiry_shows_as_expired() -> None:
    lapsed = agency(expires=date(2026, 11, 19))
    assert lapsed.status == "active"
    assert effective_status(lapsed, TODAY) == "expired"
    assert effective_status(agency(expires=TODAY), TODAY) == "active"
    assert effective_status(agency(expires=None), TODAY) == "active"
    assert effective_status(agency(status="suspended", expires=date(2020, 1, 1)), TODAY) == "suspended"
    assert permitted_destinations(lapsed, TODAY) == ()


def test_each_destination_expires_on_its_own() -> None:
    licence = agency(destinations=(Destination("KR", date(2027, 5, 1)), Destination("GB", date(2026, 11, 19)),
                                   Destination("DE", None)))
    assert [d.country for d in permitted_destinations(licence, TODAY)] == ["KR", "DE"]
    assert is_permitted(licence, "kr", TODAY)
    assert not is_permitted(licence, "GB", TODAY)
    assert not is_permitted(licence, "JP", TODAY)


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("UZ-2025-00123", "UZ202500123"),
        ("uz 2025 00123", "UZ202500123"),
        ("UZ–2025–00123", "UZ202500123"),  # en dashes
        ("КР №004512", "KP004512"),
        ("KP 004512", "KP004512"),  # Latin look-alikes of the Cyrillic
        ("кр-004.512", "KP004512"),
        ("12/2024", "122024"),
        ("АВЕКМНОРСТУХ", "ABEKMHOPCTYX"),
        ("O-0", "O0"),  # a letter O stays a letter, a zero stays a digit
        ("О-0", "O0"),
    ],
)
def test_licence_numbers_normalise(typed: str, key: str) -> None:
    assert normalise_licence(typed) == key


def test_replace_registry_stores_and_reads_back_everything(store: Store) -> None:
    summary = replace_registry(store, [agency()], date(2026, 11, 1), source="registry.csv")
    assert (summary.added, summary.changed, summary.removed) == (1, 0, 0)
    stored = get_agency(store, "a1")
    assert stored is not None
    assert stored == agency(changed_at=stored.changed_at)
    assert stored.changed_at
    assert registry_as_of(store) == date(2026, 11, 1)
    assert store.get_meta("registry_source") == "registry.csv"
    key = store.db.execute("SELECT licence_key FROM agencies").fetchone()[0]
    assert key == "UZ202500123"
    assert get_agency(store, "nope") is None


def test_a_second_import_counts_added_changed_removed_and_keeps_history(store: Store) -> None:
    replace_registry(store, [agency("a1"), agency("a2"), agency("a3")], date(2026, 11, 1))
    first = get_agency(store, "a3")
    suspended = agency("a1", status="suspended", status_since=date(2026, 3, 2),
                       history=(StatusChange("suspended", date(2026, 3, 2), "inspection"),))
    summary = replace_registry(store, [suspended, agency("a3"), agency("a4")], date(2026, 11, 20))
    assert (summary.added, summary.changed, summary.removed) == (1, 1, 1)
    assert str(summary) == "added 1, changed 1, removed 1"
    a1 = get_agency(store, "a1")
    assert a1 is not None and a1.status == "suspended"
    assert a1.history == (StatusChange("active", date(2025, 5, 1), ""),
                          StatusChange("suspended", date(2026, 3, 2), "inspection"))
    assert get_agency(store, "a2") is None
    assert get_agency(store, "a3") == first  # unchanged: not even changed_at moves
    assert registry_as_of(store) == date(2026, 11, 20)


def test_a_change_that_is_not_a_status_change_adds_no_history(store: Store) -> None:
    replace_registry(store, [agency()], date(2026, 11, 1))
    moved = agency(address="Fictional street 9, Sample town", names=(AgencyName("New Name LLC", "official"),),
                   destinations=(Destination("JP", None),))
    assert replace_registry(store, [moved], date(2026, 11, 2)).changed == 1
    stored = get_agency(store, "a1")
    assert stored is not None
    assert stored.names == (AgencyName("New Name LLC", "official"),)
    assert stored.destinations == (Destination("JP", None),)
    assert len(stored.history) == 1


def test_replace_registry_is_all_or_nothing(store: Store) -> None:
    replace_registry(store, [agency("a1")], date(2026, 11, 1))

    def broken(_: Store) -> None:
        raise RuntimeError("index failed")

    with pytest.raises(RuntimeError):
        replace_registry(store, [agency("a2")], date(2026, 11, 2), rebuild=broken)
    assert get_agency(store, "a1") is not None
    assert get_agency(store, "a2") is None
    assert registry_as_of(store) == date(2026, 11, 1)


def test_duplicate_ids_are_a_caller_bug(store: Store) -> None:
    with pytest.raises(ValueError, match="twice"):
        replace_registry(store, [agency("a1"), agency("a1")], date(2026, 11, 1))
