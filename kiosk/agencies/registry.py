"""The licensed recruitment-agency registry as the kiosk stores it.

The registry arrives whole (an import or a release) and replaces what was there
in one transaction. ``status`` is what the registry says; whether a licence, or
one destination on it, still holds today is computed here from the dates, so an
old registry never shows a lapsed licence as valid.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from kiosk.store.database import utc_now

if TYPE_CHECKING:
    from kiosk.store import Store

STATUSES = ("active", "suspended", "revoked", "expired", "rejected")

META_AS_OF = "registry_as_of"
META_SOURCE = "registry_source"


@dataclass(frozen=True)
class AgencyName:
    name: str
    kind: str  # 'official' or 'aka'


@dataclass(frozen=True)
class Destination:
    country: str  # ISO 3166-1 alpha-2
    valid_until: date | None


@dataclass(frozen=True)
class StatusChange:
    status: str
    since: date
    reason: str


@dataclass(frozen=True)
class Agency:
    id: str
    names: tuple[AgencyName, ...]
    licence_number: str
    authority: str
    status: str
    status_since: date
    issued: date | None
    expires: date | None
    destinations: tuple[Destination, ...]
    address: str
    phone: str
    website: str
    branches: tuple[str, ...]
    fictional: bool
    changed_at: str
    history: tuple[StatusChange, ...]

    @property
    def official_name(self) -> str:
        for name in self.names:
            if name.kind == "official":
                return name.name
        return self.names[0].name if self.names else ""


@dataclass(frozen=True)
class ImportSummary:
    added: int
    changed: int
    removed: int

    def __str__(self) -> str:
        return f"added {self.added}, changed {self.changed}, removed {self.removed}"


def effective_status(agency: Agency, today: date) -> str:
    """The status to show: an 'active' licence past its expiry date is 'expired'."""
    if agency.status == "active" and agency.expires is not None and agency.expires < today:
        return "expired"
    return agency.status


def permitted_destinations(agency: Agency, today: date) -> tuple[Destination, ...]:
    """Countries the agency may recruit for today: none unless the licence itself holds."""
    if effective_status(agency, today) != "active":
        return ()
    return tuple(d for d in agency.destinations if d.valid_until is None or d.valid_until >= today)


def is_permitted(agency: Agency, country: str, today: date) -> bool:
    return any(d.country == country.upper() for d in permitted_destinations(agency, today))


# Cyrillic capitals that look like Latin ones. Only letters: a letter O is never a
# digit 0, because licence numbers mix both and guessing would merge two licences.
_LOOK_ALIKES = str.maketrans("АВЕКМНОРСТУХІЈЅ", "ABEKMHOPCTYXIJS")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212./\\№#]+")


def normalise_licence(text: str) -> str:
    """The key a licence number is matched by: ``"кр № 004-512"`` -> ``"KP004512"``."""
    # № first: NFKC would spell it "No".
    folded = unicodedata.normalize("NFKC", text.replace("№", " ")).upper().translate(_LOOK_ALIKES)
    return _SEPARATORS.sub("", folded)


def replace_registry(store: Store, agencies: Sequence[Agency], as_of: date, source: str = "",
                     rebuild: Callable[[Store], object] | None = None,
                     approve: Callable[[ImportSummary, int], None] | None = None) -> ImportSummary:
    """Make the stored registry exactly ``agencies``, in one transaction.

    ``rebuild`` runs inside that transaction after the rows are written: the place
    for derived tables (the lookup index), so readers never see them disagree.
    ``approve`` is shown the counts and how many agencies are stored before
    anything is written, and stops the import by raising.

    History is kept: an agency whose status (or its date) differs from the stored
    one gets a new history row with the reason from the import (its last
    ``history`` entry). Agencies that are not in ``agencies`` are removed.
    """
    incoming: dict[str, Agency] = {}
    for agency in agencies:
        if agency.id in incoming:
            raise ValueError(f"agency id {agency.id!r} appears twice")
        if agency.status not in STATUSES:
            raise ValueError(f"agency {agency.id!r}: unknown status {agency.status!r}")
        incoming[agency.id] = agency

    now = utc_now()
    with store.transaction("save the agency registry") as db:
        conn = db.conn
        # Stored agencies are compared one at a time, as they are read: never all in memory.
        not_stored = set(incoming)
        changed_ids: set[str] = set()
        moved_ids: set[str] = set()  # changed, and their status or its date with them
        removed: list[str] = []
        for key, content, status in _stored_contents(conn):
            new = incoming.get(key)
            if new is None:
                removed.append(key)
                continue
            not_stored.discard(key)
            if _content(new) != content:
                changed_ids.add(key)
                if (new.status, new.status_since) != status:
                    moved_ids.add(key)
        added = [a for key, a in incoming.items() if key in not_stored]
        changed = [a for key, a in incoming.items() if key in changed_ids]
        if approve is not None:
            approve(ImportSummary(len(added), len(changed), len(removed)),
                    len(incoming) - len(not_stored) + len(removed))

        conn.executemany("DELETE FROM agencies WHERE id = ?", [(key,) for key in removed])
        for table in ("agency_names", "agency_destinations", "agency_branches"):
            conn.executemany(f"DELETE FROM {table} WHERE agency_id = ?", [(key,) for key in sorted(changed_ids)])
        # In id order: each table's key index then grows at its end instead of all over.
        writes = sorted(added + changed, key=lambda a: a.id)
        conn.executemany(
            "INSERT INTO agencies (id, licence_number, licence_key, authority, status, status_since, issued,"
            " expires, address, phone, website, fictional, changed_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET licence_number = excluded.licence_number,"
            " licence_key = excluded.licence_key, authority = excluded.authority, status = excluded.status,"
            " status_since = excluded.status_since, issued = excluded.issued, expires = excluded.expires,"
            " address = excluded.address, phone = excluded.phone, website = excluded.website,"
            " fictional = excluded.fictional, changed_at = excluded.changed_at",
            (
                (a.id, a.licence_number, normalise_licence(a.licence_number), a.authority, a.status,
                 a.status_since.isoformat(), _iso(a.issued), _iso(a.expires), a.address, a.phone, a.website,
                 int(a.fictional), now)
                for a in writes
            ),
        )
        conn.executemany(
            "INSERT INTO agency_names (agency_id, name, kind) VALUES (?, ?, ?)",
            ((a.id, n.name, n.kind) for a in writes for n in _unique_names(a.names)),
        )
        conn.executemany(
            "INSERT INTO agency_destinations (agency_id, country, valid_until) VALUES (?, ?, ?)",
            ((a.id, d.country, _iso(d.valid_until)) for a in writes for d in a.destinations),
        )
        conn.executemany(
            "INSERT INTO agency_branches (agency_id, address) VALUES (?, ?)",
            ((a.id, branch) for a in writes for branch in a.branches),
        )
        new_status = [a for a in writes if a.id in not_stored or a.id in moved_ids]
        conn.executemany(
            "INSERT INTO agency_status_history (agency_id, status, since, reason) VALUES (?, ?, ?, ?)",
            ((a.id, a.status, a.status_since.isoformat(), a.history[-1].reason if a.history else "")
             for a in new_status),
        )
        store.set_meta(META_AS_OF, as_of.isoformat())
        store.set_meta(META_SOURCE, source)
        if rebuild is not None:
            rebuild(store)
    return ImportSummary(len(added), len(changed), len(removed))


def get_agency(store: Store, agency_id: str) -> Agency | None:
    return _load(store.db, [agency_id]).get(agency_id)


def get_agencies(store: Store, agency_ids: Iterable[str]) -> list[Agency]:
    """Agencies in the order asked for; unknown ids are skipped."""
    wanted = list(agency_ids)
    found = _load(store.db, wanted)
    return [found[key] for key in wanted if key in found]


def registry_as_of(store: Store) -> date | None:
    value = store.get_meta(META_AS_OF)
    return None if not value else date.fromisoformat(value)


# -- storage ----------------------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(value: str | None) -> date | None:
    return None if not value else date.fromisoformat(value)


def _unique_names(names: Iterable[AgencyName]) -> list[AgencyName]:
    # The table's key is (agency, name): the same spelling twice is one name.
    seen: set[str] = set()
    out = []
    for name in names:
        if name.name not in seen:
            seen.add(name.name)
            out.append(name)
    return out


def _content(agency: Agency) -> tuple[Any, ...]:
    """What an import can change, as :func:`_stored_contents` gives it; changed_at and history are the store's own."""
    return (agency.licence_number, agency.authority, agency.status, agency.status_since, agency.issued,
            agency.expires, agency.address, agency.phone, agency.website, tuple(agency.branches), agency.fictional,
            frozenset((name.name, name.kind) for name in _unique_names(agency.names)),
            frozenset((d.country, d.valid_until) for d in agency.destinations))


