"""Bookings: one place's day (what was booked and what staff devices made of each visit), bookings per
day and place, the check-in conflicts staff devices left for an administrator, and the booking findings.

The console shows no person's details: :func:`sync.central.staff.admin_day` gives bookings
without names or phones, and conflicts name staff devices and staff ids, never the person.
A conflict (two devices checked the same receipt in) is resolved with a note by a scheduler
(``sync.central.staff.resolve_conflict``); the first check-in stays the visit's either way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from markupsafe import Markup
from sqlalchemy import Engine, and_, func, select
from starlette.responses import Response

from kiosk import reference
from kiosk.booking.model import in_language
from kiosk.release.model import BOOKING, ReleaseInvalid
from kiosk.release.records import catalogue_from_records
from kiosk.text.uzbek import latin_to_cyrillic
from sync.central import bookings as central_bookings
from sync.central import staff
from sync.central.console import audit, charts, web
from sync.central.console.words import N_
from sync.central.errors import ApiError
from sync.central.tables import bookings, slots
from sync.protocol.errors import ProtocolError
from sync.protocol.times import parse_time

router = APIRouter()

#: The chart's days around today: a week back (what happened) and two weeks ahead (what is booked).
DAYS_BEFORE = 7
DAYS_AFTER = 14
LONGEST_NOTE = 1000
FINDINGS_SHOWN = 50
CONFLICTS_SHOWN = 100
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

#: A visit's outcome, as word and icon: what staff devices said happened to the booking.
OUTCOMES: dict[str | None, tuple[str, str, str]] = {
    "checked_in": (N_("checked in"), "✓", "ok"),
    "served": (N_("served"), "✓", "ok"),
    "no_show": (N_("no-show"), "✕", "bad"),
    None: (N_("not yet"), "○", "muted"),
}
STATUSES = {"booked": N_("booked"), "cancelled": N_("cancelled")}
FINDING_WORDS = {
    "duplicate": N_("The same person booked twice"),
    "oversold": N_("A slot sold beyond its seats"),
    "unknown_grant": N_("Sold offline without a grant to pay for the seat"),
    "reference_clash": N_("A reference another booking has"),
    "unknown_booking": N_("A booking or slot the centre does not know"),
    "audit_chain_break": N_("A staff device's audit log does not link up"),
}


# --- the catalogue's names --------------------------------------------------------------------------


@dataclass(frozen=True)
class Names:
    """Places and services by id, named in the viewer's language where the catalogue names them."""

    places: dict[str, str]
    services: dict[str, str]

    def place(self, location_id: str) -> str:
        return self.places.get(location_id, location_id)

    def service(self, service_id: str) -> str:
        return self.services.get(service_id, service_id)


def _said(texts: Mapping[str, str], language: str) -> str:
    if language == "uz-Cyrl" and not texts.get("uz-Cyrl"):
        return latin_to_cyrillic(in_language(texts, "uz-Latn"))
    return in_language(texts, language)


def names(request: Request, language: str) -> Names:
    """The latest booking catalogue's locations (and every place the centre has slots for, withdrawn ones
    too, named by id when the catalogue no longer has them) and services."""
    engine = web.engine_of(request)
    try:
        records = request.app.state.publisher().latest_records(BOOKING) or []
        catalogue = catalogue_from_records(records)
        places = {location.id: _said(location.names, language) for location in catalogue.locations}
        services = {service.id: _said(service.names, language) for service in catalogue.services}
    except (ApiError, ReleaseInvalid, ValueError, KeyError):
        places, services = {}, {}  # no release's files, or a catalogue this code cannot read: ids will do
    with engine.connect() as connection:
        for location_id in connection.execute(select(slots.c.location_id).distinct()).scalars():
            places.setdefault(location_id, location_id)
    return Names(places, services)


# --- one place's day --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DayRow:
    reference: str
    start: str
    end: str
    service: str
    status: str
    outcome: str | None

    @property
    def live(self) -> bool:
        return self.status != "cancelled"


