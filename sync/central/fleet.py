"""Heartbeats, and the fleet view: is each kiosk heard from as often as it says it will be?

Each kiosk is judged against its own interval (a kiosk on a metered link may beat
once an hour): fresh, late after twice the interval, stale after six times, or
never seen. Problems are said in words an administrator acts on.
"""

from __future__ import annotations

import json
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


def problems(heartbeat: dict[str, Any], skew_s: int | None) -> list[str]:
    found: list[str] = []
    printer = heartbeat.get("printer")
    if isinstance(printer, str) and printer.strip().lower() not in _PRINTER_OK:
        found.append(f"printer: {printer}")
    free = heartbeat.get("free_disk_bytes")
    if isinstance(free, int) and free < LOW_DISK_BYTES:
        found.append(f"disk nearly full: {free // (1024 * 1024)} MB free")
    parked = heartbeat.get("outbox_parked")
    if isinstance(parked, int) and parked > 0:
        found.append(f"{parked} outbox item{'s' if parked != 1 else ''} parked: staff must look at "
                     f"{'them' if parked != 1 else 'it'}")
    oldest = heartbeat.get("outbox_oldest_age_s")
    if isinstance(oldest, int) and oldest > 3600:
        found.append(f"the oldest unsent outbox item is {_duration(oldest)} old")
    if skew_s is not None and abs(skew_s) > SKEW_LIMIT.total_seconds():
        found.append(f"clock is {_duration(abs(skew_s))} {'fast' if skew_s > 0 else 'slow'}")
    error = heartbeat.get("last_error")
    if isinstance(error, str) and error:
        found.append(f"last sync failed: {error}")
    return found


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
