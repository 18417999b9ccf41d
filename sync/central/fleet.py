"""Heartbeats, and the fleet view: is each kiosk heard from as often as it says it will be?

Each kiosk is judged against its own interval (a kiosk on a metered link may beat
once an hour): fresh, late after twice the interval, stale after six times, or
never seen. Problems are said in words an administrator acts on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, select, update

from sync.central.tables import heartbeats, kiosks
from sync.protocol.errors import MalformedDocument
from sync.protocol.times import format_time, parse_time

LATE_AFTER = 2
STALE_AFTER = 6
SKEW_LIMIT = timedelta(minutes=5)
LOW_DISK_BYTES = 500 * 1024 * 1024
_PRINTER_OK = {"ok", "ready", "idle", "printing", "none", ""}


def record_heartbeat(engine: Engine, kiosk_id: str, body: dict[str, Any], now: datetime) -> int | None:
    """Store a heartbeat; the kiosk clock's skew against ours in seconds (None if it sent no readable clock)."""
    try:
        skew: int | None = round((parse_time(body.get("clock")) - now).total_seconds())
    except MalformedDocument:
        skew = None
    text = json.dumps(body)
    values: dict[str, Any] = {"last_seen_at": now, "last_heartbeat": text, "last_skew_s": skew}
    interval = body.get("interval_s")
    if isinstance(interval, int) and not isinstance(interval, bool) and interval > 0:
        values["heartbeat_interval_s"] = interval
    with engine.begin() as connection:
        connection.execute(insert(heartbeats).values(kiosk_id=kiosk_id, received_at=now, skew_s=skew, body=text))
        connection.execute(update(kiosks).where(kiosks.c.kiosk_id == kiosk_id).values(**values))
    return skew


def judge(last_seen: datetime | None, interval_s: int, now: datetime) -> str:
    if last_seen is None:
        return "never_seen"
    age = now - last_seen
    if age > timedelta(seconds=STALE_AFTER * interval_s):
        return "stale"
    if age > timedelta(seconds=LATE_AFTER * interval_s):
        return "late"
    return "fresh"


def _duration(seconds: int) -> str:
    if seconds < 3600:
        return f"{max(1, seconds // 60)} min"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} h {seconds % 3600 // 60} min"
    return f"{seconds // 86400} days"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a kiosk, as facts: ``kind`` (one of :data:`PROBLEM_KINDS`) and the number or text
    it is about, so the console can say it in the viewer's language; ``str()`` says it in English."""

    kind: str
    value: int | str

    def __str__(self) -> str:
        value = self.value
        if self.kind == "printer":
            return f"printer: {value}"
        if self.kind == "low_disk":
            return f"disk nearly full: {value} MB free"
        if self.kind == "parked":
            plural = value != 1
            return (f"{value} outbox item{'s' if plural else ''} parked: staff must look at "
                    f"{'them' if plural else 'it'}")
        if self.kind == "old_outbox":
            return f"the oldest unsent outbox item is {_duration(int(value))} old"
        if self.kind in ("clock_fast", "clock_slow"):
            return f"clock is {_duration(int(value))} {'fast' if self.kind == 'clock_fast' else 'slow'}"
        return f"last sync failed: {value}"


#: Every kind of :class:`Problem`, in the order :func:`found_problems` reports them.
PROBLEM_KINDS = ("printer", "low_disk", "parked", "old_outbox", "clock_fast", "clock_slow", "sync_failed")


def found_problems(heartbeat: dict[str, Any], skew_s: int | None) -> list[Problem]:
    found: list[Problem] = []
    printer = heartbeat.get("printer")
    if isinstance(printer, str) and printer.strip().lower() not in _PRINTER_OK:
        found.append(Problem("printer", printer))
    free = heartbeat.get("free_disk_bytes")
    if isinstance(free, int) and free < LOW_DISK_BYTES:
        found.append(Problem("low_disk", free // (1024 * 1024)))
    parked = heartbeat.get("outbox_parked")
    if isinstance(parked, int) and parked > 0:
        found.append(Problem("parked", parked))
    oldest = heartbeat.get("outbox_oldest_age_s")
    if isinstance(oldest, int) and oldest > 3600:
        found.append(Problem("old_outbox", oldest))
    if skew_s is not None and abs(skew_s) > SKEW_LIMIT.total_seconds():
        found.append(Problem("clock_fast" if skew_s > 0 else "clock_slow", abs(skew_s)))
    error = heartbeat.get("last_error")
    if isinstance(error, str) and error:
        found.append(Problem("sync_failed", error))
    return found


def problems(heartbeat: dict[str, Any], skew_s: int | None) -> list[str]:
    """The kiosk's problems in English words an administrator acts on."""
    return [str(problem) for problem in found_problems(heartbeat, skew_s)]


def fleet(engine: Engine, now: datetime) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        rows = connection.execute(select(kiosks).order_by(kiosks.c.kiosk_id)).all()
    view = []
    for row in rows:
        heartbeat = json.loads(row.last_heartbeat) if row.last_heartbeat else None
        view.append({
            "kiosk_id": row.kiosk_id,
            "enrolled_at": format_time(row.enrolled_at),
            "app_version": (heartbeat or {}).get("app_version") or row.app_version,
            "interval_s": row.heartbeat_interval_s,
            "last_seen_at": None if row.last_seen_at is None else format_time(row.last_seen_at),
            "state": judge(row.last_seen_at, row.heartbeat_interval_s, now),
            "clock_skew_s": row.last_skew_s,
            "heartbeat": heartbeat,
            "problems": [] if heartbeat is None else problems(heartbeat, row.last_skew_s),
            "staff_device": bool(row.staff_device),
        })
    return view