@dataclass(frozen=True)
class Day:
    rows: list[DayRow]
    unbooked: list[tuple[str, str | None]]  # visits of references with no booking here: reference, state

    def totals(self) -> dict[str, int]:
        live = [row for row in self.rows if row.live]
        outcomes = Counter(row.outcome for row in live)
        return {"bookings": len(self.rows), "booked": len(live), "cancelled": len(self.rows) - len(live),
                "checked_in": outcomes["checked_in"], "served": outcomes["served"], "no_show": outcomes["no_show"],
                "not_yet": outcomes[None]}


def place_day(engine: Engine, location_id: str, day: date, known: Names) -> Day:
    found = staff.admin_day(engine, location_id, day)
    rows = [DayRow(_shown(row["reference"]), row["start"][11:], row["end"][11:], known.service(row["service_id"]),
                   row["status"], (row["visit"] or {}).get("state")) for row in found["bookings"]]
    unbooked = [(_shown(row["reference"]), (row["visit"] or {}).get("state")) for row in found["unbooked_visits"]]
    return Day(rows, unbooked)


def _shown(code: str) -> str:
    """A reference as its receipt prints it (a kiosk may have sent something that is not one: shown as sent)."""
    try:
        return reference.display(reference.parse_reference(code))
    except reference.InvalidReference:
        return code


def parse_day(viewer: web.Viewer, text: str) -> date:
    """The day asked for, or a 422 page saying how to write one; today in the offices' zone when none is given."""
    if not text:
        return viewer.now.astimezone(viewer.zone).date()
    try:
        if not _DAY.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise web.ConsoleError(422, viewer._("“{day}” is not a day. Write it as year-month-day, for example "
                                             "2026-12-07.", day=text[:40])) from None


# --- bookings per day and place ---------------------------------------------------------------------


@dataclass(frozen=True)
class PerDay:
    """Live bookings per appointment day (rows) and place (columns)."""

    days: list[date]
    places: list[tuple[str, str]]  # id, name: places with a booking in the window
    counts: dict[tuple[date, str], int]

    def count(self, day: date, location_id: str) -> int:
        return self.counts.get((day, location_id), 0)

    def place_total(self, location_id: str) -> int:
        return sum(self.count(day, location_id) for day in self.days)

    def day_total(self, day: date) -> int:
        return sum(self.count(day, location_id) for location_id, _ in self.places)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def bookings_per_day(engine: Engine, today: date, known: Names) -> PerDay:
    """Bookings for each day from a week before ``today`` to two weeks after, per place, by the day of the
    appointment; cancelled bookings are not counted."""
    first, last = today - timedelta(days=DAYS_BEFORE), today + timedelta(days=DAYS_AFTER)
    days = (last - first).days + 1
    with engine.connect() as connection:
        found = connection.execute(
            select(bookings.c.day, slots.c.location_id, func.count())
            .join(slots, slots.c.slot_id == bookings.c.slot_id)
            .where(and_(bookings.c.status != "cancelled", bookings.c.day >= first.isoformat(),
                        bookings.c.day <= last.isoformat()))
            .group_by(bookings.c.day, slots.c.location_id)).all()
    counts = {(date.fromisoformat(str(row[0])), str(row[1])): int(row[2]) for row in found}
    places = sorted({location_id for _, location_id in counts}, key=lambda place: (known.place(place), place))
    return PerDay([first + timedelta(days=n) for n in range(days)],
                  [(place, known.place(place)) for place in places], counts)


def per_day_chart(viewer: web.Viewer, figures: PerDay) -> Markup:
    return charts.bar_chart(
        viewer._("Bookings per day and place, {first} to {last}", first=figures.days[0].isoformat(),
                 last=figures.days[-1].isoformat()),
        [day.strftime("%m-%d") for day in figures.days],
        [charts.Series(name, tuple(float(figures.count(day, place)) for day in figures.days))
         for place, name in figures.places],
        chart_id="bookings-per-day")


# --- conflicts --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    """One device's check-in of a booking: which device, which staff member (by id), when."""

    device: str
    staff_id: str
    at: datetime | None


@dataclass(frozen=True)
class Conflict:
    id: int
    reference: str
    place: str
    day: str
    first: Record
    second: Record
    found_at: datetime | None


