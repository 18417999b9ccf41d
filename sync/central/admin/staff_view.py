"""``kiosk-admin staff ...``: staff accounts, which kiosks are staff devices, and the check-in conflicts
between devices.

A PIN is never an argument (it would stay in the shell's history): ``--pin`` asks for it,
twice, without echo. A badge's code is printed alone on standard output, once: the centre
keeps only its hash, so it is printed on the badge now or made again (a new account).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TextIO

from sync.central.admin.client import AdminClient
from sync.central.admin.errors import UnexpectedAnswer, UsageProblem
from sync.central.admin.fleet_view import table

#: Asks for a secret without echo (``getpass.getpass``; tests give their own).
ReadSecret = Callable[[str], str]


def _list(answer: dict[str, Any], name: str, url: str) -> list[dict[str, Any]]:
    items = answer.get(name)
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise UnexpectedAnswer(url, f"no list of {name} in it")
    return items


def ask_pin(read_secret: ReadSecret) -> str:
    """A PIN typed twice the same; :class:`UsageProblem` when the two differ or it is not 4 to 12 digits."""
    pin = read_secret("PIN (4 to 12 digits): ").strip()
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12):
        raise UsageProblem("a staff PIN is 4 to 12 digits")
    if read_secret("the same PIN again: ").strip() != pin:
        raise UsageProblem("the two PINs differ: nothing was changed")
    return pin


def _places(account: dict[str, Any]) -> str:
    places = account.get("places") or []
    return ", ".join(str(place) for place in places) if places else "every place"


def add(client: AdminClient, *, name: str, role: str, places: list[str], staff_id: str | None, pin: bool,
        badge: bool, read_secret: ReadSecret, out: TextIO, err: TextIO) -> int:
    if not pin and not badge:
        raise UsageProblem("give --pin, --badge or both: an account needs a way to sign in")
    body: dict[str, Any] = {"display_name": name, "role": role, "places": places, "badge": badge}
    if staff_id is not None:
        body["staff_id"] = staff_id
    if pin:
        body["pin"] = ask_pin(read_secret)
    made = client.create_staff(body)
    code = made.get("badge_code")
    if badge and not isinstance(code, str):
        raise UnexpectedAnswer(f"{client.base_url}/v1/admin/staff", "no badge code in it")
    # What a script needs alone on standard output: the badge code if there is one, else the id.
    print(code if badge else made.get("staff_id"), file=out)
    print(f"staff account {made.get('staff_id')}: {made.get('display_name')}, {made.get('role')} at "
          f"{_places(made)}" + ("; the badge code is shown only now: print it on the badge" if badge else ""),
          file=err)
    return 0


def show(client: AdminClient, as_json: bool, out: TextIO) -> int:
    accounts = _list(client.staff(), "accounts", f"{client.base_url}/v1/admin/staff")
    if as_json:
        print(json.dumps(accounts, indent=2, ensure_ascii=False), file=out)
        return 0
    if not accounts:
        print("no staff accounts yet (`kiosk-admin staff add` makes one)", file=out)
        return 0
    rows = []
    for account in accounts:
        ways = [way for way, has in (("PIN", account.get("pin")), ("badge", account.get("badge"))) if has]
        state = f"revoked {account.get('revoked_at')}" if account.get("revoked") else "active"
        rows.append([str(account.get("staff_id", "?")), str(account.get("display_name", "")),
                     str(account.get("role", "")), "+".join(ways) or "-", state, _places(account)])
    table(["STAFF ID", "NAME", "ROLE", "SIGN-IN", "STATE", "PLACES"], rows, out)
    return 0


def revoke(client: AdminClient, staff_id: str, out: TextIO) -> int:
    account = client.revoke_staff(staff_id)
    print(f"staff account {staff_id} ({account.get('display_name')}) is revoked since {account.get('revoked_at')}: "
          "each staff device stops accepting it at its next sync", file=out)
    return 0


def reset_pin(client: AdminClient, staff_id: str, read_secret: ReadSecret, out: TextIO) -> int:
    account = client.reset_staff_pin(staff_id, ask_pin(read_secret))
    print(f"staff account {staff_id} ({account.get('display_name')}) has a new PIN: each staff device takes it at "
          "its next sync", file=out)
    return 0


def device(client: AdminClient, kiosk_id: str, staff_device: bool, out: TextIO) -> int:
    answer = client.set_staff_device(kiosk_id, staff_device)
    if answer.get("staff_device") is not staff_device:
        raise UnexpectedAnswer(f"{client.base_url}/v1/admin/kiosks/{kiosk_id}/staff-device",
                               f"staff_device is {answer.get('staff_device')!r}, not {staff_device}")
    if staff_device:
        print(f"kiosk {kiosk_id} is a staff device: it fetches its staff's day lists (names and phones) from its "
              "next sync", file=out)
    else:
        print(f"kiosk {kiosk_id} is not a staff device: at its next sync it is refused day lists and deletes those "
              "it holds", file=out)
    return 0


def _record(record: Any) -> str:
    if not isinstance(record, dict):
        return "?"
    return (f"device {record.get('device')}, staff {record.get('staff_id')}, at {record.get('at')} "
            f"(item {record.get('item_id')})")


def conflicts(client: AdminClient, open_only: bool, as_json: bool, out: TextIO) -> int:
    """Bookings two devices checked in: both records, and how each was resolved."""
    found = _list(client.staff_conflicts(open_only), "conflicts", f"{client.base_url}/v1/admin/staff-conflicts")
    if as_json:
        print(json.dumps(found, indent=2, ensure_ascii=False), file=out)
        return 0
    if not found:
        print("no open check-in conflicts" if open_only else "no check-in conflicts", file=out)
        return 0
    for conflict in found:
        state = ("open" if conflict.get("resolved_at") is None else
                 f"resolved {conflict.get('resolved_at')} by {conflict.get('resolved_by')}: "
                 f"{conflict.get('resolution')}")
        print(f"conflict {conflict.get('id')}: booking {conflict.get('reference')} at {conflict.get('location_id')} "
              f"on {conflict.get('day')}, found {conflict.get('found_at')}; {state}", file=out)
        print(f"  first   {_record(conflict.get('first'))}  (the visit's)", file=out)
        print(f"  second  {_record(conflict.get('second'))}", file=out)
    return 0


def resolve(client: AdminClient, conflict_id: int, note: str, out: TextIO) -> int:
    if not note.strip():
        raise UsageProblem("--note says what was found and done; it may not be empty")
    resolved = client.resolve_staff_conflict(conflict_id, note)
    print(f"conflict {conflict_id} (booking {resolved.get('reference')}) resolved", file=out)
    return 0
