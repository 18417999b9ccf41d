"""Every check-in outcome, on tokens read back from printed receipts."""

from __future__ import annotations

import base64
from datetime import date
from pathlib import Path

import pytest

from kiosk.receipts.device_key import DeviceKey
from kiosk.receipts.keyring import KnownKeys, known_keys
from kiosk.receipts.token import PREFIX
from kiosk.reference import display
from kiosk.staff import audit, visits
from kiosk.staff.checkin import CheckInOutcome, check_in
from kiosk.staff.daylist import Visit, day_entries
from kiosk.staff.session import Desk
from kiosk.store import Store
from tests.kiosk.booking.fixtures import MONDAY
from tests.kiosk.staff.fixtures import (
    OFFICE,
    OPERATOR,
    SUPERVISOR,
    StaffClock,
    as_listed,
    book,
    booking_kiosk,
    booking_kiosk_key,
    publish,
    scanned_token,
    signed_in,
    staff_device_key,
)


def fleet(store: Store) -> KnownKeys:
    keys = known_keys(store, staff_device_key())
    keys[booking_kiosk_key().kiosk_id] = booking_kiosk_key().public_key  # as a release brings the fleet's keys
    return keys


@pytest.fixture
def aziza_token(store: Store, tmp_path: Path) -> tuple[str, str]:
    booking = book(booking_kiosk(store), "Aziza Karimova")
    publish(store, [as_listed(booking)])
    return booking.reference, scanned_token(store, booking, tmp_path)


def test_a_genuine_receipt_for_this_place_and_day_checks_the_person_in(store: Store, desk: Desk,
                                                                     aziza_token: tuple[str, str]) -> None:
    reference, token = aziza_token
    result = check_in(desk, signed_in(OPERATOR, desk.clock), token, fleet(store))
    assert result.outcome is CheckInOutcome.VALID and result.admitted
    assert result.verified and not result.not_on_list
    assert result.reference == reference and result.booking is not None
    assert result.entry is not None and result.entry.action == "check_in"
    assert result.entry.detail["token_kiosk"] == booking_kiosk_key().kiosk_id
    [entry] = [e for e in day_entries(store.db, OFFICE, MONDAY) if e.reference == reference]
    assert entry.state == "checked_in" and entry.visit is not None and entry.visit.staff_id == OPERATOR.staff_id


def test_a_second_scan_says_when_and_by_whom_and_records_nothing(store: Store, desk: Desk, clock: StaffClock,
                                                                 aziza_token: tuple[str, str]) -> None:
    _, token = aziza_token
    first = check_in(desk, signed_in(OPERATOR, desk.clock), token, fleet(store))
    clock.advance(90)
    second = check_in(desk, signed_in(SUPERVISOR, desk.clock), token, fleet(store))
    assert second.outcome is CheckInOutcome.ALREADY_CHECKED_IN
    assert second.visit is not None and first.entry is not None
    assert (second.visit.staff_id, second.visit.device, second.visit.at) == \
        (OPERATOR.staff_id, desk.device, first.entry.at)
    assert [e.action for e in audit.entries(store.db)] == ["check_in"]


def test_a_check_in_the_centres_list_holds_from_another_device_is_already_checked_in(
        store: Store, desk: Desk, tmp_path: Path) -> None:
    booking = book(booking_kiosk(store), "Aziza Karimova")
    elsewhere = Visit("checked_in", desk.utc_now(), "s-other", "kother01")
    publish(store, [as_listed(booking, elsewhere)])
    result = check_in(desk, signed_in(OPERATOR, desk.clock), scanned_token(store, booking, tmp_path), fleet(store))
    assert result.outcome is CheckInOutcome.ALREADY_CHECKED_IN
    assert result.visit == elsewhere


def test_a_cancelled_booking_is_refused(store: Store, desk: Desk, tmp_path: Path) -> None:
    kiosk = booking_kiosk(store)
    booking = book(kiosk, "Aziza Karimova")
    token = scanned_token(store, booking, tmp_path)  # printed before it was cancelled
    publish(store, [as_listed(kiosk.cancel(booking.reference, "Aziza Karimova"))])
    assert check_in(desk, signed_in(OPERATOR, desk.clock), token, fleet(store)).outcome is CheckInOutcome.CANCELLED


def test_a_receipt_for_another_day_or_place_is_refused(store: Store, desk: Desk, tmp_path: Path) -> None:
    kiosk = booking_kiosk(store)
    tuesday = book(kiosk, "Aziza Karimova", day=date(2027, 1, 12))
    mobile = book(kiosk, "Karim Aliev", location_id="mobile-b", day=date(2027, 1, 14), hhmm="10:00")
    session = signed_in(OPERATOR, desk.clock)
    wrong_day = check_in(desk, session, scanned_token(store, tuesday, tmp_path), fleet(store))
    wrong_place = check_in(desk, session, scanned_token(store, mobile, tmp_path), fleet(store))
    assert wrong_day.outcome is CheckInOutcome.WRONG_DAY and wrong_day.verified
    assert wrong_place.outcome is CheckInOutcome.WRONG_PLACE
    assert audit.entries(store.db) == []