class _ByAgency:
    """A child table's rows in agency order, taken one agency at a time: a merge join with ``agencies``."""

    def __init__(self, rows: Iterator[tuple[Any, ...]]) -> None:
        self._rows = rows
        self._next = next(rows, None)

    def take(self, agency_id: str) -> list[tuple[Any, ...]]:
        """The rows of ``agency_id``; rows of agencies before it in the order are passed over."""
        taken = []
        while self._next is not None and self._next[0] <= agency_id:
            if self._next[0] == agency_id:
                taken.append(self._next[1:])
            self._next = next(self._rows, None)
        return taken


def _stored_contents(conn: sqlite3.Connection) -> Iterator[tuple[str, tuple[Any, ...], tuple[str, date]]]:
    """Every stored agency as (id, its :func:`_content`, (status, status_since)), read in id order."""
    dates: dict[str, date] = {}  # a registry has a few thousand distinct days, and many agencies each

    def parse(value: str) -> date:
        if value not in dates:
            dates[value] = date.fromisoformat(value)
        return dates[value]

    def day(value: str | None) -> date | None:
        return parse(value) if value else None

    names = _ByAgency(conn.execute("SELECT agency_id, name, kind FROM agency_names ORDER BY agency_id"))
    destinations = _ByAgency(conn.execute(
        "SELECT agency_id, country, valid_until FROM agency_destinations ORDER BY agency_id"))
    branches = _ByAgency(conn.execute("SELECT agency_id, address FROM agency_branches ORDER BY agency_id, rowid"))
    for (key, licence_number, authority, status, status_since, issued, expires, address, phone, website,
         fictional) in conn.execute(
            "SELECT id, licence_number, authority, status, status_since, issued, expires, address, phone, website,"
            " fictional FROM agencies ORDER BY id"):
        since = parse(status_since)
        content = (licence_number, authority, status, since, day(issued), day(expires), address, phone, website,
                   tuple(address for (address,) in branches.take(key)), bool(fictional),
                   frozenset(names.take(key)),
                   frozenset((country, day(until)) for country, until in destinations.take(key)))
        yield key, content, (status, since)


