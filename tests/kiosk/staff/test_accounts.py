from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kiosk.paths import DataPaths
from kiosk.staff import hash_pin, hash_secret
from kiosk.staff.accounts import (
    DEVICE_ACCOUNT_ID,
    LockPolicy,
    SignInOutcome,
    StaffAccount,
    badge_code,
    find_account,
    load_accounts,
    locked_for,
    parse_accounts,
    parse_badge,
    replace_accounts,
    sign_in_with_badge,
    sign_in_with_pin,
)
from kiosk.staff.errors import StaffDocumentInvalid
from kiosk.store import Store, open_store
from tests.kiosk.staff.fixtures import StaffClock

POLICY = LockPolicy(max_attempts=3, lockout_seconds=300)
PIN_HASH = hash_pin("482915")
BADGE_HASH = hash_secret("Badge-Secret-1")


def document(**changes: Any) -> dict[str, Any]:
    entry = {"staff_id": "s-4k2m", "display_name": "Dilnoza R.", "role": "operator", "places": ["office-a"],
             "pin_hash": PIN_HASH, "badge_hash": BADGE_HASH, "revoked": False}
    entry.update(changes)
    return {"accounts": [entry, {"staff_id": "s-9zz1", "display_name": "Malika S.", "role": "supervisor",
                                 "places": [], "pin_hash": PIN_HASH, "badge_hash": None, "revoked": False}],
            "as_of": "2026-12-04T09:00:00Z"}


def provision(store: Store, body: dict[str, Any] | None = None) -> list[StaffAccount]:
    accounts, as_of = parse_accounts(body or document())
    with store.transaction() as db:
        replace_accounts(db, accounts, as_of)
    return accounts


def test_the_centres_accounts_list_is_read_and_replaces_the_devices(store: Store) -> None:
    accounts, as_of = parse_accounts(document())
    assert as_of == "2026-12-04T09:00:00Z"
    assert accounts[0] == StaffAccount("s-4k2m", "Dilnoza R.", "operator", ("office-a",), PIN_HASH, BADGE_HASH,
                                       False)
    assert accounts[1].places == () and accounts[1].works_at("anywhere")
    provision(store)
    provision(store, {"accounts": [document()["accounts"][1]], "as_of": "2026-12-05T09:00:00Z"})
    assert [a.staff_id for a in load_accounts(store.db)] == ["s-9zz1"]


@pytest.mark.parametrize(("change", "named"), [
    ({"role": "admin"}, "accounts[0] (s-4k2m).role"),
    ({"pin_hash": "1234"}, "accounts[0] (s-4k2m).pin_hash"),
    ({"places": "office-a"}, "accounts[0] (s-4k2m).places"),
    ({"revoked": "no"}, "accounts[0] (s-4k2m).revoked"),
    ({"staff_id": "device"}, "accounts[0].staff_id"),
    ({"display_name": " "}, "accounts[0] (s-4k2m).display_name"),
])
def test_a_malformed_accounts_list_is_refused_naming_the_entry_and_field(change: dict[str, Any], named: str) -> None:
    with pytest.raises(StaffDocumentInvalid, match=named.replace("(", r"\(").replace(")", r"\)")
                       .replace("[", r"\[").replace("]", r"\]")):
        parse_accounts(document(**change))


def test_the_right_pin_signs_the_member_in(store: Store) -> None:
    provision(store)
    result = sign_in_with_pin(store, "s-4k2m", "482915", device_pin_hash="", policy=POLICY, clock=StaffClock())
    assert result.outcome is SignInOutcome.ACCEPTED
    assert result.account is not None and result.account.display_name == "Dilnoza R."


def test_wrong_pins_lock_that_account_only_and_the_lock_survives_a_restart(tmp_path: Path) -> None:
    clock = StaffClock()
    store = open_store(DataPaths(tmp_path))
    provision(store)
    results = [sign_in_with_pin(store, "s-4k2m", "000000", device_pin_hash="", policy=POLICY, clock=clock)
               for _ in range(3)]
    assert [r.outcome for r in results] == [SignInOutcome.WRONG, SignInOutcome.WRONG, SignInOutcome.LOCKED]
    assert [r.attempts_left for r in results[:2]] == [2, 1]
    store.close()

    reopened = open_store(DataPaths(tmp_path))  # the laptop was restarted
    clock.advance(60)
    locked = sign_in_with_pin(reopened, "s-4k2m", "482915", device_pin_hash="", policy=POLICY, clock=clock)
    assert locked.outcome is SignInOutcome.LOCKED and locked.locked_for_seconds == 240
    other = sign_in_with_pin(reopened, "s-9zz1", "482915", device_pin_hash="", policy=POLICY, clock=clock)
    assert other.outcome is SignInOutcome.ACCEPTED
    clock.advance(240)
    assert locked_for(reopened, "s-4k2m", clock) == 0
    again = sign_in_with_pin(reopened, "s-4k2m", "482915", device_pin_hash="", policy=POLICY, clock=clock)
    assert again.outcome is SignInOutcome.ACCEPTED
    reopened.close()


def test_a_scanned_badge_signs_in_with_one_hash_checked(store: Store) -> None:
    provision(store)
    code = badge_code("s-4k2m", "Badge-Secret-1")
    assert code == "STAFF1.s-4k2m.Badge-Secret-1"
    assert parse_badge(code) == ("s-4k2m", "Badge-Secret-1")
    accepted = sign_in_with_badge(store, code, policy=POLICY, clock=StaffClock())
    assert accepted.outcome is SignInOutcome.ACCEPTED
    assert sign_in_with_badge(store, "STAFF1.s-4k2m.wrong-secret", policy=POLICY,
                              clock=StaffClock()).outcome is SignInOutcome.WRONG
    assert sign_in_with_badge(store, "KQ1.abc.def", policy=POLICY,
                              clock=StaffClock()).outcome is SignInOutcome.NOT_A_BADGE
    # s-9zz1 has no badge: one answer for "no such badge" whatever the reason
    assert sign_in_with_badge(store, "STAFF1.s-9zz1.Badge-Secret-1", policy=POLICY,
                              clock=StaffClock()).outcome is SignInOutcome.UNKNOWN


def test_a_revoked_or_unknown_account_cannot_sign_in(store: Store) -> None:
    provision(store, document(revoked=True))
    assert find_account(store.db, "s-4k2m") is not None
    for staff_id in ("s-4k2m", "s-nobody"):
        result = sign_in_with_pin(store, staff_id, "482915", device_pin_hash="", policy=POLICY, clock=StaffClock())
        assert result.outcome is SignInOutcome.UNKNOWN
    assert "s-4k2m" not in [a.staff_id for a in load_accounts(store.db)]


def test_the_devices_own_pin_is_the_fallback_supervisor_account(store: Store) -> None:
    device_pin = hash_pin("97531")
    result = sign_in_with_pin(store, DEVICE_ACCOUNT_ID, "97531", device_pin_hash=device_pin, policy=POLICY,
                              clock=StaffClock())
    assert result.outcome is SignInOutcome.ACCEPTED
    assert result.account is not None
    assert (result.account.role, result.account.display_name) == ("supervisor", "This device's PIN")
    wrong = sign_in_with_pin(store, DEVICE_ACCOUNT_ID, "11111", device_pin_hash=device_pin, policy=POLICY,
                             clock=StaffClock())
    assert wrong.outcome is SignInOutcome.WRONG
