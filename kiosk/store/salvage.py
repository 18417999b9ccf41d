"""Saving what a damaged cache still holds before it is rebuilt.

A damaged file's reference data (articles, agencies, the booking catalogue)
comes back from the bundle or the next release. What exists nowhere else is
copied across: bookings (with the slots they hold seats in), outbox items not
yet delivered (agency reports among them), article feedback, the events staff
see, and the kiosk keys.

Each table is read in rowid order, and a damaged page only costs the rows on
it: the table is read from its end backwards, then from its start until a page
fails; from there later start points are tried (further and further on, then
back to the first that reads) until the reading meets what the backward read
found. SQLite's own ``.recover`` would find more, but Debian 12's ``sqlite3`` is
built without the page table it needs ("SQL logic error"), and Python has no
binding for the recovery API. Bookings whose rows were lost but whose outbox
items were read are made again by :mod:`kiosk.booking.recovery`.

Rows go into the new cache through its constraints: a row damage has made
invalid is counted as refused, never forced in. Every booking keeps its seat:
a slot row that was lost is made again from the booking, and a slot never holds
fewer seats than the bookings recovered for it.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

# The tables copied, in order, each with its key column; ``None``: the table's own
# integer id is left behind and made anew. The slots the bookings hold seats in
# are copied before them (_copy_slots).
SALVAGED_TABLES: tuple[tuple[str, str | None], ...] = (
    ("bookings", "reference"),
    ("outbox", "id"),
    ("outbox_delivered", "id"),
    ("article_feedback", None),
    ("events", None),
    ("kiosk_keys", "kiosk_id"),
)
_SLOTS = "booking_slots"

_LARGEST_ROWID = 2**63 - 1
_SMALLEST_ROWID = -(2**63)
_CHUNK = 500


@dataclass
class TableSalvage:
    """What happened to one table's rows."""

    table: str
    in_damaged: int | None = None  # what the damaged file says it held, when it can still count
    read: int = 0
    saved: int = 0
    refused: int = 0  # rows damage made invalid; they stay in the quarantined copy
    first_refusal: str = ""

    def describe(self) -> str:
        counted = f"{self.saved} of {self.in_damaged}" if self.in_damaged is not None else f"{self.saved}"
        text = f"{self.table} {counted}"
        if self.in_damaged is not None and self.read < self.in_damaged:
            text += f" ({self.in_damaged - self.read} on unreadable pages)"
        if self.refused:
            text += f" ({self.refused} refused: {self.first_refusal})"
        return text


@dataclass
class SalvageReport:
    tables: list[TableSalvage] = field(default_factory=list)
    slots_remade: int = 0  # slot rows lost to damage, made again from their bookings

    @property
    def complete(self) -> bool:
        """Every row the damaged file could count was saved."""
        return all(t.in_damaged is not None and t.saved >= t.in_damaged for t in self.tables)

    def saved(self, table: str) -> int:
        return next((t.saved for t in self.tables if t.table == table), 0)

    def summary(self) -> str:
        saved = ", ".join(table.describe() for table in self.tables)
        remade = f"; {self.slots_remade} booking slots remade from their bookings" if self.slots_remade else ""
        verdict = ("everything was saved" if self.complete
                   else "anything not saved is only in the quarantined copy")
        return f"saved {saved}{remade}; {verdict}"