def _moment(text: object) -> datetime | None:
    try:
        return parse_time(text)
    except ProtocolError:
        return None


def _record(given: Mapping[str, Any]) -> Record:
    return Record(str(given.get("device", "")), str(given.get("staff_id", "")), _moment(given.get("at")))


def open_conflicts(engine: Engine, known: Names) -> list[Conflict]:
    return [Conflict(found["id"], _shown(found["reference"]), known.place(found["location_id"]), found["day"],
                     _record(found["first"]), _record(found["second"]), _moment(found["found_at"]))
            for found in staff.list_conflicts(engine, open_only=True, limit=CONFLICTS_SHOWN)]


# --- the page -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Words:
    viewer: web.Viewer

    def outcome(self, state: str | None) -> tuple[str, str, str]:
        word, icon, klass = OUTCOMES.get(state, (state or "", "⚠", "warn"))
        return self.viewer._(word), icon, klass

    def status(self, status: str) -> str:
        return self.viewer._(STATUSES[status]) if status in STATUSES else status

    def finding(self, kind: str) -> str:
        return self.viewer._(FINDING_WORDS[kind]) if kind in FINDING_WORDS else kind

    def reference(self, code: str | None) -> str:
        return "" if code is None else _shown(code)

    def moment(self, text: str | None) -> str:
        return self.viewer.when(_moment(text))


@router.get("/bookings")
def bookings_page(request: Request, viewer: Annotated[web.Viewer, Depends(web.allowed("see_bookings"))],
                  place: Annotated[str, Query(max_length=100)] = "",
                  day: Annotated[str, Query(max_length=40)] = "") -> Response:
    engine = web.engine_of(request)
    chosen_day = parse_day(viewer, day.strip())
    known = names(request, viewer.language)
    place = place.strip()
    chosen = place or next(iter(sorted(known.places, key=lambda one: (known.place(one), one))), "")
    status, problem, listed = 200, None, None
    if chosen and chosen not in known.places:
        status, problem = 404, viewer._("There is no such place: “{place}”. Choose one from the list.", place=place)
    elif chosen:
        listed = place_day(engine, chosen, chosen_day, known)
    today = viewer.now.astimezone(viewer.zone).date()
    figures = bookings_per_day(engine, today, known)
    return web.page(
        request, "bookings/bookings.html", status=status, problem=problem, places=known.places,
        place=chosen if problem is None else place, day=chosen_day, listed=listed, words=_Words(viewer),
        figures=figures, chart=per_day_chart(viewer, figures) if figures.total else None,
        conflicts=open_conflicts(engine, known), findings=central_bookings.list_findings(engine, FINDINGS_SHOWN),
        longest_note=LONGEST_NOTE)


@router.post("/bookings/conflicts/{conflict_id}/resolve")
def resolve_conflict(request: Request, conflict_id: Annotated[int, Path(ge=1, lt=2**31)],
                     posted: Annotated[web.Posted, Depends(web.posted("resolve_conflicts"))]) -> Response:
    viewer, engine = posted.viewer, web.engine_of(request)
    note = web.text_field(posted, "note", LONGEST_NOTE)
    try:
        resolved = staff.resolve_conflict(engine, conflict_id, note, viewer.account.username, viewer.now)
    except ApiError as error:
        if error.status == 404:
            raise web.ConsoleError(404, viewer._("There is no conflict {number}.", number=conflict_id)) from error
        raise web.ConsoleError(409, viewer._("This conflict was resolved already; the first note stands.")) from error
    audit.write(engine, viewer.account, "staff_conflict_resolved", f"staff conflict {conflict_id}", viewer.now,
                reference=resolved["reference"], location_id=resolved["location_id"], day=resolved["day"], note=note)
    back = {name: value for name in ("place", "day")
            if isinstance(value := posted.form.get(name), str) and value and len(value) <= 100}
    return web.redirect(f"{web.PREFIX}/bookings?{urlencode(back)}#conflicts" if back
                        else f"{web.PREFIX}/bookings#conflicts")


__all__ = ["Day", "Names", "PerDay", "bookings_per_day", "names", "parse_day", "place_day", "router"]
