"""The ``registry`` dataset: licensed agencies, with the agency lookup index.

A whole registry is staged and swapped in (:mod:`kiosk.release.staging`): its
rows are written ahead in short transactions and the switch only renames
tables. A small one (the bundled sample, a test) and one applied inside a
caller's transaction (the first start's seed) are written in the switch itself.
A delta changes its agencies' rows, and their rows of the lookup index only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kiosk.agencies import lookup
from kiosk.agencies.registry import META_AS_OF, META_SOURCE, STATUSES, Agency, normalise_licence
from kiosk.release import staging
from kiosk.release.model import REGISTRY, DatasetDelta, DatasetSnapshot, Record, ReleaseInvalid
from kiosk.release.prepared import Prepared
from kiosk.release.records import (
    REGISTRY_ABOUT,
    RegistryAbout,
    agency_from_record,
    agency_key,
    registry_about_from_record,
)

if TYPE_CHECKING:
    import sqlite3

    from kiosk.store import Store

# From this many agencies a snapshot is staged rather than written in the switch.
STAGE_FROM = 2_000

_INSERT_AGENCY = ("INSERT INTO agencies (id, licence_number, licence_key, authority, status, status_since, issued,"
                  " expires, address, phone, website, fictional, changed_at)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_INSERT_NAME = "INSERT INTO agency_names (agency_id, name, kind) VALUES (?, ?, ?)"
_INSERT_DESTINATION = "INSERT INTO agency_destinations (agency_id, country, valid_until) VALUES (?, ?, ?)"
_INSERT_BRANCH = "INSERT INTO agency_branches (agency_id, address) VALUES (?, ?)"
_INSERT_HISTORY = "INSERT INTO agency_status_history (agency_id, status, since, reason) VALUES (?, ?, ?, ?)"

# Parents first: staged rows go in in this order, and old tables are dropped in the reverse.
TABLES = ("agencies", "agency_names", "agency_destinations", "agency_branches", "agency_status_history",
          "agency_lookup_names", "agency_lookup_search", "agency_lookup_grams", "agency_lookup_licences")
_LOOKUP_FTS = "agency_lookup_search"


@dataclass
class _Rows:
    """Every row the agencies make, in each table's insert statement's column order."""

    agencies: list[tuple[Any, ...]] = field(default_factory=list)
    names: list[tuple[Any, ...]] = field(default_factory=list)
    destinations: list[tuple[Any, ...]] = field(default_factory=list)
    branches: list[tuple[Any, ...]] = field(default_factory=list)
    history: list[tuple[Any, ...]] = field(default_factory=list)

    def plan(self) -> list[tuple[str, str, Sequence[tuple[Any, ...]]]]:
        return [("agencies", _INSERT_AGENCY, self.agencies), ("agency_names", _INSERT_NAME, self.names),
                ("agency_destinations", _INSERT_DESTINATION, self.destinations),
                ("agency_branches", _INSERT_BRANCH, self.branches),
                ("agency_status_history", _INSERT_HISTORY, self.history)]


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def _rows(agencies: Sequence[Agency]) -> _Rows:
    rows = _Rows()
    # In id order: each table's key index then grows at its end instead of all over.
    for a in sorted(agencies, key=lambda agency: agency.id):
        rows.agencies.append((a.id, a.licence_number, normalise_licence(a.licence_number), a.authority, a.status,
                              a.status_since.isoformat(), _iso(a.issued), _iso(a.expires), a.address, a.phone,
                              a.website, int(a.fictional), a.changed_at))
        seen: set[str] = set()  # the table's key is (agency, name): the same spelling twice is one name
        for name in a.names:
            if name.name not in seen:
                seen.add(name.name)
                rows.names.append((a.id, name.name, name.kind))
        rows.destinations += [(a.id, d.country, _iso(d.valid_until)) for d in a.destinations]
        rows.branches += [(a.id, branch) for branch in a.branches]
        rows.history += [(a.id, h.status, h.since.isoformat(), h.reason) for h in a.history]
    return rows


def _parse(records: Iterable[Record], changed_at: str) -> tuple[list[Agency], RegistryAbout | None]:
    agencies: list[Agency] = []
    about: RegistryAbout | None = None
    seen: set[str] = set()
    for record in records:
        key = str(record.get("key", "")) if isinstance(record, dict) else ""
        if key in seen:
            raise ReleaseInvalid(REGISTRY, key, "appears twice")
        seen.add(key)
        if key == REGISTRY_ABOUT:
            about = registry_about_from_record(record)
            continue
        if not key.startswith("agency:"):
            raise ReleaseInvalid(REGISTRY, key, "not an agency key or registry:about")
        agency = agency_from_record(record, changed_at)
        if key != agency_key(agency.id):
            raise ReleaseInvalid(REGISTRY, key, f"the record is {agency_key(agency.id)!r}")
        if agency.status not in STATUSES:
            raise ReleaseInvalid(REGISTRY, key, f"unknown status {agency.status!r}")
        if not agency.names or any(name.kind not in ("official", "aka") for name in agency.names):
            raise ReleaseInvalid(REGISTRY, key, "needs names, each 'official' or 'aka'")
        agencies.append(agency)
    return agencies, about


def _write_about(conn: sqlite3.Connection, about: RegistryAbout | None) -> None:
    if about is None:
        return
    upsert = "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    if about.as_of is None:
        conn.execute("DELETE FROM meta WHERE key = ?", [META_AS_OF])
    else:
        conn.execute(upsert, [META_AS_OF, about.as_of.isoformat()])
    conn.execute(upsert, [META_SOURCE, about.source])


class RegistrySnapshot(Prepared):
    def __init__(self, records: list[Record], changed_at: str, *, staged: bool) -> None:
        agencies, self.about = _parse(records, changed_at)
        self.rows = _rows(agencies)
        entries = lookup.name_entries((row[0], row[1]) for row in self.rows.names)
        self.lookup_names, self.lookup_search, self.grams = lookup.lookup_rows(entries)
        self.licences = lookup.licence_rows((a.id, a.licence_number) for a in agencies)
        self.staged = staged and len(agencies) >= STAGE_FROM
        super().__init__(REGISTRY, "snapshot", len(records), 0)

    def _plan(self) -> list[tuple[str, str, Sequence[tuple[Any, ...]]]]:
        return [*self.rows.plan(), ("agency_lookup_names", lookup.INSERT_NAME, self.lookup_names),
                (_LOOKUP_FTS, lookup.INSERT_SEARCH, self.lookup_search),
                ("agency_lookup_grams", lookup.INSERT_GRAM, self.grams),
                ("agency_lookup_licences", lookup.INSERT_LICENCE, self.licences)]

    def stage(self, store: Store) -> None:
        if not self.staged:
            return
        staging.create_staging(store, TABLES)
        for table, statement, rows in self._plan():
            staging.fill(store, table, statement, rows)
        staging.merge_full_text(store, _LOOKUP_FTS)

    def write(self, store: Store) -> None:
        conn = store.db.conn
        if self.staged:
            staging.switch_in(conn, TABLES)
        else:
            conn.execute("DELETE FROM agencies")  # names, destinations, branches, history go with them
            for table in ("agency_lookup_names", "agency_lookup_grams", "agency_lookup_licences"):
                conn.execute(f"DELETE FROM {table}")
            conn.execute(f"INSERT INTO {_LOOKUP_FTS}({_LOOKUP_FTS}) VALUES ('delete-all')")
            for _, statement, rows in self._plan():
                conn.executemany(statement, rows)
            conn.execute(f"INSERT INTO {_LOOKUP_FTS}({_LOOKUP_FTS}) VALUES ('optimize')")
        _write_about(conn, self.about)

    def finish(self, store: Store) -> None:
        if self.staged:
            staging.drop_old(store, TABLES)

    def discard(self, store: Store) -> None:
        if self.staged:
            staging.drop_staging(store, TABLES)


class RegistryDelta(Prepared):
    def __init__(self, delta: DatasetDelta, changed_at: str) -> None:
        agencies, self.about = _parse(delta.upsert, changed_at)
        self.rows = _rows(agencies)
        self.entries = lookup.name_entries((row[0], row[1]) for row in self.rows.names)
        self.licences = lookup.licence_rows((a.id, a.licence_number) for a in agencies)
        self.deleted: list[str] = []
        self.forget_about = False
        for key in delta.delete:
            if key == REGISTRY_ABOUT:
                self.forget_about = True
            elif key.startswith("agency:"):
                self.deleted.append(key.partition(":")[2])
            else:
                raise ReleaseInvalid(REGISTRY, key, "not an agency key or registry:about")
        self.changed = [row[0] for row in self.rows.agencies]
        super().__init__(REGISTRY, "delta", len(delta.upsert), len(delta.delete))

    def write(self, store: Store) -> None:
        conn = store.db.conn
        gone = [*self.changed, *self.deleted]
        lookup.unindex_agencies(conn, gone)  # found through the rows about to change: first
        # names, destinations, branches and history go with their agency (ON DELETE CASCADE)
        conn.executemany("DELETE FROM agencies WHERE id = ?", [(agency_id,) for agency_id in gone])
        for _, statement, rows in self.rows.plan():
            conn.executemany(statement, rows)
        lookup.index_agencies(conn, self.entries, self.licences)
        if self.forget_about:
            conn.execute("DELETE FROM meta WHERE key IN (?, ?)", [META_AS_OF, META_SOURCE])
        _write_about(conn, self.about)


def prepare(change: DatasetSnapshot | DatasetDelta, changed_at: str, *, may_stage: bool) -> Prepared:
    if isinstance(change, DatasetSnapshot):
        return RegistrySnapshot(change.records, changed_at, staged=may_stage)
    return RegistryDelta(change, changed_at)
