"""What the staff screens show, made from ``kiosk.staff``'s answers on the database lane.

Plain functions over the store: rows of the day's list, the counts, and the
facts of a check-in's outcome, in the screen's language where they are words
(service and place names, dates). Sentences and the words for states and
outcomes are the QML's (``qsTr``), so they are translated with the screens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from kiosk import reference
from kiosk.booking import catalogue
from kiosk.staff.accounts import DEVICE_ACCOUNT_ID, load_accounts
from kiosk.staff.daylist import LOCAL_FETCH, counts, day_entries, fetched_at, find_booking, search
from kiosk.staff.visits import MOVES
from kiosk.text.dates import date_time_text, long_date, time_text

if TYPE_CHECKING:
    from kiosk.staff.checkin import CheckInResult
    from kiosk.staff.daylist import DayCounts, Visit
    from kiosk.staff.session import Desk
    from kiosk.store import Store


@dataclass(frozen=True)
class DayView:
    rows: list[dict[str, Any]]
    counts: dict[str, int]
    total: int  # entries before the search
    list_from: str  # when the centre's list was fetched, "" when this device holds none


def count_values(counted: DayCounts) -> dict[str, int]:
    return {"booked": counted.booked, "checkedIn": counted.checked_in, "served": counted.served,
            "noShow": counted.no_show, "cancelled": counted.cancelled, "walkIns": counted.walk_ins}


def staff_names(store: Store) -> dict[str, str]:
    """Staff ids to the names staff know each other by (revoked accounts too: they did what they did)."""
    return {account.staff_id: account.display_name for account in load_accounts(store.db, include_revoked=True)}


def local_time(moment: datetime) -> str:
    """An aware UTC moment as the kiosk's wall-clock ``HH:MM`` (the kiosk's zone is the machine's)."""
    return time_text(moment.astimezone())


def _visit_values(visit: Visit | None, names: dict[str, str], device: str) -> dict[str, Any]:
    if visit is None:
        return {"at": "", "by": "", "byDevice": False, "sameDevice": True}
    return {"at": local_time(visit.at), "by": names.get(visit.staff_id, visit.staff_id),
            "byDevice": visit.staff_id == DEVICE_ACCOUNT_ID, "sameDevice": visit.device == device}


def day_view(store: Store, desk: Desk, query: str, language: str) -> DayView:
    """The desk's list (the part ``query`` finds), its counts (of the whole day) and where it came from."""
    entries = day_entries(store.db, desk.location_id, desk.day)
    names = staff_names(store)
    services: dict[str, str] = {}
    rows = []
    for entry in search(entries, query):
        booking = entry.booking
        if booking.service_id not in services:
            services[booking.service_id] = catalogue.service_name(store, booking.service_id, language)
        rows.append({
            "reference": booking.reference, "shown": reference.display(booking.reference),
            "time": time_text(booking.start), "name": booking.name, "phone": booking.phone,
            "service": services[booking.service_id], "state": entry.state, "walkIn": entry.walk_in,
            # What the row offers is what the visit state machine allows from its state.
            "canCheckIn": entry.state == MOVES["check_in"][0], "canServe": entry.state == MOVES["served"][0],
            "canNoShow": entry.state == MOVES["no_show"][0],
            "canReprint": entry.state != "cancelled" and bool(booking.name.strip()),
            **_visit_values(entry.visit, names, desk.device),
        })
    fetched = fetched_at(store.db, desk.location_id, desk.day)
    list_from = ""
    if fetched is not None and fetched != LOCAL_FETCH:
        moment = datetime.strptime(fetched, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone()
        list_from = date_time_text(moment, language)
    return DayView(rows, count_values(counts(entries)), len(entries), list_from)


def outcome_values(store: Store, desk: Desk, result: CheckInResult, language: str) -> dict[str, Any]:
    """The facts the outcome panel shows beside its word: who, what, when, and for a refusal, why."""
    booking, claims = result.booking, result.claims
    service_id = booking.service_id if booking else (claims.service_id if claims else "")
    start = booking.start if booking else (claims.start if claims else None)
    location_id = claims.location_id if claims else ""
    if not location_id and result.reference and booking is not None:
        found = find_booking(store.db, result.reference)  # a typed reference booked elsewhere
        location_id = found[0] if found else ""
    return {
        "code": result.outcome.value,
        "reference": reference.display(result.reference) if result.reference else "",
        "name": booking.name if booking else "",
        "service": catalogue.service_name(store, service_id, language) if service_id else "",
        "time": time_text(start) if start else "",
        "day": long_date(start.date(), language) if start else "",
        "place": catalogue.location_name(store, location_id, language) if location_id else "",
        "typed": result.admitted and not result.verified,
        "notOnList": result.not_on_list,
        "kiosk": claims.kiosk_id if claims else "",
        **_visit_values(result.visit, staff_names(store), desk.device),
    }
