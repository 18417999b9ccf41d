"""The day's list: one place's bookings for one day, as the centre has them, plus walk-ins made here.

The centre's list (``GET /v1/staff/day``) is fetched before the day, so staff
work the whole day offline; :func:`store_day_list` replaces a place's day with
each fetch but keeps what this device added and the centre has not listed yet
(a walk-in, a check-in of a booking made offline at another kiosk). What the
device's own actions did lives beside it in ``staff_visits``; :func:`day_entries`
merges the two, this device's record winning, since it is the newer.

The list holds names and phone numbers, so it is kept only until the day is over
and every staff action of that day has reached the centre (:func:`purge_day_lists`),
and not at all once the centre says this device is no staff device
(:func:`forget_day_lists`).

Search (:func:`search`) finds a booking by its reference (with or without the
dash, any case), by name as the booking rules match names (either script, any
word order, the start of a word enough: :func:`kiosk.text.names.name_key`), or
by phone (digits only).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from kiosk.reference import InvalidReference, parse_reference
from kiosk.staff.errors import DayListInvalid
from kiosk.text.names import name_key

if TYPE_CHECKING:
    import sqlite_utils

VISIT_STATES = ("checked_in", "served", "no_show")
#: What a list entry shows, one of: booked, checked_in, served, no_show, cancelled.
STATES = ("booked", *VISIT_STATES, "cancelled")
_SLOT_TIME = "%Y-%m-%dT%H:%M"
#: The ``fetched_at`` of a row this device added itself (a walk-in, an unlisted check-in).
LOCAL_FETCH = "local"
_UTC_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


@dataclass(frozen=True)
class Visit:
    """What happened at the visit: who moved it to ``state``, on which device, when (aware UTC)."""

    state: str  # "checked_in" | "served" | "no_show"
    at: datetime
    staff_id: str
    device: str


@dataclass(frozen=True)
class DayBooking:
    reference: str  # undashed
    slot_id: str
    service_id: str
    start: datetime  # naive local wall-clock, as every slot time
    end: datetime
    name: str
    phone: str  # "" when not given
    language: str
    kiosk_id: str  # the kiosk that booked it
    status: str  # "booked" | "cancelled"
    visit: Visit | None


@dataclass(frozen=True)
class DayEntry:
    """One line of the day's list as staff see it."""

    booking: DayBooking
    state: str  # one of STATES: the visit's state, "booked" before one, "cancelled"
    visit: Visit | None  # this device's record if it has one, else the centre's
    walk_in: bool  # booked on this device as a walk-in
    on_list: bool  # the centre listed it (False: added here, the centre has not listed it yet)

    @property
    def reference(self) -> str:
        return self.booking.reference


@dataclass(frozen=True)
class DayCounts:
    booked: int  # every booking not cancelled (walk-ins included): the people expected
    checked_in: int  # checked in and not yet served
    served: int
    no_show: int
    cancelled: int
    walk_ins: int

    @property
    def waiting(self) -> int:
        """Booked and neither checked in nor finished: still to come."""
        return self.booked - self.checked_in - self.served - self.no_show


# --- the centre's document ---------------------------------------------------------------------------