def test_a_receipt_from_a_kiosk_whose_key_is_not_known_is_not_verified(store: Store, desk: Desk,
                                                                       tmp_path: Path) -> None:
    stranger = DeviceKey.generate()
    booking = book(booking_kiosk(store), "Aziza Karimova")
    publish(store, [as_listed(booking)])
    result = check_in(desk, signed_in(OPERATOR, desk.clock), scanned_token(store, booking, tmp_path, stranger),
                      fleet(store))
    assert result.outcome is CheckInOutcome.UNKNOWN_KIOSK and not result.verified
    assert result.claims is not None and result.claims.kiosk_id == stranger.kiosk_id
    assert result.booking is not None  # staff see whose it claims to be, and may check in by reference
    assert audit.entries(store.db) == []


def _flip_one_payload_character(token: str) -> str:
    prefix, payload, signature = token.split(".")
    raw = bytearray(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    at = raw.index(b'"t":"') + len('"t":"2027-01-11T0')  # the hour: 09 becomes 08
    raw[at] = ord("8")
    changed = base64.urlsafe_b64encode(bytes(raw)).decode().rstrip("=")
    assert changed != payload and len(changed) == len(payload)
    return f"{prefix}.{changed}.{signature}"


def test_a_forged_or_damaged_token_is_refused(store: Store, desk: Desk, tmp_path: Path) -> None:
    booking = book(booking_kiosk(store), "Aziza Karimova")
    publish(store, [as_listed(booking)])
    token = scanned_token(store, booking, tmp_path)
    # The same booking's receipt printed by a forger's key: its signature put under the genuine payload.
    (tmp_path / "forger").mkdir()
    forger = scanned_token(store, booking, tmp_path / "forger", DeviceKey.generate())
    spliced = token.rsplit(".", 1)[0] + "." + forger.rsplit(".", 1)[1]
    session = signed_in(OPERATOR, desk.clock)
    for bad in (_flip_one_payload_character(token), spliced, token[: len(token) // 2], token + "x",
                "https://example.org/not-a-receipt", PREFIX + "!!!"):
        result = check_in(desk, session, bad, fleet(store))
        assert result.outcome is CheckInOutcome.FORGED, bad
        assert not result.admitted
    assert audit.entries(store.db) == []
    assert check_in(desk, session, token, fleet(store)).admitted  # the genuine one still is


def test_a_genuine_receipt_the_list_does_not_have_is_valid_and_flagged(store: Store, desk: Desk,
                                                                       tmp_path: Path) -> None:
    kiosk = booking_kiosk(store)
    listed_one = book(kiosk, "Aziza Karimova")
    offline = book(kiosk, "Karim Aliev", hhmm="10:00")  # sold offline at another kiosk: not at the centre yet
    publish(store, [as_listed(listed_one)])
    result = check_in(desk, signed_in(OPERATOR, desk.clock), scanned_token(store, offline, tmp_path), fleet(store))
    assert result.outcome is CheckInOutcome.VALID and result.not_on_list and result.verified
    [entry] = [e for e in day_entries(store.db, OFFICE, MONDAY) if e.reference == offline.reference]
    assert entry.state == "checked_in" and not entry.on_list
    publish(store, [as_listed(listed_one)])  # a later fetch that still lacks it does not lose the person
    assert offline.reference in {e.reference for e in day_entries(store.db, OFFICE, MONDAY)}


def test_a_typed_reference_is_looked_up_on_the_list_without_a_signature(store: Store, desk: Desk) -> None:
    kiosk = booking_kiosk(store)
    booking = book(kiosk, "Aziza Karimova")
    tuesday = book(kiosk, "Karim Aliev", day=date(2027, 1, 12))
    publish(store, [as_listed(booking)])
    publish(store, [as_listed(tuesday)], day=date(2027, 1, 12))
    session = signed_in(OPERATOR, desk.clock)
    result = check_in(desk, session, display(booking.reference).lower(), fleet(store))
    assert result.outcome is CheckInOutcome.VALID and not result.verified
    assert "no signature" in result.detail
    assert check_in(desk, session, tuesday.reference, fleet(store)).outcome is CheckInOutcome.WRONG_DAY
    assert check_in(desk, session, "7KQ4-XP9N", fleet(store)).outcome is CheckInOutcome.NOT_FOUND  # mistyped


def test_a_person_marked_no_show_is_not_checked_in_until_it_is_undone(store: Store, desk: Desk,
                                                                      aziza_token: tuple[str, str]) -> None:
    reference, token = aziza_token
    session = signed_in(OPERATOR, desk.clock)
    visits.mark_no_show(desk, session, reference)
    assert check_in(desk, session, token, fleet(store)).outcome is CheckInOutcome.MARKED_NO_SHOW
    visits.undo(desk, session, reference, undo_seconds=120)
    assert check_in(desk, session, token, fleet(store)).outcome is CheckInOutcome.VALID
