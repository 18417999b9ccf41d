"""``kiosk-admin staff ...`` against a real central service on 127.0.0.1, in-process on the centre's clock."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import reference
from kiosk.staff import verify_pin, verify_secret
from kiosk.staff.accounts import parse_accounts, parse_badge
from sync.central.admin.cli import main
from sync.central.database import make_engine
from sync.central.tokens import Role
from tests.sync.central.admin.test_cli import Ran, lines
from tests.sync.central.central_server import Central, enroll_kiosk, put_keys
from tests.sync.central.test_allowances import Centre
from tests.sync.central.test_releases import publish
from tests.sync.central.test_staff import Device


@pytest.fixture
def centre(central: Central, content_tree: Path) -> Iterator[Centre]:
    put_keys(central)
    assert publish(central, content_tree).status_code == 201
    engine = make_engine(central.database)
    yield Centre(central, engine)
    engine.dispose()


def staff(centre: Centre, *args: str, typed: tuple[str, ...] = (), token: str | None = None) -> Ran:
    """``kiosk-admin --url ... --token ... staff ARGS``, with ``typed`` as the answers to its PIN prompts."""
    out, err = io.StringIO(), io.StringIO()
    answers = iter(typed)
    asked: list[str] = []

    def read_secret(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)

    try:
        code = main(["--url", centre.central.url, f"--token={token or centre.central.owner_token}", "staff", *args],
                    out=out, err=err, environ={"HOME": "/nonexistent"}, clock=centre.central.clock,
                    read_secret=read_secret)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    assert len(asked) == len(typed), asked
    return Ran(code, out.getvalue(), err.getvalue())


def test_add_asks_the_pin_twice_and_prints_the_badge_code_once(centre: Centre) -> None:
    ran = staff(centre, "add", "--name", "Dilnoza R.", "--role", "operator", "--place", "sample-visa-centre",
                "--pin", "--badge", typed=("482916", "482916"))
    assert ran.code == 0, ran.err
    code = ran.out.strip()
    badge = parse_badge(code)
    assert badge is not None
    staff_id, secret = badge
    assert ran.err.startswith(f"staff account {staff_id}: Dilnoza R., operator at sample-visa-centre; the badge code "
                              "is shown only now")
    kiosk = enroll_kiosk(centre.central)
    (account,), _ = parse_accounts(centre.central.call("GET", "/v1/staff/accounts", kiosk.token).json())
    assert account.pin_hash is not None and verify_pin("482916", account.pin_hash)
    assert account.badge_hash is not None and verify_secret(secret, account.badge_hash)

    named = staff(centre, "add", "--name", "Anvar T.", "--role", "supervisor", "--id", "s-anvar", "--pin",
                  typed=("1111", "1111"))
    assert (named.code, named.out.strip()) == (0, "s-anvar")
    assert "supervisor at every place" in named.err

    listed = staff(centre, "list")
    assert listed.code == 0
    assert lines(listed.out)[0].split() == ["STAFF", "ID", "NAME", "ROLE", "SIGN-IN", "STATE", "PLACES"]
    rows = [re.split(r"\s{2,}", line) for line in lines(listed.out)[1:]]
    assert rows == [["s-anvar", "Anvar T.", "supervisor", "PIN", "active", "every place"],  # by name
                    [staff_id, "Dilnoza R.", "operator", "PIN+badge", "active", "sample-visa-centre"]]
    assert "scrypt" not in listed.out


def test_a_pin_given_wrongly_changes_nothing(centre: Centre) -> None:
    differ = staff(centre, "add", "--name", "X", "--role", "operator", "--pin", typed=("1234", "4321"))
    assert differ.code == 2 and "the two PINs differ" in differ.err
    short = staff(centre, "add", "--name", "X", "--role", "operator", "--pin", typed=("12",))
    assert short.code == 2 and "4 to 12 digits" in short.err
    neither = staff(centre, "add", "--name", "X", "--role", "operator")
    assert neither.code == 2 and "--pin, --badge or both" in neither.err
    assert staff(centre, "add", "--name", "X", "--role", "boss", "--pin").code == 2  # argparse's own
    unknown = staff(centre, "add", "--name", "X", "--role", "operator", "--place", "nowhere", "--badge")
    assert unknown.code == 1 and "unknown_location" in unknown.err
    assert "no staff accounts yet" in staff(centre, "list").out


def test_revoke_and_reset_pin(centre: Centre) -> None:
    assert staff(centre, "add", "--name", "Bekzod", "--role", "operator", "--id", "s-bek", "--pin",
                 typed=("1234", "1234")).code == 0
    reset = staff(centre, "reset-pin", "s-bek", typed=("9876", "9876"))
    assert reset.code == 0 and "has a new PIN" in reset.out
    viewer = centre.central.admin(Role.FLEET_VIEWER)
    refused = staff(centre, "revoke", "s-bek", token=viewer)
    assert refused.code == 1 and "a fleet_viewer token may not do this" in refused.err
    revoked = staff(centre, "revoke", "s-bek")
    assert revoked.code == 0 and "is revoked since 2026-12-04T09:00:00Z" in revoked.out
    assert "revoked 2026-12-04T09:00:00Z" in staff(centre, "list", token=viewer).out
    again = staff(centre, "reset-pin", "s-bek", typed=("1234", "1234"))
    assert again.code == 1 and "staff_revoked" in again.err
    missing = staff(centre, "revoke", "s-nobody")
    assert missing.code == 1 and "unknown_staff" in missing.err


def test_device_marks_a_kiosk_as_a_staff_device_and_the_fleet_shows_it(centre: Centre) -> None:
    kiosk = enroll_kiosk(centre.central)
    day = "/v1/staff/day?location=sample-visa-centre&day=2026-12-05"
    assert centre.central.call("GET", day, kiosk.token).status_code == 403

    viewer = centre.central.admin(Role.FLEET_VIEWER)
    for token in (viewer, centre.central.admin(Role.SCHEDULER)):
        refused = staff(centre, "device", kiosk.kiosk_id, "--on", token=token)
        assert refused.code == 1 and "may not do this" in refused.err
    on = staff(centre, "device", kiosk.kiosk_id, "--on")
    assert on.code == 0, on.err
    assert on.out.startswith(f"kiosk {kiosk.kiosk_id} is a staff device: it fetches its staff's day lists")
    assert centre.central.call("GET", day, kiosk.token).status_code == 200
    table = io.StringIO()
    assert main(["--url", centre.central.url, f"--token={viewer}", "fleet"], out=table, err=io.StringIO(),
                environ={"HOME": "/nonexistent"}, clock=centre.central.clock) == 0
    assert lines(table.getvalue())[0].split() == ["KIOSK", "RELEASE", "LAST", "SEEN", "STATE", "STAFF", "DEVICE",
                                                  "PROBLEMS"]
    assert re.split(r"\s{2,}", lines(table.getvalue())[1])[4] == "yes"
    assert lines(table.getvalue())[-1] == "1 never seen; 1 staff device"

    off = staff(centre, "device", kiosk.kiosk_id, "--off")
    assert off.code == 0 and "is not a staff device: at its next sync it is refused day lists and deletes" in off.out
    assert centre.central.call("GET", day, kiosk.token).json()["error"]["code"] == "not_a_staff_device"
    missing = staff(centre, "device", "k-nobody", "--on")
    assert missing.code == 1 and "unknown_kiosk" in missing.err
    assert staff(centre, "device", kiosk.kiosk_id).code == 2  # --on or --off: never a default
    assert staff(centre, "device", kiosk.kiosk_id, "--on", "--off").code == 2


def test_conflicts_show_both_records_and_resolve_closes_one(centre: Centre) -> None:
    assert "no check-in conflicts" in staff(centre, "conflicts").out
    desk, door = Device(centre, enroll_kiosk(centre.central)), Device(centre, enroll_kiosk(centre.central))
    code = reference.new_reference()
    desk.act("check_in", code, staff_id="s-desk")
    door.act("check_in", code, staff_id="s-door", at="2026-12-07T04:35:00Z")

    shown = staff(centre, "conflicts", "--open", token=centre.central.admin(Role.FLEET_VIEWER))
    assert shown.code == 0
    assert lines(shown.out) == [
        f"conflict 1: booking {code} at sample-visa-centre on 2026-12-07, found 2026-12-04T09:00:00Z; open",
        f"  first   device {desk.id}, staff s-desk, at 2026-12-07T04:31:02Z (item staff-{desk.id}-1)  (the visit's)",
        f"  second  device {door.id}, staff s-door, at 2026-12-07T04:35:00Z (item staff-{door.id}-1)"]

    scheduler = centre.central.admin(Role.SCHEDULER, "Malika")
    assert staff(centre, "resolve", "1", "--note", "  ", token=scheduler).code == 2
    resolved = staff(centre, "resolve", "1", "--note", "one visit: the door desk scanned again", token=scheduler)
    assert resolved.code == 0 and resolved.out.strip() == f"conflict 1 (booking {code}) resolved"
    assert "no open check-in conflicts" in staff(centre, "conflicts", "--open").out
    assert "resolved 2026-12-04T09:00:00Z by scheduler:Malika: one visit" in staff(centre, "conflicts").out
    twice = staff(centre, "resolve", "1", "--note", "again")
    assert twice.code == 1 and "already_resolved" in twice.err
