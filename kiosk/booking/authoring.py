"""Reading and checking the booking catalogue administrators author in ``content/booking``.

Four files, described for authors in ``content/booking/README.md``:

- ``locations.toml``: ``[[location]]`` fixed offices and mobile-office stops, with
  name, address and town in every language;
- ``services.toml``: ``[[service]]`` with duration, seats per slot, name and the
  documents to bring, the same list in every language;
- ``schedules.toml``: ``[[hours]]`` weekly opening hours of an office, and
  ``[[visit]]`` the days a mobile office is in a town (``dates`` and/or
  ``monthly = ["2nd tue"]``);
- ``closures.toml``: ``[[closure]]`` public holidays (``annual = ["01-01"]``),
  dates and date ranges on which some or all locations are closed.

Texts are written in uz-Latn, ru, ky, tg and en; uz-Cyrl is generated from
uz-Latn unless written. :func:`check_catalogue` reports every problem as
``file:line: severity: message`` (tomllib gives no positions, so the line is that
of the table or key in the text); :func:`read_catalogue` returns the catalogue or
raises :class:`CatalogueError` with those problems. ``[[FILL: ...]]`` placeholders
are listed as warnings, as in ``kiosk content check``.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from kiosk import languages
from kiosk.booking.catalogue import Catalogue
from kiosk.booking.model import Location, Service
from kiosk.booking.schedule import (
    Closure,
    MonthlyDay,
    Schedule,
    TimeRange,
    parse_month_day,
    parse_monthly,
    parse_time_range,
    parse_weekday,
)
from kiosk.content.check import CheckReport, Problem
from kiosk.text import placeholders
from kiosk.text.uzbek import latin_to_cyrillic

if TYPE_CHECKING:
    from kiosk.content.markdown import Severity

FILES = ("locations.toml", "services.toml", "schedules.toml", "closures.toml")
AUTHORED_LANGUAGES = tuple(tag for tag in languages.TAGS if tag != "uz-Cyrl")
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.-]+)\s*\]\]\s*(#.*)?$")
_SUBTABLE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\"-]+)\s*\]\s*(#.*)?$")
MAX_DURATION = 8 * 60
MAX_CAPACITY = 500
MAX_LEAD = 7 * 24 * 60  # a week
# Schedules are compared over this many days from the check's "today" (and over every authored date).
HORIZON_DAYS = 400

T = TypeVar("T")
Identified = TypeVar("Identified", Location, Service)


class CatalogueError(Exception):
    """The catalogue in a folder has errors; ``problems`` lists every one (warnings too)."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        errors = [str(problem) for problem in problems if problem.severity == "error"]
        super().__init__(f"the booking catalogue has {len(errors)} error(s):\n" + "\n".join(errors))