def format_utc(moment: datetime) -> str:
    """``2026-12-07T09:31:02Z``, as the centre writes times (fractions dropped)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: object) -> datetime:
    """An aware UTC moment from ``...Z`` text; ValueError otherwise."""
    if not isinstance(text, str) or not _UTC_TIME.fullmatch(text):
        raise ValueError(f"not a UTC time like 2026-12-07T09:31:02Z: {text!r}")
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def parse_day_list(document: Mapping[str, Any]) -> tuple[str, date, list[DayBooking]]:
    """``(location_id, day, bookings)`` of a ``GET /v1/staff/day`` body; :class:`DayListInvalid` if malformed."""
    if not isinstance(document, Mapping):
        raise DayListInvalid("the day list is not a JSON object")
    location_id = document.get("location_id")
    if not isinstance(location_id, str) or not location_id:
        raise DayListInvalid("location_id is missing or not text")
    try:
        day = date.fromisoformat(str(document.get("day")))
    except ValueError:
        raise DayListInvalid(f"day is not a date: {document.get('day')!r}") from None
    entries = document.get("bookings")
    if not isinstance(entries, list):
        raise DayListInvalid("bookings is missing or not a list")
    bookings: list[DayBooking] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        booking = _parse_booking(index, entry, day)
        if booking.reference in seen:
            raise DayListInvalid(f"bookings[{index}].reference {booking.reference} is listed twice")
        seen.add(booking.reference)
        bookings.append(booking)
    return location_id, day, bookings


def _parse_booking(index: int, entry: object, day: date) -> DayBooking:
    where = f"bookings[{index}]"
    if not isinstance(entry, Mapping):
        raise DayListInvalid(f"{where} is not an object")
    text: dict[str, str] = {}
    for field in ("reference", "slot_id", "service_id", "start", "end", "name", "phone", "language", "kiosk_id",
                  "status"):
        value = entry.get(field)
        if not isinstance(value, str):
            raise DayListInvalid(f"{where}.{field} is missing or not text")
        text[field] = value
    try:
        reference = parse_reference(text["reference"])
    except InvalidReference as error:
        raise DayListInvalid(f"{where}.reference is not a reference: {error}") from None
    where = f"{where} ({reference})"
    for field in ("slot_id", "service_id", "language", "kiosk_id"):
        if not text[field]:
            raise DayListInvalid(f"{where}.{field} is empty")
    times: dict[str, datetime] = {}
    for field in ("start", "end"):
        try:
            times[field] = datetime.strptime(text[field], _SLOT_TIME)
        except ValueError:
            raise DayListInvalid(f"{where}.{field} is not a local time like 2026-12-07T09:30: "
                                 f"{text[field]!r}") from None
    if times["start"].date() != day or times["end"] < times["start"]:
        raise DayListInvalid(f"{where}: the slot {text['start']}..{text['end']} is not on {day.isoformat()}")
    if text["status"] not in ("booked", "cancelled"):
        raise DayListInvalid(f"{where}.status is {text['status']!r}, not booked or cancelled")
    return DayBooking(reference, text["slot_id"], text["service_id"], times["start"], times["end"], text["name"],
                      text["phone"], text["language"], text["kiosk_id"], text["status"],
                      _parse_visit(where, entry.get("visit")))


def _parse_visit(where: str, visit: object) -> Visit | None:
    if visit is None:
        return None
    if not isinstance(visit, Mapping):
        raise DayListInvalid(f"{where}.visit is neither null nor an object")
    state = visit.get("state")
    if state not in VISIT_STATES:
        raise DayListInvalid(f"{where}.visit.state is {state!r}, not one of {', '.join(VISIT_STATES)}")
    try:
        at = parse_utc(visit.get("at"))
    except ValueError as error:
        raise DayListInvalid(f"{where}.visit.at: {error}") from None
    staff_id, device = visit.get("staff_id"), visit.get("device")
    if not isinstance(staff_id, str) or not isinstance(device, str):
        raise DayListInvalid(f"{where}.visit.staff_id and .device must be text")
    return Visit(str(state), at, staff_id, device)


# --- the cache ---------------------------------------------------------------------------------------------


def store_day_list(db: sqlite_utils.Database, location_id: str, day: date, bookings: Sequence[DayBooking],
                   fetched_at: str) -> None:
    """Make ``bookings`` the centre's list of ``location_id`` on ``day``, in the caller's transaction.

    Rows this device added (a walk-in, a check-in of a booking the centre had not
    listed) stay until the centre lists them: the list must not lose a person who
    is in the room.
    """
    # A row this device added is replaced by the centre's once listed, and kept until then.
    db.execute("DELETE FROM staff_day_bookings WHERE location_id = ? AND day = ? AND fetched_at <> ?",
               [location_id, day.isoformat(), LOCAL_FETCH])
    for booking in bookings:
        put_booking(db, location_id, day, booking, fetched_at)


def put_booking(db: sqlite_utils.Database, location_id: str, day: date, booking: DayBooking,
                fetched_at: str) -> None:
    """Add or replace one entry of a day list, in the caller's transaction."""
    visit = booking.visit
    db.execute(
        'INSERT OR REPLACE INTO staff_day_bookings (location_id, day, reference, slot_id, service_id, start, "end",'
        " name, phone, language, kiosk_id, status, visit_state, visit_at, visit_staff, visit_device, fetched_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [location_id, day.isoformat(), booking.reference, booking.slot_id, booking.service_id,
         booking.start.strftime(_SLOT_TIME), booking.end.strftime(_SLOT_TIME), booking.name, booking.phone,
         booking.language, booking.kiosk_id, booking.status,
         None if visit is None else visit.state, None if visit is None else format_utc(visit.at),
         None if visit is None else visit.staff_id, None if visit is None else visit.device, fetched_at],
    )


