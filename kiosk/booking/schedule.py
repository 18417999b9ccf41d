"""When a location offers a service: opening hours, mobile-office visits, and closures.

A :class:`Schedule` says on which days a location offers some services, and at
which times. The days are any mix of

- ``weekdays``: every Monday, ... (an office's weekly opening hours);
- ``dates``: given dates (a mobile office's announced visits);
- ``monthly``: "the 2nd Tuesday of every month", "the last Friday" (a mobile
  office's standing round, so a schedule never simply runs out),

limited to ``valid_from``..``valid_until`` when those are set. A
:class:`Closure` removes whole days (public holidays, a closed office) for every
location or for some. Both are authored in ``content/booking`` and stored as
JSON in the local cache (:func:`schedule_to_json`), from which
:mod:`kiosk.booking.slots` makes the slots.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TIME_RANGE = re.compile(r"(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})")
ORDINALS = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "last": -1}


@dataclass(frozen=True, order=True)
class TimeRange:
    opens: time
    closes: time

    def __str__(self) -> str:
        return f"{self.opens:%H:%M}-{self.closes:%H:%M}"

    @property
    def minutes(self) -> int:
        return (self.closes.hour * 60 + self.closes.minute) - (self.opens.hour * 60 + self.opens.minute)

    def overlaps(self, other: TimeRange) -> bool:
        return self.opens < other.closes and other.opens < self.closes


@dataclass(frozen=True)
class MonthlyDay:
    """The ``nth`` (1-5, or -1 for the last) ``weekday`` (0 = Monday) of every month."""

    nth: int
    weekday: int

    def falls_on(self, day: date) -> bool:
        if day.weekday() != self.weekday:
            return False
        if self.nth == -1:
            return day.day + 7 > calendar.monthrange(day.year, day.month)[1]
        return (day.day - 1) // 7 + 1 == self.nth

    def __str__(self) -> str:
        ordinal = next(word for word, n in ORDINALS.items() if n == self.nth)
        return f"{ordinal} {WEEKDAYS[self.weekday]}"


@dataclass(frozen=True)
class Schedule:
    location_id: str
    service_ids: tuple[str, ...]
    times: tuple[TimeRange, ...]
    weekdays: frozenset[int] = frozenset()
    dates: frozenset[date] = frozenset()
    monthly: tuple[MonthlyDay, ...] = ()
    valid_from: date | None = None
    valid_until: date | None = None
    capacity: int | None = None  # seats per slot, instead of the service's
    line: int = field(default=0, compare=False)  # where it was authored, for problem reports

    def runs_on(self, day: date) -> bool:
        if self.valid_from is not None and day < self.valid_from:
            return False
        if self.valid_until is not None and day > self.valid_until:
            return False
        return (day.weekday() in self.weekdays or day in self.dates
                or any(rule.falls_on(day) for rule in self.monthly))

    def days(self, first: date, last: date) -> list[date]:
        """Every day from ``first`` to ``last`` (inclusive) the schedule runs on."""
        return [day for day in _day_range(first, last) if self.runs_on(day)]


@dataclass(frozen=True)
class Closure:
    """Whole days on which the given locations (all when empty) offer nothing."""

    dates: frozenset[date] = frozenset()
    ranges: tuple[tuple[date, date], ...] = ()  # inclusive
    annual: frozenset[tuple[int, int]] = frozenset()  # (month, day), every year
    location_ids: frozenset[str] = frozenset()
    reason: Mapping[str, str] = field(default_factory=dict)
    line: int = field(default=0, compare=False)

    def closes(self, location_id: str, day: date) -> bool:
        if self.location_ids and location_id not in self.location_ids:
            return False
        return (day in self.dates or (day.month, day.day) in self.annual
                or any(first <= day <= last for first, last in self.ranges))


def is_closed(closures: tuple[Closure, ...] | list[Closure], location_id: str, day: date) -> bool:
    return any(closure.closes(location_id, day) for closure in closures)


def slot_starts(day: date, span: TimeRange, minutes: int) -> list[datetime]:
    """Starts of back-to-back slots of ``minutes`` that fit wholly inside ``span`` on ``day``."""
    start = datetime.combine(day, span.opens)
    closes = datetime.combine(day, span.closes)
    starts = []
    while start + timedelta(minutes=minutes) <= closes:
        starts.append(start)
        start += timedelta(minutes=minutes)
    return starts


def _day_range(first: date, last: date) -> list[date]:
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


# -- stored form --------------------------------------------------------------------


def schedule_to_json(schedule: Schedule) -> str:
    return json.dumps({
        "location": schedule.location_id,
        "services": list(schedule.service_ids),
        "times": [str(span) for span in schedule.times],
        "weekdays": sorted(schedule.weekdays),
        "dates": sorted(day.isoformat() for day in schedule.dates),
        "monthly": [[rule.nth, rule.weekday] for rule in schedule.monthly],
        "from": schedule.valid_from.isoformat() if schedule.valid_from else None,
        "until": schedule.valid_until.isoformat() if schedule.valid_until else None,
        "capacity": schedule.capacity,
    }, sort_keys=True)


def schedule_from_json(text: str) -> Schedule:
    data: dict[str, Any] = json.loads(text)
    return Schedule(
        location_id=data["location"],
        service_ids=tuple(data["services"]),
        times=tuple(parse_time_range(span) for span in data["times"]),
        weekdays=frozenset(data["weekdays"]),
        dates=frozenset(date.fromisoformat(day) for day in data["dates"]),
        monthly=tuple(MonthlyDay(nth, weekday) for nth, weekday in data["monthly"]),
        valid_from=date.fromisoformat(data["from"]) if data["from"] else None,
        valid_until=date.fromisoformat(data["until"]) if data["until"] else None,
        capacity=data["capacity"],
    )


def closure_to_json(closure: Closure) -> str:
    return json.dumps({
        "dates": sorted(day.isoformat() for day in closure.dates),
        "ranges": [[first.isoformat(), last.isoformat()] for first, last in closure.ranges],
        "annual": sorted([month, day] for month, day in closure.annual),
        "locations": sorted(closure.location_ids),
        "reason": dict(closure.reason),
    }, sort_keys=True, ensure_ascii=False)


def closure_from_json(text: str) -> Closure:
    data: dict[str, Any] = json.loads(text)
    return Closure(
        dates=frozenset(date.fromisoformat(day) for day in data["dates"]),
        ranges=tuple((date.fromisoformat(a), date.fromisoformat(b)) for a, b in data["ranges"]),
        annual=frozenset((month, day) for month, day in data["annual"]),
        location_ids=frozenset(data["locations"]),
        reason=dict(data["reason"]),
    )


# -- authored forms -----------------------------------------------------------------


def parse_time_range(text: str) -> TimeRange:
    """``"09:00-13:00"``; ValueError unless both are HH:MM and it opens before it closes."""
    match = _TIME_RANGE.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not HH:MM-HH:MM")
    try:
        opens = time(int(match.group(1)), int(match.group(2)))
        closes = time(int(match.group(3)), int(match.group(4)))
    except ValueError:
        raise ValueError(f"{text!r} is not HH:MM-HH:MM") from None
    if opens >= closes:
        raise ValueError(f"{text!r} must open before it closes, on the same day")
    return TimeRange(opens, closes)


def parse_weekday(text: str) -> int:
    """``"tue"`` or ``"Tuesday"`` -> 1."""
    key = text.strip().lower()
    for index, (short, full) in enumerate(zip(WEEKDAYS, _WEEKDAY_NAMES, strict=True)):
        if key in (short, full):
            return index
    raise ValueError(f"{text!r} is not a weekday (mon, tue, wed, thu, fri, sat, sun)")


def parse_monthly(text: str) -> MonthlyDay:
    """``"2nd tue"``, ``"last friday"`` -> :class:`MonthlyDay`."""
    parts = text.split()
    if len(parts) != 2 or parts[0].lower() not in ORDINALS:
        raise ValueError(f"{text!r} is not like '2nd tue' or 'last friday' (1st, 2nd, 3rd, 4th, 5th, last)")
    return MonthlyDay(ORDINALS[parts[0].lower()], parse_weekday(parts[1]))


def parse_month_day(text: str) -> tuple[int, int]:
    """``"03-21"`` -> (3, 21); any year's calendar must have it (29 February is allowed)."""
    try:
        month, day = (int(part) for part in text.split("-"))
        date(2028, month, day)  # a leap year, so 02-29 is a real day
    except ValueError:
        raise ValueError(f"{text!r} is not a day of the year as MM-DD") from None
    return month, day