class _Source:
    """One file's text, to find the line a table or key was written on."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()

    def headers(self, table: str) -> list[int]:
        """0-based line numbers of every ``[[table]]``."""
        return [n for n, line in enumerate(self.lines) if (m := _HEADER.match(line)) and m.group(1) == table]

    def _block(self, table: str, index: int) -> tuple[int, int]:
        starts = self.headers(table)
        if index >= len(starts):
            return 0, len(self.lines)
        start = starts[index]
        end = next((n for n in range(start + 1, len(self.lines)) if _HEADER.match(self.lines[n])), len(self.lines))
        return start, end

    def line(self, table: str, index: int, *keys: str) -> int:
        """1-based line of ``keys`` (a key, then a key inside it) in entry ``index``; else the nearest found."""
        start, end = self._block(table, index)
        found = start
        for depth, key in enumerate(keys):
            key_pattern = re.compile(rf'^\s*"?{re.escape(key)}"?\s*=')
            table_name = ".".join((table, *keys[: depth + 1]))
            hit = None
            for n in range(found + (1 if depth else 0), end):
                line = self.lines[n]
                sub = _SUBTABLE.match(line)
                if sub and sub.group(1).replace('"', "") == table_name:
                    hit = n
                    break
                if depth and sub:  # a key of a sub-table ends at the next table
                    break
                if key_pattern.match(line):
                    hit = n
                    break
            if hit is None:
                break
            found = hit
        return found + 1


@dataclass
class _Check:
    """Problems found so far, and what could be read despite them."""

    problems: list[Problem] = field(default_factory=list)

    def error(self, source: _Source, line: int, message: str) -> None:
        self.problems.append(Problem(source.path, line, message, "error"))

    def warn(self, source: _Source, line: int, message: str) -> None:
        self.problems.append(Problem(source.path, line, message, "warning"))

    def add(self, path: Path, line: int, message: str, severity: Severity) -> None:
        self.problems.append(Problem(path, line, message, severity))


def check_catalogue(folder: Path, today: date | None = None) -> CheckReport:
    """Every problem in the catalogue in ``folder``; ``today`` (default: the real one) is when
    schedules are checked to still offer days."""
    _, report = _read(folder, today or date.today())
    return report


def read_catalogue(folder: Path, today: date | None = None) -> Catalogue:
    """The catalogue in ``folder``; :class:`CatalogueError` if it has any error (warnings pass)."""
    catalogue, report = _read(folder, today or date.today())
    if not report.ok:
        raise CatalogueError(report.problems)
    return catalogue


def _read(folder: Path, today: date) -> tuple[Catalogue, CheckReport]:
    check = _Check()
    tables: dict[str, tuple[_Source, dict[str, Any]]] = {}
    for name in FILES:
        path = folder / name
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            check.add(path, 1, "missing: the booking catalogue needs this file", "error")
            continue
        except (OSError, UnicodeDecodeError) as error:
            check.add(path, 1, f"cannot be read: {error}", "error")
            continue
        source = _Source(path, text)
        for number, description in placeholders.descriptions(text):
            check.warn(source, number, f"placeholder to fill: {description}")
        try:
            tables[name] = (source, tomllib.loads(text))
        except tomllib.TOMLDecodeError as error:
            match = re.search(r"line (\d+)", str(error))
            check.error(source, int(match.group(1)) if match else 1, f"not valid TOML: {error}")
        except RecursionError:
            check.error(source, 1, "not valid TOML: nested too deeply")

    location_list = _entries(check, tables, "locations.toml", "location", _location)
    service_list = _entries(check, tables, "services.toml", "service", _service)
    schedule_list = [*_entries(check, tables, "schedules.toml", "hours", _hours),
                     *_entries(check, tables, "schedules.toml", "visit", _visit)]
    closure_list = _entries(check, tables, "closures.toml", "closure", _closure)
    for file_name, allowed in (("locations.toml", ("location",)), ("services.toml", ("service",)),
                               ("schedules.toml", ("hours", "visit")), ("closures.toml", ("closure",))):
        if file_name not in tables:
            continue
        source, document = tables[file_name]
        for key in document:
            if key not in allowed:
                expected = ", ".join(f"[[{table}]]" for table in allowed)
                check.error(source, _first_line(source, key), f"unknown table {key!r}; this file has {expected}")
        if file_name != "closures.toml" and not any(document.get(table) for table in allowed):
            check.error(source, 1, f"no {' or '.join(f'[[{table}]]' for table in allowed)} entries")

    locations = _unique("location", location_list)
    services = _unique("service", service_list)
    schedules = _cross_check(locations, services, schedule_list, closure_list, today)
    catalogue = Catalogue(
        locations=tuple(loc for loc, entry in locations.values() if entry.ok),
        services=tuple(svc for svc, entry in services.values() if entry.ok),
        schedules=tuple(schedules),
        closures=tuple(closure for closure, entry in closure_list if entry.ok),
    )
    ordered = sorted(set(check.problems), key=lambda p: (str(p.path), p.line, p.severity, p.message))
    return catalogue, CheckReport(tuple(ordered), files=len(FILES))


def _first_line(source: _Source, key: str) -> int:
    for number, line in enumerate(source.lines, start=1):
        if re.match(rf"^\s*\[{{1,2}}\s*{re.escape(key)}[\s.\]]", line) or re.match(rf"^\s*{re.escape(key)}\s*=", line):
            return number
    return 1


Parse = Callable[["_Entry"], T | None]


@dataclass
class _Entry:
    """One ``[[table]]`` entry being read, with what is needed to report on it."""

    check: _Check
    source: _Source
    table: str
    index: int
    data: dict[str, Any]
    ok: bool = True

    @property
    def line(self) -> int:
        return self.source.line(self.table, self.index)

    def error(self, message: str, *keys: str) -> None:
        self.check.error(self.source, self.source.line(self.table, self.index, *keys), message)
        self.ok = False

    def warn(self, message: str, *keys: str) -> None:
        self.check.warn(self.source, self.source.line(self.table, self.index, *keys), message)

    def allow(self, *keys: str) -> None:
        for key in self.data:
            if key not in keys:
                self.error(f"unknown key {key!r} in [[{self.table}]]; allowed: {', '.join(keys)}", key)

    def ident(self, key: str = "id") -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not _ID.match(value):
            self.error(f"{key} {value!r} must be lower-case letters and digits in words joined by '-'", key)
            return ""
        return value

    def whole(self, key: str, low: int, high: int, *, required: bool) -> int | None:
        """The whole number at ``key``; None when absent (an error if required) or wrong."""
        if key not in self.data:
            if required:
                self.error(f"{key} is required (a whole number from {low} to {high})")
            return None
        value = self.data[key]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            self.error(f"{key} must be a whole number from {low} to {high}, not {value!r}", key)
            return None
        return value

    def texts(self, key: str, *, required: bool = True) -> dict[str, str]:
        """``{tag: text}`` in every authored language; uz-Cyrl generated when not written."""
        value = self.data.get(key)
        if value is None and not required:
            return {}
        if not isinstance(value, dict):
            problem = "is required" if value is None else "must be"
            self.error(f"{key} {problem}: a table of texts, one per language ({', '.join(AUTHORED_LANGUAGES)})", key)
            return {}
        texts: dict[str, str] = {}
        for tag, text in value.items():
            if tag not in languages.TAGS:
                self.error(f"{key} has unknown language {tag!r}; languages: {', '.join(languages.TAGS)}", key, tag)
            elif not isinstance(text, str) or not text.strip():
                self.error(f"{key} in {tag} must be a non-empty text", key, tag)
            else:
                texts[tag] = " ".join(text.split())
        missing = [tag for tag in AUTHORED_LANGUAGES if tag not in value]
        if missing:
            report = self.error if required else self.warn
            report(f"{key} has no text in {', '.join(missing)}", key)
        if "uz-Latn" in texts:
            texts.setdefault("uz-Cyrl", latin_to_cyrillic(texts["uz-Latn"]))
        return texts

    def day(self, value: Any, key: str) -> date | None:
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        hint = " (write dates without quotes: 2027-01-15)" if isinstance(value, str) else ""
        self.error(f"{key}: {value!r} is not a date{hint}", key)
        return None

    def days(self, key: str) -> frozenset[date]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            self.error(f"{key} must be a list of dates", key)
            return frozenset()
        return frozenset(day for item in value if (day := self.day(item, key)) is not None)

    def words(self, key: str, parse: Callable[[str], T], *, required: bool = False) -> list[T]:
        """A list of strings (a single string is a list of one), each parsed; errors name the item."""
        value = self.data.get(key, [])
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            self.error(f"{key} must be a list of texts", key)
            return []
        parsed: list[T] = []
        for item in items:
            try:
                parsed.append(parse(item))
            except ValueError as error:
                self.error(f"{key}: {error}", key)
        if required and not items:
            self.error(f"{key} is required", key)
        return parsed

    def period(self) -> tuple[date | None, date | None]:
        first = self.day(self.data["from"], "from") if "from" in self.data else None
        last = self.day(self.data["until"], "until") if "until" in self.data else None
        if first and last and last < first:
            self.error(f"until ({last}) is before from ({first})", "until")
        return first, last


def _entries(check: _Check, tables: dict[str, tuple[_Source, dict[str, Any]]], name: str, table: str,
             parse: Parse[T]) -> list[tuple[T, _Entry]]:
    if name not in tables:
        return []
    source, document = tables[name]
    raw = document.get(table, [])
    if not isinstance(raw, list) or not all(isinstance(data, dict) for data in raw):
        check.error(source, _first_line(source, table), f"write each {table} as a [[{table}]] table")
        return []
    read: list[tuple[T, _Entry]] = []
    for index, data in enumerate(raw):
        entry = _Entry(check, source, table, index, data)
        item = parse(entry)
        if item is not None:
            read.append((item, entry))  # with its errors, if any: others are checked against it
    return read


def _location(entry: _Entry) -> Location | None:
    entry.allow("id", "kind", "fictional", "name", "address", "town")
    kind = entry.data.get("kind")
    if kind not in ("office", "mobile"):
        entry.error(f"kind must be 'office' or 'mobile', not {kind!r}", "kind")
    fictional = entry.data.get("fictional", False)
    if not isinstance(fictional, bool):
        entry.error("fictional must be true or false", "fictional")
    return Location(id=entry.ident(), kind="mobile" if kind == "mobile" else "office",
                    names=entry.texts("name"), address=entry.texts("address"), town=entry.texts("town"),
                    fictional=fictional is True)


def _service(entry: _Entry) -> Service | None:
    entry.allow("id", "name", "duration_minutes", "capacity", "documents", "lead_minutes")
    service_id = entry.ident()
    names = entry.texts("name")
    duration = entry.whole("duration_minutes", 5, MAX_DURATION, required=True)
    capacity = entry.whole("capacity", 1, MAX_CAPACITY, required=True)
    lead = entry.whole("lead_minutes", 0, MAX_LEAD, required=True)
    documents: dict[str, tuple[str, ...]] = {}
    value = entry.data.get("documents")
    if not isinstance(value, dict):
        entry.error("documents must be a table: for each language, the list of documents to bring", "documents")
    else:
        for tag, items in value.items():
            if tag not in languages.TAGS:
                entry.error(f"documents has unknown language {tag!r}", "documents", tag)
            elif (not isinstance(items, list) or not items
                  or not all(isinstance(item, str) and item.strip() for item in items)):
                entry.error(f"documents in {tag} must be a non-empty list of texts", "documents", tag)
            else:
                documents[tag] = tuple(" ".join(item.split()) for item in items)
        missing = [tag for tag in AUTHORED_LANGUAGES if tag not in value]
        if missing:
            entry.error(f"documents has no list in {', '.join(missing)}", "documents")
        if "uz-Latn" in documents:
            documents.setdefault("uz-Cyrl", tuple(latin_to_cyrillic(item) for item in documents["uz-Latn"]))
        lengths = {tag: len(items) for tag, items in documents.items()}
        if len(set(lengths.values())) > 1 and "en" in lengths:
            for tag, length in lengths.items():
                if length != lengths["en"]:
                    entry.error(f"documents in {tag} has {length} items, in en {lengths['en']}: "
                                "every language lists the same documents", "documents", tag)
    # A wrong number is reported above; the service still exists for the schedules that name it.
    return Service(service_id, names, duration or MAX_DURATION, capacity or 1, documents, lead or 0)


def _schedule_common(entry: _Entry, *extra: str) -> tuple[str, tuple[str, ...], tuple[TimeRange, ...]]:
    entry.allow("location", "services", "times", "from", "until", "capacity", *extra)
    location_id = entry.ident("location")
    service_ids = entry.data.get("services")
    if (not isinstance(service_ids, list) or not service_ids
            or not all(isinstance(item, str) and item for item in service_ids)):
        entry.error("services must be a non-empty list of service ids", "services")
        service_ids = []
    times = tuple(sorted(entry.words("times", parse_time_range, required=True)))
    for earlier, later in itertools.pairwise(times):
        if earlier.overlaps(later):
            entry.error(f"times {earlier} and {later} overlap", "times")
    return location_id, tuple(service_ids), times


def _hours(entry: _Entry) -> Schedule | None:
    location_id, service_ids, times = _schedule_common(entry, "weekdays")
    weekdays = frozenset(entry.words("weekdays", parse_weekday, required=True))
    first, last = entry.period()
    capacity = entry.whole("capacity", 1, MAX_CAPACITY, required=False)
    return Schedule(location_id, service_ids, times, weekdays=weekdays, valid_from=first, valid_until=last,
                    capacity=capacity, line=entry.line)


def _visit(entry: _Entry) -> Schedule | None:
    location_id, service_ids, times = _schedule_common(entry, "dates", "monthly")
    dates = entry.days("dates")
    monthly: tuple[MonthlyDay, ...] = tuple(entry.words("monthly", parse_monthly))
    if not dates and not monthly and entry.ok:
        entry.error("a visit needs dates = [...] and/or monthly = [\"2nd tue\", ...]")
    first, last = entry.period()
    capacity = entry.whole("capacity", 1, MAX_CAPACITY, required=False)
    return Schedule(location_id, service_ids, times, dates=dates, monthly=monthly, valid_from=first,
                    valid_until=last, capacity=capacity, line=entry.line)


def _closure(entry: _Entry) -> Closure | None:
    entry.allow("dates", "from", "until", "annual", "locations", "reason")
    dates = entry.days("dates")
    annual = frozenset(entry.words("annual", parse_month_day))
    ranges: tuple[tuple[date, date], ...] = ()
    if ("from" in entry.data) != ("until" in entry.data):
        entry.error("a closed period needs both from and until", "from" if "from" in entry.data else "until")
    else:
        first, last = entry.period()
        if first and last:
            ranges = ((first, last),)
    if not dates and not annual and not ranges and entry.ok:
        entry.error("a closure needs dates, annual or from/until")
    location_ids = entry.data.get("locations", [])
    if not isinstance(location_ids, list) or not all(isinstance(item, str) for item in location_ids):
        entry.error("locations must be a list of location ids (leave it out to close every location)", "locations")
        location_ids = []
    reason = entry.texts("reason", required=False)
    return Closure(dates=dates, ranges=ranges, annual=annual, location_ids=frozenset(location_ids),
                   reason=reason, line=entry.line)


def _unique(table: str, items: Iterable[tuple[Identified, _Entry]]) -> dict[str, tuple[Identified, _Entry]]:
    by_id: dict[str, tuple[Identified, _Entry]] = {}
    for item, entry in items:
        item_id = item.id
        if not item_id:
            continue
        if item_id in by_id:
            entry.error(f"duplicate {table} id {item_id!r} (first at line {by_id[item_id][1].line})", "id")
            continue
        by_id[item_id] = (item, entry)
    return by_id


def _cross_check(locations: dict[str, tuple[Location, _Entry]], services: dict[str, tuple[Service, _Entry]],
                 schedules: list[tuple[Schedule, _Entry]], closures: list[tuple[Closure, _Entry]],
                 today: date) -> list[Schedule]:
    good: list[tuple[Schedule, _Entry]] = []
    for schedule, entry in schedules:
        known = locations.get(schedule.location_id)
        if known is None:
            entry.error(f"no location {schedule.location_id!r} in locations.toml", "location")
        elif entry.table == "hours" and known[0].kind != "office":
            entry.error(f"{schedule.location_id!r} is a mobile office: give its days as a [[visit]]", "location")
        elif entry.table == "visit" and known[0].kind != "mobile":
            entry.error(f"{schedule.location_id!r} is a fixed office: give its weekly [[hours]]", "location")
        for service_id in schedule.service_ids:
            if service_id not in services:
                entry.error(f"no service {service_id!r} in services.toml", "services")
                continue
            minutes = services[service_id][0].duration_minutes
            for span in schedule.times:
                if span.minutes < minutes:
                    entry.error(f"{span} is shorter than one {service_id!r} appointment ({minutes} minutes)", "times")
        if entry.ok:
            good.append((schedule, entry))
    for closure, entry in closures:
        for location_id in sorted(closure.location_ids - set(locations)):
            entry.error(f"no location {location_id!r} in locations.toml", "locations")

    horizon = _horizon(today, [schedule for schedule, _ in good])
    runs = {id(schedule): set(schedule.days(*horizon)) for schedule, _ in good}
    for n, (schedule, entry) in enumerate(good):
        for earlier, earlier_entry in good[:n]:
            if earlier.location_id != schedule.location_id:
                continue
            shared = set(earlier.service_ids) & set(schedule.service_ids)
            clash = any(a.overlaps(b) for a in earlier.times for b in schedule.times)
            common = runs[id(earlier)] & runs[id(schedule)]
            if shared and clash and common:
                entry.error(f"overlaps the schedule at {earlier_entry.source.path.name}:{earlier_entry.line} "
                            f"for {', '.join(sorted(shared))} on {min(common)}: the same seats would be sold twice")
        if not any(day >= today for day in runs[id(schedule)]):
            entry.warn(f"offers no day from {today} on: nobody can book it")

    # Counted over every schedule, faulty ones too: their own errors say what is wrong.
    offered = {service_id for schedule, _ in schedules for service_id in schedule.service_ids}
    for service_id, (_, entry) in services.items():
        if service_id not in offered:
            entry.warn(f"service {service_id!r} is offered by no schedule")
    scheduled = {schedule.location_id for schedule, _ in schedules}
    for location, entry in locations.values():
        if location.id not in scheduled:
            entry.warn(f"location {location.id!r} has no schedule")
    return [schedule for schedule, entry in good if entry.ok]


def _horizon(today: date, schedules: list[Schedule]) -> tuple[date, date]:
    authored = [day for schedule in schedules for day in schedule.dates]
    authored += [day for schedule in schedules for day in (schedule.valid_from, schedule.valid_until) if day]
    first = min([today, *authored])
    last = max([today + timedelta(days=HORIZON_DAYS), *authored])
    return first, min(last, first + timedelta(days=5 * 366))