def fetched_at(db: sqlite_utils.Database, location_id: str, day: date) -> str | None:
    """When the list held for the place and day was fetched; None when there is none."""
    row = db.execute("SELECT max(fetched_at) FROM staff_day_bookings WHERE location_id = ? AND day = ?",
                     [location_id, day.isoformat()]).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def find_booking(db: sqlite_utils.Database, reference: str,
                 location_id: str | None = None, day: date | None = None) -> tuple[str, date, DayBooking] | None:
    """``(location_id, day, booking)`` of ``reference`` on any held list (or the given place and day)."""
    sql = ("SELECT location_id, day, reference, slot_id, service_id, start, \"end\", name, phone, language, kiosk_id,"
           " status, visit_state, visit_at, visit_staff, visit_device FROM staff_day_bookings WHERE reference = ?")
    params: list[Any] = [reference]
    if location_id is not None:
        sql += " AND location_id = ?"
        params.append(location_id)
    if day is not None:
        sql += " AND day = ?"
        params.append(day.isoformat())
    row = db.execute(sql + " ORDER BY day DESC LIMIT 1", params).fetchone()
    return None if row is None else (str(row[0]), date.fromisoformat(str(row[1])), _row_booking(row[2:]))


def _row_booking(row: Sequence[Any]) -> DayBooking:
    visit = None if row[10] is None else Visit(str(row[10]), parse_utc(row[11]), str(row[12]), str(row[13]))
    return DayBooking(str(row[0]), str(row[1]), str(row[2]), datetime.strptime(row[3], _SLOT_TIME),
                      datetime.strptime(row[4], _SLOT_TIME), str(row[5]), str(row[6]), str(row[7]), str(row[8]),
                      str(row[9]), visit)


def own_visits(db: sqlite_utils.Database, location_id: str, day: date) -> dict[str, tuple[Visit, int]]:
    """This device's record per reference for the place and day, with the audit seq that made it."""
    rows = db.execute("SELECT reference, state, at, staff_id, device, seq FROM staff_visits "
                      "WHERE location_id = ? AND day = ?", [location_id, day.isoformat()]).fetchall()
    return {str(r[0]): (Visit(str(r[1]), parse_utc(r[2]), str(r[3]), str(r[4])), int(r[5])) for r in rows}


def day_entries(db: sqlite_utils.Database, location_id: str, day: date) -> list[DayEntry]:
    """The day's list by slot time then name, this device's visits merged in."""
    rows = db.execute("SELECT reference, slot_id, service_id, start, \"end\", name, phone, language, kiosk_id, status,"
                      " visit_state, visit_at, visit_staff, visit_device, fetched_at FROM staff_day_bookings"
                      " WHERE location_id = ? AND day = ? ORDER BY start, name, reference",
                      [location_id, day.isoformat()]).fetchall()
    mine = own_visits(db, location_id, day)
    walk_ins = {str(r[0]) for r in db.execute(
        "SELECT reference FROM staff_audit WHERE location_id = ? AND day = ? AND action = 'walk_in'",
        [location_id, day.isoformat()])}
    entries = []
    for row in rows:
        booking = _row_booking(row[:14])
        own = mine.get(booking.reference)
        visit = booking.visit
        if own is not None:
            # This device's record is what its staff did last; "booked" there is an undone check-in.
            visit = None if own[0].state == "booked" else own[0]
        state = "cancelled" if booking.status == "cancelled" else (visit.state if visit else "booked")
        entries.append(DayEntry(booking, state, visit, booking.reference in walk_ins, str(row[14]) != LOCAL_FETCH))
    return entries


def counts(entries: Iterable[DayEntry]) -> DayCounts:
    """The numbers at the top of the list."""
    listed = list(entries)
    by_state = {state: sum(1 for e in listed if e.state == state) for state in STATES}
    return DayCounts(booked=len(listed) - by_state["cancelled"], checked_in=by_state["checked_in"],
                     served=by_state["served"], no_show=by_state["no_show"], cancelled=by_state["cancelled"],
                     walk_ins=sum(1 for e in listed if e.walk_in and e.state != "cancelled"))


