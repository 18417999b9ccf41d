"""Staff mode at the centre: staff accounts, the day's list, and what staff devices' audit logs say happened.

**Accounts.** An administrator provisions each staff member (:func:`create_account`):
an id, a name, a role (``operator`` or ``supervisor``), the places they work at,
and a PIN and/or a badge. The centre keeps only scrypt hashes, made by the kiosk's
own functions (``kiosk.staff.hash_pin``, ``hash_secret``), so a device checks them
exactly as it checks its own PIN; a badge's code (``STAFF1.<staff_id>.<secret>``)
is shown once, when made. Every staff device fetches the whole list each sync round
(:func:`kiosk_accounts`) and replaces its own with it; revoking an account is how a
member stops being able to sign in, and reaches each device with its next round.

**The day's list** (:func:`day_list`): one place's bookings on one day, with the
name and phone kept for that purpose (``sync.central.people``) and each booking's
visit as the centre has it, so staff find people and work the day offline. It is
given only to a kiosk an administrator marked as a staff device
(:func:`set_staff_device`); any other, public kiosks included, is answered 403
``not_a_staff_device``, since a public kiosk stands where anyone can take it apart
and has no business holding names. Only days near today may be asked for
(:data:`DAY_LIST_REACH`): even a staff device has no business reading next month's names.

**Staff actions** arrive as ``staff_action`` outbox items, one per entry of a
device's hash-chained audit log, and are applied (:func:`record_staff_action`) in
the transaction that stores the item, so exactly once:

- the chain is judged with the kiosk's own ``kiosk.staff.audit.verify_chain``: an
  entry whose hash is not its content's, whose ``prev`` is not the stored hash of
  the entry before it (checked when either of the two arrives, so entries may come
  in any order), or a second entry under a number already held, is a chain break,
  recorded as an ``audit_chain_break`` finding (``sync.central.bookings``);
- ``check_in``: the first check-in of a booking that reaches the centre wins. One
  from another device later is a *conflict*, kept with both records for an
  administrator (:func:`list_conflicts`, :func:`resolve_conflict`) and never
  overwriting the first; the same device again is its own "already checked in";
- ``served`` and ``no_show`` set the visit's state; an action of a device older
  (by its ``seq``) than the one that set the visit arrives late and changes nothing;
- ``undo`` puts the visit back as it was before the undone action of that device,
  if nothing else changed it since; an entry whose undo arrived first is not applied.

Locks on PostgreSQL (``bookings.advisory_lock``), always in this order: the device's
chain, then the booking's visit. Two devices checking one person in at the same
moment therefore queue on the visit, and the second sees the first (SQLite has one
writer anyway).

Roles (``sync.central.app``): the owner manages accounts and marks staff devices; a scheduler or fleet viewer
may list accounts and read the day, the audit status and the conflicts; a scheduler
resolves conflicts. See docs/architecture.md, "Staff mode at the centre".
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, and_, delete, func, insert, select, update

from kiosk.staff import hash_pin, hash_secret
from kiosk.staff.audit import ACTIONS, GENESIS, ChainBreak, item_id, verify_chain
from sync.central.bookings import advisory_lock, record_finding
from sync.central.errors import ApiError
from sync.central.tables import (
    booking_findings,
    booking_people,
    bookings,
    kiosks,
    slots,
    staff_accounts,
    staff_audit,
    staff_conflicts,
    visits,
)
from sync.protocol.errors import ProtocolError
from sync.protocol.times import format_time, parse_time

ROLES = ("operator", "supervisor")
#: The kiosk's own built-in account (its device PIN): never an account the centre makes.
DEVICE_ACCOUNT = "device"
#: A staff id as the kiosk reads one (``kiosk.staff.accounts``): a short lower-case slug.
STAFF_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
#: Letters of generated staff ids and badge secrets: no 0/o, 1/l/i to misread, nothing a scanner mistypes.
_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
BADGE_SECRET_LENGTH = 24
#: Days before and after the offices' today whose list a device may fetch: yesterday (a device whose
#: clock is a few hours off) to the day after tomorrow.
DAY_LIST_REACH = (timedelta(days=-1), timedelta(days=2))
#: What changes a visit; the other actions are only recorded.
VISIT_ACTIONS = ("check_in", "served", "no_show", "undo")
FINDING = "audit_chain_break"
_HEX64 = re.compile(r"[0-9a-f]{64}")


# --- accounts ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewAccount:
    """What an administrator gives to make an account: ``staff_id`` None to have one made."""

    display_name: str
    role: str
    places: list[str]
    staff_id: str | None = None
    pin: str | None = None
    badge: bool = False


def create_account(engine: Engine, new: NewAccount, created_by: str, now: datetime) -> dict[str, Any]:
    """Make an account; its listing (:func:`list_accounts`) plus ``badge_code`` (shown only now) when a badge
    was asked for. 422 for a bad id, role, PIN or place, or neither PIN nor badge; 409 ``staff_exists``."""
    if new.role not in ROLES:
        raise ApiError(422, "invalid_role", f"a staff role is one of {', '.join(ROLES)}, not {new.role!r}")
    if not new.pin and not new.badge:
        raise ApiError(422, "no_credential", "give the account a PIN, a badge, or both")
    if new.staff_id is not None:
        _check_staff_id(new.staff_id)
    pin_hash = _pin_hash(new.pin) if new.pin else None
    secret = "".join(secrets.choice(_ALPHABET) for _ in range(BADGE_SECRET_LENGTH)) if new.badge else None
    badge_hash = hash_secret(secret) if secret is not None else None
    places = sorted(set(new.places))
    with engine.begin() as connection:
        _check_places(connection, places)
        staff_id = new.staff_id or _new_staff_id(connection)
        taken = connection.execute(select(staff_accounts.c.staff_id)
                                   .where(staff_accounts.c.staff_id == staff_id)).first()
        if taken is not None:
            raise ApiError(409, "staff_exists", f"there is a staff account {staff_id!r} already (revoked ones too)")
        connection.execute(insert(staff_accounts).values(
            staff_id=staff_id, display_name=new.display_name.strip(), role=new.role, places=json.dumps(places),
            pin_hash=pin_hash, badge_hash=badge_hash, created_by=created_by, created_at=now, changed_at=now))
        listed = _listed(_account_row(connection, staff_id))
    return {**listed, "badge_code": None if secret is None else f"STAFF1.{staff_id}.{secret}"}


def list_accounts(engine: Engine) -> list[dict[str, Any]]:
    """Every account, revoked ones too, without its hashes: whether it has a PIN and a badge."""
    with engine.connect() as connection:
        rows = connection.execute(select(staff_accounts).order_by(staff_accounts.c.display_name,
                                                                  staff_accounts.c.staff_id)).all()
    return [_listed(row) for row in rows]


def revoke(engine: Engine, staff_id: str, revoked_by: str, now: datetime) -> dict[str, Any]:
    """Stop an account signing in anywhere (from each device's next round); revoking again changes nothing."""
    with engine.begin() as connection:
        row = _account_row(connection, staff_id, lock=True)
        if row.revoked_at is None:
            connection.execute(update(staff_accounts).where(staff_accounts.c.staff_id == staff_id)
                               .values(revoked_at=now, revoked_by=revoked_by, changed_at=now))
        return _listed(_account_row(connection, staff_id))


def reset_pin(engine: Engine, staff_id: str, pin: str, now: datetime) -> dict[str, Any]:
    """Give an account a new PIN (the old one stops working from each device's next round)."""
    pin_hash = _pin_hash(pin)
    with engine.begin() as connection:
        row = _account_row(connection, staff_id, lock=True)
        if row.revoked_at is not None:
            raise ApiError(409, "staff_revoked", f"staff account {staff_id!r} is revoked: make a new one")
        connection.execute(update(staff_accounts).where(staff_accounts.c.staff_id == staff_id)
                           .values(pin_hash=pin_hash, changed_at=now))
        return _listed(_account_row(connection, staff_id))


def kiosk_accounts(engine: Engine, now: datetime) -> dict[str, Any]:
    """``GET /v1/staff/accounts``: every account as a device keeps it. A revoked one is sent without hashes,
    so a device that holds it forgets them."""
    with engine.connect() as connection:
        rows = connection.execute(select(staff_accounts).order_by(staff_accounts.c.staff_id)).all()
    return {"accounts": [{"staff_id": row.staff_id, "display_name": row.display_name, "role": row.role,
                          "places": json.loads(row.places),
                          "pin_hash": None if row.revoked_at is not None else row.pin_hash,
                          "badge_hash": None if row.revoked_at is not None else row.badge_hash,
                          "revoked": row.revoked_at is not None} for row in rows],
            "as_of": format_time(now)}


def _check_staff_id(staff_id: str) -> None:
    if not STAFF_ID.fullmatch(staff_id) or staff_id == DEVICE_ACCOUNT:
        raise ApiError(422, "invalid_staff_id", "a staff id is 1 to 40 lower-case letters, digits, - and _, "
                                                f"starting with a letter or digit, and not {DEVICE_ACCOUNT!r}")


def _pin_hash(pin: str) -> str:
    try:
        return hash_pin(pin)
    except ValueError as error:
        raise ApiError(422, "invalid_pin", str(error)) from None


def _check_places(connection: Connection, places: Sequence[str]) -> None:
    """Every place must be one the centre has slots for (withdrawn ones too): a typo would list nobody."""
    known = set(connection.execute(select(slots.c.location_id).where(slots.c.location_id.in_(places))
                                   .distinct()).scalars()) if places else set()
    unknown = sorted(set(places) - known)
    if unknown:
        raise ApiError(422, "unknown_location", f"the centre has no place {', '.join(map(repr, unknown))}",
                       locations=unknown)


def _new_staff_id(connection: Connection) -> str:
    """``s-`` and four letters no account has; longer if four keep meeting taken ones."""
    for length in (4, 4, 4, 6, 6, 8):
        candidate = "s-" + "".join(secrets.choice(_ALPHABET) for _ in range(length))
        if connection.execute(select(staff_accounts.c.staff_id)
                              .where(staff_accounts.c.staff_id == candidate)).first() is None:
            return candidate
    raise ApiError(503, "busy", "no free staff id was found: try again")


def _account_row(connection: Connection, staff_id: str, *, lock: bool = False) -> Any:
    query = select(staff_accounts).where(staff_accounts.c.staff_id == staff_id)
    row = connection.execute(query.with_for_update() if lock else query).first()
    if row is None:
        raise ApiError(404, "unknown_staff", f"there is no staff account {staff_id!r}")
    return row


def _listed(row: Any) -> dict[str, Any]:
    return {"staff_id": row.staff_id, "display_name": row.display_name, "role": row.role,
            "places": json.loads(row.places), "pin": row.pin_hash is not None, "badge": row.badge_hash is not None,
            "created_by": row.created_by, "created_at": format_time(row.created_at),
            "revoked": row.revoked_at is not None,
            "revoked_at": None if row.revoked_at is None else format_time(row.revoked_at),
            "revoked_by": row.revoked_by}


# --- staff devices -----------------------------------------------------------------------------------------


def set_staff_device(engine: Engine, kiosk_id: str, staff_device: bool) -> dict[str, Any]:
    """Mark a kiosk as a staff device (it gets day lists from its next round) or unmark it (it is refused them,
    and deletes those it holds at its next round); setting it as it already is changes nothing. 404
    ``unknown_kiosk``."""
    with engine.begin() as connection:
        changed = connection.execute(update(kiosks).where(kiosks.c.kiosk_id == kiosk_id)
                                     .values(staff_device=staff_device))
        if changed.rowcount != 1:
            raise ApiError(404, "unknown_kiosk", f"no kiosk {kiosk_id!r} is enrolled")
    return {"kiosk_id": kiosk_id, "staff_device": staff_device}


def _staff_device_only(connection: Connection, kiosk_id: str) -> None:
    marked = connection.execute(select(kiosks.c.staff_device).where(kiosks.c.kiosk_id == kiosk_id)).scalar()
    if not marked:
        raise ApiError(403, "not_a_staff_device", f"kiosk {kiosk_id!r} is not a staff device: only a kiosk an "
                                                  "administrator marks as one is given day lists")


# --- the day's list ----------------------------------------------------------------------------------------


def day_list(engine: Engine, kiosk_id: str, location_id: str, day: date, today: date,
             now: datetime) -> dict[str, Any]:
    """``GET /v1/staff/day`` for ``kiosk_id``: the place's bookings that day, names, phones and visits; 403
    ``not_a_staff_device`` (whatever was asked, so it learns nothing of places or days), 404
    ``unknown_location``, 422 ``day_out_of_reach`` for a day too far from ``today`` (the offices' date)."""
    with engine.connect() as connection:
        _staff_device_only(connection, kiosk_id)
        if not today + DAY_LIST_REACH[0] <= day <= today + DAY_LIST_REACH[1]:
            raise ApiError(422, "day_out_of_reach", f"a day list is given for "
                                                    f"{(today + DAY_LIST_REACH[0]).isoformat()} to "
                                                    f"{(today + DAY_LIST_REACH[1]).isoformat()} only")
        _known_location(connection, location_id)
        rows = connection.execute(
            select(bookings.c.reference, bookings.c.slot_id, bookings.c.service_id, slots.c.start_at,
                   slots.c.end_at, booking_people.c.name, booking_people.c.phone, bookings.c.language,
                   bookings.c.kiosk_id, bookings.c.status, visits.c.state, visits.c.at, visits.c.staff_id,
                   visits.c.device)
            .join(slots, slots.c.slot_id == bookings.c.slot_id)
            .outerjoin(booking_people, booking_people.c.reference == bookings.c.reference)
            .outerjoin(visits, visits.c.reference == bookings.c.reference)
            .where(and_(slots.c.location_id == location_id, bookings.c.day == day.isoformat()))
            .order_by(slots.c.start_at, bookings.c.reference)).all()
    return {"location_id": location_id, "day": day.isoformat(), "as_of": format_time(now), "bookings": [
        {"reference": row.reference, "slot_id": row.slot_id, "service_id": row.service_id, "start": row.start_at,
         "end": row.end_at, "name": row.name or "", "phone": row.phone or "", "language": row.language,
         "kiosk_id": row.kiosk_id, "status": row.status,
         "visit": None if row.state is None else {"state": row.state, "at": format_time(row.at),
                                                  "staff_id": row.staff_id, "device": row.device}}
        for row in rows]}


def admin_day(engine: Engine, location_id: str, day: date) -> dict[str, Any]:
    """``GET /v1/admin/staff-day``: what the centre ended up with for a place's day, without names: per booking
    its status, its visit (who, when, from which action; the first check-in), how many audit entries name it
    and its conflicts; and visits of references the centre has no booking of there (a walk-in not yet arrived)."""
    with engine.connect() as connection:
        _known_location(connection, location_id)
        entries = {str(row[0]): int(row[1]) for row in connection.execute(
            select(staff_audit.c.reference, func.count()).where(and_(
                staff_audit.c.location_id == location_id, staff_audit.c.day == day.isoformat(),
                staff_audit.c.reference != "")).group_by(staff_audit.c.reference))}
        conflicts = {str(row[0]): int(row[1]) for row in connection.execute(
            select(staff_conflicts.c.reference, func.count()).where(and_(
                staff_conflicts.c.location_id == location_id, staff_conflicts.c.day == day.isoformat()))
            .group_by(staff_conflicts.c.reference))}
        booked = connection.execute(
            select(bookings.c.reference, bookings.c.slot_id, bookings.c.service_id, slots.c.start_at,
                   slots.c.end_at, bookings.c.status, bookings.c.kiosk_id)
            .join(slots, slots.c.slot_id == bookings.c.slot_id)
            .where(and_(slots.c.location_id == location_id, bookings.c.day == day.isoformat()))
            .order_by(slots.c.start_at, bookings.c.reference)).all()
        references = [row.reference for row in booked]
        held = {row.reference: row for row in connection.execute(select(visits).where(
            (visits.c.reference.in_(references)) | and_(visits.c.location_id == location_id,
                                                          visits.c.day == day.isoformat())))}
    listed = [{"reference": row.reference, "slot_id": row.slot_id, "service_id": row.service_id,
               "start": row.start_at, "end": row.end_at, "status": row.status, "kiosk_id": row.kiosk_id,
               "visit": _visit_view(held.get(row.reference)), "audit_entries": int(entries.get(row.reference, 0)),
               "conflicts": int(conflicts.get(row.reference, 0))} for row in booked]
    listed_references = set(references)
    unbooked = [{"reference": reference, "visit": _visit_view(row), "audit_entries": int(entries.get(reference, 0)),
                 "conflicts": int(conflicts.get(reference, 0))}
                for reference, row in sorted(held.items()) if reference not in listed_references]
    return {"location_id": location_id, "day": day.isoformat(), "bookings": listed, "unbooked_visits": unbooked}


def _known_location(connection: Connection, location_id: str) -> None:
    if connection.execute(select(slots.c.slot_id).where(slots.c.location_id == location_id).limit(1)).first() is None:
        raise ApiError(404, "unknown_location", f"the centre has no place {location_id!r}")


def _visit_view(row: Any) -> dict[str, Any] | None:
    if row is None:
        return None
    first = None if row.checked_in_device is None else {
        "device": row.checked_in_device, "staff_id": row.checked_in_staff,
        "at": format_time(row.checked_in_at), "item_id": row.checked_in_item}
    return {"state": row.state, "at": format_time(row.at), "staff_id": row.staff_id, "device": row.device,
            "seq": row.seq, "item_id": row.item_id, "checked_in": first}


# --- staff actions from the outbox --------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffAction:
    """One audit entry as a device sent it (``entry``: the whole body, which its hash covers), read."""

    entry: Mapping[str, Any]
    device: str
    seq: int
    prev: str
    hash: str
    at: datetime
    staff_id: str
    action: str
    reference: str
    location_id: str
    day: str
    undoes: int | None


def read_staff_action(item_id_given: str, body: Mapping[str, Any]) -> StaffAction:
    """The entry in a ``staff_action`` item, or 422 ``invalid_item`` saying which field is not as the kiosk
    writes it (checked before anything is stored)."""

    def text(name: str, longest: int, *, empty: bool = False) -> str:
        value = body.get(name)
        if not isinstance(value, str) or len(value) > longest or (not value and not empty):
            raise ApiError(422, "invalid_item", f"body.{name} must be text of at most {longest} characters")
        return value

    seq = body.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or not 1 <= seq < 2**31:
        raise ApiError(422, "invalid_item", "body.seq must be a whole number from 1")
    for name in ("prev", "hash"):
        if not isinstance(body.get(name), str) or not _HEX64.fullmatch(body[name]):
            raise ApiError(422, "invalid_item", f"body.{name} must be a SHA-256 in lower-case hex")
    try:
        at = parse_time(body.get("at"))
        day = date.fromisoformat(text("day", 10)).isoformat()
    except (ProtocolError, ValueError) as error:
        raise ApiError(422, "invalid_item", f"body.at or body.day: {error}") from None
    action = text("action", 32)
    if action not in ACTIONS:
        raise ApiError(422, "invalid_item", f"body.action {action!r} is not a staff action")
    detail = body.get("detail")
    if not isinstance(detail, dict):
        raise ApiError(422, "invalid_item", "body.detail must be an object")
    undoes = detail.get("undoes") if action == "undo" else None
    if action == "undo" and (not isinstance(undoes, int) or isinstance(undoes, bool) or not 1 <= undoes < seq):
        raise ApiError(422, "invalid_item", "an undo's body.detail.undoes must be the seq of an earlier entry")
    device = text("device", 64)
    if item_id_given != item_id(device, seq):
        raise ApiError(422, "invalid_item", f"a staff action's item id is {item_id(device, seq)!r}")
    text("role", 16)
    return StaffAction(entry=dict(body), device=device, seq=seq, prev=body["prev"], hash=body["hash"], at=at,
                       staff_id=text("staff_id", 40), action=action, reference=text("reference", 20, empty=True),
                       location_id=text("location_id", 100), day=day, undoes=undoes)


def record_staff_action(connection: Connection, kiosk_id: str, item: str, action: StaffAction, now: datetime) -> None:
    """Apply one audit entry of a device, in the transaction that stores its item (see the module docstring)."""
    if action.device != kiosk_id:
        # A device's chain is its own: another kiosk's entries in it would only ever read as breaks.
        raise ApiError(422, "invalid_item", f"kiosk {kiosk_id} sent an audit entry of device {action.device!r}")
    advisory_lock(connection, f"staff-audit|{action.device}")
    held = connection.execute(select(staff_audit.c.hash, staff_audit.c.item_id).where(and_(
        staff_audit.c.device == action.device, staff_audit.c.seq == action.seq))).first()
    if held is not None:
        if held.hash != action.hash:
            _chain_break(connection, action, now, ChainBreak(
                action.seq, "edited", f"a second entry {action.seq} (item {item}) differs from the one held "
                                      f"(item {held.item_id}): it was not applied"))
        return
    for found in _breaks(connection, action):
        _chain_break(connection, action, now, found)
    before: str | None = None
    # An undo names what it undoes by number; the booking is that entry's.
    if action.action == "undo" or (action.reference and action.action in VISIT_ACTIONS):
        before = _apply_to_visit(connection, item, action, now)
    connection.execute(insert(staff_audit).values(
        device=action.device, seq=action.seq, prev=action.prev, hash=action.hash, action=action.action,
        reference=action.reference, location_id=action.location_id, day=action.day,
        entry=json.dumps(action.entry, ensure_ascii=False, sort_keys=True), item_id=item, visit_before=before,
        received_at=now))


def _breaks(connection: Connection, action: StaffAction) -> list[ChainBreak]:
    """The chain breaks this entry shows, judged with the kiosk's ``verify_chain`` on it and the neighbours
    the centre holds: its own hash, its link to the entry before, and the next entry's link to it (which
    could not be checked until now). Breaks of the neighbours themselves were told when they arrived."""
    around = {row.seq: json.loads(row.entry) for row in connection.execute(
        select(staff_audit.c.seq, staff_audit.c.entry).where(and_(
            staff_audit.c.device == action.device,
            staff_audit.c.seq.in_((action.seq - 1, action.seq + 1)))))}
    before, after = around.get(action.seq - 1), around.get(action.seq + 1)
    run = [*([before] if before is not None else []), dict(action.entry), *([after] if after is not None else [])]
    first_seq = action.seq - 1 if before is not None else action.seq
    found = verify_chain(run, prev=GENESIS if first_seq == 1 else None)
    nxt = action.seq + 1
    return [brk for brk in found if brk.seq == action.seq or (brk.seq == nxt and brk.kind == "prev_mismatch")]


def _chain_break(connection: Connection, action: StaffAction, now: datetime, found: ChainBreak) -> None:
    record_finding(connection, FINDING, action.reference, action.device, now,
                   detail=f"device {action.device}'s staff audit log breaks at {found}")


def _apply_to_visit(connection: Connection, item: str, action: StaffAction, now: datetime) -> str | None:
    """Change the visit as the action says; the visit as it was before (JSON, ``null`` for none), or None when
    the action changed nothing (so an undo of it changes nothing either)."""
    if action.action == "undo":
        return _undo(connection, action, now)
    advisory_lock(connection, f"visit|{action.reference}")
    if _undone(connection, action):
        return None  # its undo arrived first
    row = connection.execute(select(visits).where(visits.c.reference == action.reference).with_for_update()).first()
    mine = {"state": action.action if action.action != "check_in" else "checked_in", "at": action.at,
            "staff_id": action.staff_id, "device": action.device, "seq": action.seq, "item_id": item,
            "changed_at": now}
    checked_in = {"checked_in_device": action.device, "checked_in_staff": action.staff_id,
                  "checked_in_at": action.at, "checked_in_item": item}
    late = row is not None and row.device == action.device and row.seq > action.seq
    if action.action == "check_in":
        if row is None:
            connection.execute(insert(visits).values(reference=action.reference, location_id=action.location_id,
                                                     day=action.day, **mine, **checked_in))
            return "null"
        if row.checked_in_device is None:
            connection.execute(update(visits).where(visits.c.reference == action.reference)
                               .values(**({} if late else mine), **checked_in))
            return _as_json(row)
        if row.checked_in_device != action.device:
            _conflict(connection, item, action, row, now)
        return None  # checked in already: by this device (its own "already checked in"), or the first device
    if late:
        return None  # an older action of the device that set the visit, arriving after the newer one
    if row is None:
        connection.execute(insert(visits).values(reference=action.reference, location_id=action.location_id,
                                                 day=action.day, **mine))
        return "null"
    connection.execute(update(visits).where(visits.c.reference == action.reference).values(**mine))
    return _as_json(row)


def _undo(connection: Connection, action: StaffAction, now: datetime) -> str | None:
    """Put the visit back as it was before the undone entry, if that entry is the one that set it."""
    target = connection.execute(select(staff_audit.c.reference, staff_audit.c.visit_before).where(and_(
        staff_audit.c.device == action.device, staff_audit.c.seq == action.undoes))).first()
    if target is None or target.visit_before is None or not target.reference:
        return None  # not here yet (it is then not applied when it comes), or it changed nothing
    advisory_lock(connection, f"visit|{target.reference}")
    row = connection.execute(select(visits).where(visits.c.reference == target.reference).with_for_update()).first()
    if row is None or row.device != action.device or row.seq != action.undoes:
        return None  # something else changed the visit since: that stands
    restored = json.loads(target.visit_before)
    if restored is None:
        connection.execute(delete(visits).where(visits.c.reference == target.reference))
    else:
        connection.execute(update(visits).where(visits.c.reference == target.reference)
                           .values(**_from_json(restored), changed_at=now))
    return _as_json(row)


def _undone(connection: Connection, action: StaffAction) -> bool:
    """Whether an undo of this entry by its device has arrived already (entries may come out of order)."""
    undos = connection.execute(select(staff_audit.c.entry).where(and_(
        staff_audit.c.device == action.device, staff_audit.c.action == "undo",
        staff_audit.c.seq > action.seq))).scalars()
    return any(json.loads(entry).get("detail", {}).get("undoes") == action.seq for entry in undos)


def _conflict(connection: Connection, item: str, action: StaffAction, row: Any, now: datetime) -> None:
    first = {"device": row.checked_in_device, "staff_id": row.checked_in_staff,
             "at": format_time(row.checked_in_at), "item_id": row.checked_in_item}
    second = {"device": action.device, "staff_id": action.staff_id, "at": format_time(action.at), "item_id": item}
    connection.execute(insert(staff_conflicts).values(
        reference=action.reference, location_id=row.location_id, day=row.day, first_record=json.dumps(first),
        second_record=json.dumps(second), found_at=now))


_VISIT_FIELDS = ("state", "at", "staff_id", "device", "seq", "item_id", "checked_in_device", "checked_in_staff",
                 "checked_in_at", "checked_in_item")
_VISIT_TIMES = ("at", "checked_in_at")


def _as_json(row: Any) -> str:
    return json.dumps({name: (format_time(getattr(row, name)) if name in _VISIT_TIMES and getattr(row, name)
                              else getattr(row, name)) for name in _VISIT_FIELDS})


def _from_json(saved: Mapping[str, Any]) -> dict[str, Any]:
    return {name: (parse_time(saved[name]) if name in _VISIT_TIMES and saved[name] else saved[name])
            for name in _VISIT_FIELDS}


# --- for administrators -------------------------------------------------------------------------------------


def list_conflicts(engine: Engine, open_only: bool, limit: int) -> list[dict[str, Any]]:
    """Check-in conflicts, newest first: both records, and how an administrator resolved it."""
    query = select(staff_conflicts).order_by(staff_conflicts.c.id.desc()).limit(limit)
    if open_only:
        query = query.where(staff_conflicts.c.resolved_at.is_(None))
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return [_conflict_view(row) for row in rows]


def resolve_conflict(engine: Engine, conflict_id: int, note: str, resolved_by: str, now: datetime) -> dict[str, Any]:
    """Mark a conflict resolved with a note; 404 ``unknown_conflict``, 409 ``already_resolved`` (the first
    note stands)."""
    with engine.begin() as connection:
        changed = connection.execute(update(staff_conflicts).where(and_(
            staff_conflicts.c.id == conflict_id, staff_conflicts.c.resolved_at.is_(None)))
            .values(resolved_at=now, resolved_by=resolved_by, resolution=note))
        row = connection.execute(select(staff_conflicts).where(staff_conflicts.c.id == conflict_id)).first()
    if row is None:
        raise ApiError(404, "unknown_conflict", f"there is no staff conflict {conflict_id}")
    if changed.rowcount != 1:
        raise ApiError(409, "already_resolved", f"conflict {conflict_id} was resolved by {row.resolved_by} at "
                                                f"{format_time(row.resolved_at)}")
    return _conflict_view(row)


def _conflict_view(row: Any) -> dict[str, Any]:
    return {"id": row.id, "reference": row.reference, "location_id": row.location_id, "day": row.day,
            "first": json.loads(row.first_record), "second": json.loads(row.second_record),
            "found_at": format_time(row.found_at),
            "resolved_at": None if row.resolved_at is None else format_time(row.resolved_at),
            "resolved_by": row.resolved_by, "resolution": row.resolution}


def audit_status(engine: Engine, device: str | None) -> list[dict[str, Any]]:
    """Per device (or the one given): how many entries arrived, the last seq, the numbers still missing, and
    every break in what is held, judged again with the kiosk's ``verify_chain`` run by run; plus how many
    chain-break findings were recorded as entries arrived."""
    query = select(staff_audit.c.device, staff_audit.c.seq, staff_audit.c.entry).order_by(
        staff_audit.c.device, staff_audit.c.seq)
    found = select(booking_findings.c.kiosk_id, func.count()).where(
        booking_findings.c.kind == FINDING).group_by(booking_findings.c.kiosk_id)
    if device is not None:
        query = query.where(staff_audit.c.device == device)
        found = found.where(booking_findings.c.kiosk_id == device)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
        recorded = {str(row[0]): int(row[1]) for row in connection.execute(found)}
    chains: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for row in rows:
        chains.setdefault(row.device, []).append((int(row.seq), json.loads(row.entry)))
    status = []
    for name, entries in chains.items():
        runs: list[list[tuple[int, dict[str, Any]]]] = []
        for seq, entry in entries:
            if runs and runs[-1][-1][0] == seq - 1:
                runs[-1].append((seq, entry))
            else:
                runs.append([(seq, entry)])
        breaks = [str(brk) for run in runs
                  for brk in verify_chain([entry for _, entry in run], prev=GENESIS if run[0][0] == 1 else None)]
        seqs = {seq for seq, _ in entries}
        missing = [seq for seq in range(1, entries[-1][0]) if seq not in seqs]
        status.append({"device": name, "entries": len(entries), "last_seq": entries[-1][0], "missing": missing,
                       "breaks": breaks, "findings": int(recorded.get(name, 0)),
                       "intact": not breaks and not missing and not recorded.get(name)})
    return status


__all__ = ["DAY_LIST_REACH", "NewAccount", "StaffAction", "admin_day", "audit_status", "create_account",
           "day_list", "kiosk_accounts", "list_accounts", "list_conflicts", "read_staff_action",
           "record_staff_action", "reset_pin", "resolve_conflict", "revoke"]
