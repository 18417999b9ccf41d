"""The heartbeat: how this kiosk is doing, for the fleet view, and how far its clock is off.

The centre judges each kiosk fresh, late or stale against the interval it says it
keeps, and computes the clock's skew from ``clock``. The kiosk learns the skew too,
from the answer's ``server_time`` (or the ``Date`` header), for the staff menu: a
kiosk whose clock is off by hours shows wrong "today" slots.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import requests

from kiosk import __version__, outbox
from kiosk.store import Store
from sync.agent.enrollment import Enrollment
from sync.agent.errors import CentreUnreachable
from sync.agent.http import Timeouts, json_answer
from sync.protocol.errors import MalformedDocument
from sync.protocol.times import as_utc, format_time, parse_time


@dataclass(frozen=True)
class HeartbeatFacts:
    release: int | None
    last_sync_at: str
    last_error: str
    printer: str
    interval_s: int


def heartbeat_body(store: Store, facts: HeartbeatFacts, data_dir: Path, now: datetime) -> dict[str, Any]:
    oldest = outbox.oldest_created(store)
    return {
        "release": facts.release,
        "outbox_depth": outbox.depth(store),
        "outbox_parked": outbox.parked_count(store),
        "outbox_oldest_age_s": None if oldest is None else max(0, int((now - oldest).total_seconds())),
        "last_sync_at": facts.last_sync_at or None,
        "last_error": facts.last_error[:1000] or None,  # a sentence, not a log
        "printer": facts.printer,
        "free_disk_bytes": _free_bytes(data_dir),
        "clock": format_time(now),
        "interval_s": facts.interval_s,
        "app_version": __version__,
    }


def send_heartbeat(session: requests.Session, enrollment: Enrollment, body: dict[str, Any], *,
                   clock: Callable[[], datetime], timeouts: Timeouts) -> int | None:
    """POST the heartbeat; return this kiosk's clock minus the centre's, in seconds (None if not told)."""
    sent_at = clock()
    try:
        response = session.post(f"{enrollment.central_url}/v1/heartbeat", json=body, headers=enrollment.auth(),
                                timeout=timeouts.pair, stream=True)
    except requests.RequestException as error:
        raise CentreUnreachable(f"heartbeat not sent: {error}") from error
    answered_at = clock()
    date_header = response.headers.get("Date", "")
    answer = json_answer(response, expect=(200,))
    server_time = _server_time(answer.get("server_time"), date_header)
    if server_time is None:
        return None
    # The centre read its clock somewhere between sending and answering: take the middle.
    midpoint = sent_at + (answered_at - sent_at) / 2
    return round((midpoint - server_time).total_seconds())


def _server_time(value: object, date_header: str) -> datetime | None:
    if isinstance(value, str):
        try:
            return parse_time(value)
        except MalformedDocument:
            pass
    try:
        return as_utc(parsedate_to_datetime(date_header)) if date_header else None
    except (TypeError, ValueError):
        return None


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None