def salvage(damaged: Path, into: sqlite_utils.Database) -> SalvageReport:
    """Copy the person's data that ``damaged`` still holds into ``into``, inside the caller's transaction."""
    report = SalvageReport()
    try:
        source = sqlite3.connect(damaged.resolve().as_uri() + "?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as error:
        log.error("local cache: the damaged file cannot be opened for salvage: %s", error)
        report.tables = [TableSalvage(table) for table, _ in SALVAGED_TABLES]
        return report
    # Damage can cut a character in half: keep the rest of the text rather than lose the row.
    source.text_factory = lambda raw: raw.decode("utf-8", "replace")
    # A damaged schema entry (an index whose table is gone) makes SQLite refuse every table;
    # with writable_schema it reads the entries it can. Nothing is written: the file is read-only.
    source.execute("PRAGMA writable_schema = ON")
    try:
        bookings = _read_table(source, "bookings")
        report.slots_remade = _copy_slots(source, into, *bookings)
        for table, own_key in SALVAGED_TABLES:
            columns, rows = bookings if table == "bookings" else _read_table(source, table)
            result = TableSalvage(table, _count(source, table), len(rows))
            _copy_rows(into, table, columns, rows, own_key, result)
            report.tables.append(result)
    finally:
        source.close()
    return report


def _count(source: sqlite3.Connection, table: str) -> int | None:
    try:
        return int(source.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    except sqlite3.DatabaseError:
        return None


def _read_table(source: sqlite3.Connection, table: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The table's columns, and every row that can still be read, in rowid order."""
    try:
        columns = [str(row[1]) for row in source.execute(f'PRAGMA table_info("{table}")')]
    except sqlite3.DatabaseError:
        return [], []
    if not columns:
        return [], []
    select = "SELECT rowid, " + ", ".join(f'"{column}"' for column in columns) + f' FROM "{table}"'
    rows: dict[int, tuple[Any, ...]] = {}
    lowest_from_end = _read_from(source, select, _LARGEST_ROWID, rows, backwards=True)
    if lowest_from_end is None:
        return columns, [rows[rowid] for rowid in sorted(rows)]  # read whole from the end
    start: int | None = _SMALLEST_ROWID
    while start is not None:
        failed_after = _read_from(source, select, start, rows, stop_at=lowest_from_end)
        if failed_after is None:
            break  # the end, or where the backward scan had already read
        start = _next_readable(source, select, failed_after + 1, lowest_from_end)
    return columns, [rows[rowid] for rowid in sorted(rows)]


def _read_from(source: sqlite3.Connection, select: str, start: int, rows: dict[int, tuple[Any, ...]], *,
               stop_at: int | None = None, backwards: bool = False) -> int | None:
    """Read rows from ``start`` on (or down): None at the end, else the last rowid read before a failure.

    Rows come in chunks, each a query of its own that ends before the next row is
    touched: iterating one long query would lose the row before a damaged page,
    which the driver reads ahead past. A chunk that fails is read again row by row,
    up to the damage. Forwards, ``stop_at`` is where a backward read already began.
    """
    if backwards:
        where, order, step = "rowid <= ?", "DESC", -1
    else:
        where, order, step = "rowid >= ?", "", 1
    last = start - step
    size = _CHUNK
    while True:
        try:
            chunk = source.execute(f"{select} WHERE {where} ORDER BY rowid {order} LIMIT {size}", (start,)).fetchall()
        except sqlite3.DatabaseError:
            if size == 1:
                return last
            size = 1  # up to the damage, one row at a time
            continue
        if not chunk:
            return None
        for row in chunk:
            rowid = int(row[0])
            if (rowid - last) * step <= 0:
                return last  # rowids out of order: a page of noise that happens to parse
            if stop_at is not None and rowid >= stop_at:
                return None
            rows[rowid] = tuple(row[1:])
            last = rowid
        if len(chunk) < size and size > 1:
            return None
        if abs(last) >= _LARGEST_ROWID:
            return None
        start = last + step


def _reads(source: sqlite3.Connection, select: str, start: int) -> bool:
    try:
        source.execute(f"{select} WHERE rowid >= ? ORDER BY rowid LIMIT 1", (start,)).fetchall()
    except sqlite3.DatabaseError:
        return False
    return True


def _next_readable(source: sqlite3.Connection, select: str, start: int, end: int | None) -> int | None:
    """The first rowid from ``start`` at which a scan reads again, past the damaged page; None if none does."""
    limit = _LARGEST_ROWID if end is None else end
    if start > limit:
        return None
    if _reads(source, select, start):
        return start
    failing, step = start, 1
    while True:  # strides double until one lands past the damage
        if failing >= limit:
            return None
        probe = min(limit, failing + step)
        if _reads(source, select, probe):
            break
        failing, step = probe, step * 2
    while probe - failing > 1:  # then back to the first start that reads, so no row in between is skipped
        middle = (failing + probe) // 2
        if _reads(source, select, middle):
            probe = middle
        else:
            failing = middle
    return probe


def _target_columns(into: sqlite_utils.Database, table: str) -> list[str]:
    return [str(row[1]) for row in into.execute(f'PRAGMA table_info("{table}")')]


def _copy_rows(into: sqlite_utils.Database, table: str, columns: list[str], rows: list[tuple[Any, ...]],
               own_key: str | None, result: TableSalvage) -> None:
    wanted = [column for column in _target_columns(into, table) if column in columns]
    if own_key is None:
        wanted = [column for column in wanted if column != "id"]
    if not wanted:
        return
    positions = [columns.index(column) for column in wanted]
    insert = (f'INSERT INTO "{table}" (' + ", ".join(f'"{c}"' for c in wanted) + ") VALUES ("
              + ", ".join("?" * len(wanted)) + ")")
    for row in rows:
        try:
            into.execute(insert, [row[position] for position in positions])
        except sqlite3.IntegrityError as error:
            result.refused += 1
            result.first_refusal = result.first_refusal or str(error)
        else:
            result.saved += 1


def _copy_slots(source: sqlite3.Connection, into: sqlite_utils.Database, columns: list[str],
                rows: list[tuple[Any, ...]]) -> int:
    """Store the slots the recovered bookings hold seats in, with no seat taken yet; return how many were remade.

    The bookings' insert trigger then takes their seats again, so ``booked`` is
    counted afresh rather than trusted from a damaged page. Other slots are made
    again from the schedule when the booking screens first need them.
    """
    if not rows:
        return 0
    index = {column: position for position, column in enumerate(columns)}
    if not {"slot_id", "location_id", "service_id", "start_at", "end_at", "status"} <= index.keys():
        return 0
    held: dict[str, int] = {}
    first_booking: dict[str, tuple[Any, ...]] = {}
    for row in rows:
        slot_id = row[index["slot_id"]]
        if not isinstance(slot_id, str):
            continue
        first_booking.setdefault(slot_id, row)
        held[slot_id] = held.get(slot_id, 0) + (row[index["status"]] == "booked")
    slot_columns, slot_rows = _read_table(source, _SLOTS)
    known = {row[slot_columns.index("id")]: dict(zip(slot_columns, row, strict=True))
             for row in slot_rows} if "id" in slot_columns else {}
    remade = 0
    for slot_id, booking in first_booking.items():
        slot = known.get(slot_id)
        if slot is None:
            remade += 1
            slot = {"location_id": booking[index["location_id"]], "service_id": booking[index["service_id"]],
                    "start_at": booking[index["start_at"]], "end_at": booking[index["end_at"]],
                    "capacity": 0, "withdrawn": 0}
        capacity = max(_as_int(slot.get("capacity")), held[slot_id], 1)
        try:
            into.execute(
                f"INSERT INTO {_SLOTS}(id, location_id, service_id, start_at, end_at, capacity, booked, withdrawn) "
                "VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
                [slot_id, slot.get("location_id"), slot.get("service_id"), slot.get("start_at"), slot.get("end_at"),
                 capacity, 1 if slot.get("withdrawn") == 1 else 0])
        except sqlite3.IntegrityError as error:
            # Its bookings are then refused too, and counted as refused.
            log.error("local cache: slot %s could not be salvaged: %s", slot_id, error)
    return remade


def _as_int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