def search(entries: Sequence[DayEntry], query: str) -> list[DayEntry]:
    """Entries whose reference, name or phone matches ``query``; all of them for a blank query.

    A whole reference (dash or not, any case, Cyrillic look-alikes) finds that
    booking; part of one finds those it starts. Words find the names holding them
    all, in either script and any order. Four or more digits (and nothing that is
    not a phone character) find phone numbers containing them.
    """
    query = query.strip()
    if not query:
        return list(entries)
    try:
        reference = parse_reference(query)
    except InvalidReference:
        reference = ""
    if reference:
        return [e for e in entries if e.reference == reference]
    found: list[DayEntry] = []
    compact = "".join(query.split()).replace("-", "").upper()
    digits = re.sub(r"\D", "", query)
    is_phone = len(digits) >= 4 and re.fullmatch(r"[\d\s+()\-.]+", query) is not None
    wanted = name_key(query).split()
    for entry in entries:
        if is_phone and digits in re.sub(r"\D", "", entry.booking.phone):
            found.append(entry)
        elif len(compact) >= 3 and entry.reference.startswith(compact):
            found.append(entry)
        elif wanted and _name_holds(entry.booking.name, wanted):
            found.append(entry)
    return found


def _name_holds(name: str, wanted: list[str]) -> bool:
    """Whether every word of the query begins one of the name's words, compared as the booking rules do.

    The start of a word is enough ("Kari" finds Karimova): staff type while the person spells.
    """
    keys = name_key(name).split()
    return all(any(key.startswith(word) for key in keys) for word in wanted)


def with_visit(booking: DayBooking, visit: Visit | None) -> DayBooking:
    return replace(booking, visit=visit)


# --- which lists, and when they go ----------------------------------------------------------------------


def want_day(db: sqlite_utils.Database, location_id: str, day: date) -> None:
    """Staff asked for this place and day on the device: fetch it too (in the caller's transaction)."""
    db.execute("INSERT OR IGNORE INTO staff_wanted_days (location_id, day) VALUES (?, ?)",
               [location_id, day.isoformat()])


def days_to_fetch(db: sqlite_utils.Database, today: date) -> list[tuple[str, date]]:
    """``(location_id, day)`` lists the device should hold: today's and tomorrow's for every place of every
    non-revoked account (every published place for an account with no places), and any place and day staff
    chose on the device that is not over."""
    places: set[str] = set()
    all_places = [str(row[0]) for row in db.execute("SELECT id FROM booking_locations ORDER BY position, id")]
    for (places_json,) in db.execute("SELECT places_json FROM staff_accounts WHERE revoked = 0"):
        listed = json.loads(places_json)
        places.update(listed if listed else all_places)
    wanted: set[tuple[str, date]] = {(place, day) for place in places
                                     for day in (today, today + timedelta(days=1))}
    for location_id, day in db.execute("SELECT location_id, day FROM staff_wanted_days WHERE day >= ?",
                                       [today.isoformat()]):
        wanted.add((str(location_id), date.fromisoformat(str(day))))
    return sorted(wanted, key=lambda pair: (pair[1], pair[0]))


def purge_day_lists(db: sqlite_utils.Database, today: date) -> int:
    """Forget day lists of days before ``today`` whose staff actions have all reached the centre.

    Returns how many (place, day) lists went. A day with an action still waiting
    in the outbox (parked ones too) is kept: its list is what staff show the
    centre if the action never arrives. Call it in the caller's transaction.
    """
    pending = ("SELECT 1 FROM outbox WHERE kind = 'staff_action' AND json_extract(body, '$.location_id') = "
               "lists.location_id AND json_extract(body, '$.day') = lists.day")
    gone = [(str(r[0]), str(r[1])) for r in db.execute(
        "SELECT DISTINCT location_id, day FROM (SELECT location_id, day FROM staff_day_bookings "
        "UNION SELECT location_id, day FROM staff_visits) AS lists "
        f"WHERE day < ? AND NOT EXISTS ({pending})", [today.isoformat()])]
    for location_id, day in gone:
        db.execute("DELETE FROM staff_day_bookings WHERE location_id = ? AND day = ?", [location_id, day])
        db.execute("DELETE FROM staff_visits WHERE location_id = ? AND day = ?", [location_id, day])
    db.execute("DELETE FROM staff_wanted_days WHERE day < ?", [today.isoformat()])
    return len(gone)


def forget_day_lists(db: sqlite_utils.Database) -> int:
    """Delete every day list the device holds, whatever its day, in the caller's transaction; how many (place,
    day) lists went.

    For a device the centre no longer counts as a staff device: it must not keep names and phones, so the
    rows this device added itself (walk-ins) go too. What its own staff did (``staff_visits``, the audit log)
    holds no names and stays until :func:`purge_day_lists` finds it delivered.
    """
    row = db.execute("SELECT count(*) FROM (SELECT DISTINCT location_id, day FROM staff_day_bookings)").fetchone()
    db.execute("DELETE FROM staff_day_bookings")
    return 0 if row is None else int(row[0])
