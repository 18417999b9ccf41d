"""A small catalogue made in code, a clock that tests move, and a store holding both.

The week of 11 January 2027 (a Monday) is the tests' "now". ``office-a`` opens
Monday to Friday; ``mobile-b`` visits on 14 January and every 2nd Tuesday; the
office is closed on Wednesday 13 January.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from kiosk.booking.catalogue import Catalogue, replace_catalogue
from kiosk.booking.local import LocalAuthority
from kiosk.booking.model import Location, Service
from kiosk.booking.schedule import Closure, MonthlyDay, Schedule, TimeRange, parse_time_range
from kiosk.paths import DataPaths
from kiosk.store import Store, open_store

MONDAY = date(2027, 1, 11)
NOW = datetime(2027, 1, 11, 8, 0)


def texts(english: str) -> dict[str, str]:
    return {tag: f"{english} [{tag}]" for tag in ("uz-Latn", "uz-Cyrl", "ru", "ky", "tg", "en")}


def times(*spans: str) -> tuple[TimeRange, ...]:
    return tuple(parse_time_range(span) for span in spans)


OFFICE = Location("office-a", "office", texts("Office A (fictional)"), texts("1 Test Street"), texts("Testtown"),
                  True)
MOBILE = Location("mobile-b", "mobile", texts("Mobile B (fictional)"), texts("Village hall"), texts("Village B"),
                  True)
CONSULT = Service("consult", texts("Consultation"), 30, 2,
                  {tag: (f"Passport [{tag}]", f"Receipt [{tag}]") for tag in texts("").keys()})
SUBMIT = Service("submit", texts("Submission"), 20, 1, {tag: (f"Passport [{tag}]",) for tag in texts("").keys()})


def make_catalogue(*extra_closures: Closure) -> Catalogue:
    return Catalogue(
        locations=(OFFICE, MOBILE),
        services=(CONSULT, SUBMIT),
        schedules=(
            Schedule("office-a", ("consult",), times("09:00-11:00"), weekdays=frozenset(range(5))),
            Schedule("office-a", ("submit",), times("09:00-10:00"), weekdays=frozenset(range(5))),
            Schedule("mobile-b", ("consult",), times("10:00-11:00"), dates=frozenset({date(2027, 1, 14)}),
                     monthly=(MonthlyDay(2, 1),), capacity=1),
        ),
        closures=(Closure(dates=frozenset({date(2027, 1, 13)}), location_ids=frozenset({"office-a"})),
                  *extra_closures),
    )


class Clock:
    """The kiosk's local time, as the tests set it."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def open_with_catalogue(folder: Path, catalogue: Catalogue | None = None) -> Store:
    store = open_store(DataPaths(folder))
    replace_catalogue(store, catalogue or make_catalogue(), source="tests")
    return store


def authority(store: Store, clock: Clock | None = None, window_days: int = 30) -> LocalAuthority:
    return LocalAuthority(store, now=clock or Clock(), window_days=window_days, kiosk_id="ktest001")


def slot_id(location_id: str, service_id: str, day: date, hhmm: str) -> str:
    return f"{location_id}.{service_id}.{day.isoformat()}T{hhmm}"
