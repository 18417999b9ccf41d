from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kiosk.agencies.registry import (
    Agency,
    AgencyName,
    Destination,
    StatusChange,
    effective_status,
    get_agencies,
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


@pytest.mark.parametrize("changes", [
    {"licence_number": "UZ-2025-00999"}, {"authority": "[[FILL: another authority]]"},
    {"issued": date(2025, 5, 2)}, {"expires": None}, {"address": "Fictional street 2"}, {"phone": "+000 2"},
    {"website": "https://other.example"}, {"branches": ()}, {"branches": ("Fictional avenue 3", "Fictional avenue 2")},
    {"fictional": False}, {"names": (AgencyName("Zarvintosh Mehnat MChJ", "official"),)},
    {"names": (AgencyName("Зарвинтош Меҳнат МЧЖ", "official"), AgencyName("Zarvintosh Mehnat MChJ", "aka"))},
    {"destinations": (Destination("KR", date(2027, 4, 1)), Destination("DE", None))},
    {"destinations": (Destination("KR", date(2027, 5, 1)),)},
])
def test_a_change_to_anything_an_import_holds_is_a_change(store: Store, changes: dict[str, object]) -> None:
    replace_registry(store, [agency("a1"), agency("a2")], date(2026, 11, 1))
    summary = replace_registry(store, [agency("a1", **changes), agency("a2")], date(2026, 11, 2))
    assert (summary.added, summary.changed, summary.removed) == (0, 1, 0)
    stored = get_agency(store, "a1")
    assert stored is not None
    assert stored == agency("a1", changed_at=stored.changed_at, **changes)


def test_the_same_names_and_countries_in_another_order_are_no_change(store: Store) -> None:
    replace_registry(store, [agency()], date(2026, 11, 1))
    before = get_agency(store, "a1")
    assert before is not None
    shuffled = agency(names=tuple(reversed(before.names)), destinations=tuple(reversed(before.destinations)))
    summary = replace_registry(store, [shuffled], date(2026, 11, 2))
    assert (summary.added, summary.changed, summary.removed) == (0, 0, 0)
    assert get_agency(store, "a1") == before


def test_an_agency_changed_or_removed_leaves_none_of_its_old_rows(store: Store) -> None:
    many = [agency(f"a{i}", branches=(f"Fictional avenue {i}", f"Fictional avenue {i}b")) for i in range(50)]
    replace_registry(store, many, date(2026, 11, 1))
    kept = [agency(f"a{i}", branches=(f"Fictional avenue {i}c",), destinations=(Destination("JP", None),))
            for i in range(0, 50, 2)]
    summary = replace_registry(store, kept, date(2026, 11, 2))
    assert (summary.added, summary.changed, summary.removed) == (0, 25, 25)
    rows = {table: store.db.execute(f"SELECT agency_id, count(*) FROM {table} GROUP BY agency_id").fetchall()
            for table in ("agency_names", "agency_destinations", "agency_branches", "agency_status_history")}
    assert rows["agency_branches"] == [(a.id, 1) for a in sorted(kept, key=lambda a: a.id)]
    assert rows["agency_destinations"] == rows["agency_branches"]
    assert rows["agency_names"] == [(a.id, 2) for a in sorted(kept, key=lambda a: a.id)]
    assert rows["agency_status_history"] == rows["agency_branches"]
    assert get_agencies(store, [a.id for a in kept]) == [
        replace(a, changed_at=stored.changed_at) for a, stored in zip(kept, get_agencies(store, [a.id for a in kept]),
                                                                      strict=True)]


def test_a_status_change_among_many_agencies_adds_history_to_that_one_only(store: Store) -> None:
    replace_registry(store, [agency(f"a{i}") for i in range(30)], date(2026, 11, 1))
    revoked = agency("a17", status="revoked", status_since=date(2026, 10, 1),
                     history=(StatusChange("revoked", date(2026, 10, 1), "fees taken"),))
    again = [revoked if i == 17 else agency(f"a{i}", phone=f"+000 {i}9") for i in range(30)]
    assert replace_registry(store, again, date(2026, 11, 2)).changed == 30
    counts = dict(store.db.execute("SELECT agency_id, count(*) FROM agency_status_history GROUP BY agency_id"))
    assert counts == {f"a{i}": 2 if i == 17 else 1 for i in range(30)}
    a17 = get_agency(store, "a17")
    assert a17 is not None and a17.history[-1] == StatusChange("revoked", date(2026, 10, 1), "fees taken")