def _load(db: Any, ids: Sequence[str] | None) -> dict[str, Agency]:
    """Agencies by id: all of them (``ids`` None) or the ones asked for."""
    if ids is None:
        where, params = "", []
    else:
        if not ids:
            return {}
        where, params = f" WHERE {{column}} IN ({', '.join('?' * len(ids))})", list(ids)
    conn = db.conn
    names: dict[str, list[AgencyName]] = defaultdict(list)
    for key, name, kind in conn.execute(
        "SELECT agency_id, name, kind FROM agency_names" + where.format(column="agency_id")
        + " ORDER BY kind = 'aka', rowid", params
    ):
        names[key].append(AgencyName(name, kind))
    destinations: dict[str, list[Destination]] = defaultdict(list)
    for key, country, valid_until in conn.execute(
        "SELECT agency_id, country, valid_until FROM agency_destinations" + where.format(column="agency_id")
        + " ORDER BY rowid", params
    ):
        destinations[key].append(Destination(country, _date(valid_until)))
    branches: dict[str, list[str]] = defaultdict(list)
    for key, address in conn.execute(
        "SELECT agency_id, address FROM agency_branches" + where.format(column="agency_id") + " ORDER BY rowid",
        params,
    ):
        branches[key].append(address)
    history: dict[str, list[StatusChange]] = defaultdict(list)
    for key, status, since, reason in conn.execute(
        "SELECT agency_id, status, since, reason FROM agency_status_history" + where.format(column="agency_id")
        + " ORDER BY since, rowid", params
    ):
        history[key].append(StatusChange(status, date.fromisoformat(since), reason))
    agencies: dict[str, Agency] = {}
    for row in conn.execute(
        "SELECT id, licence_number, authority, status, status_since, issued, expires, address, phone,"
        " website, fictional, changed_at FROM agencies" + where.format(column="id"), params
    ):
        key = row[0]
        agencies[key] = Agency(
            id=key, names=tuple(names[key]), licence_number=row[1], authority=row[2], status=row[3],
            status_since=date.fromisoformat(row[4]), issued=_date(row[5]), expires=_date(row[6]),
            destinations=tuple(destinations[key]), address=row[7], phone=row[8], website=row[9],
            branches=tuple(branches[key]), fictional=bool(row[10]), changed_at=row[11],
            history=tuple(history[key]),
        )
    return agencies
