"""The kiosk's idea of "now", passed in wherever a rule depends on the date or the time.

Booking windows, "today's" slots, the age of the agency registry and the dates
on a verdict all depend on the clock. Passing a :class:`Clock` instead of calling
``datetime.now()`` lets the tests, the screenshots and the benchmarks run at a
pinned moment, so they give the same answer at 09:00, at 16:30 and at 23:59, on
a weekend and on the last day of a month.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Protocol


class Clock(Protocol):
    """Local wall-clock time, naive, as the kiosk shows it."""

    def now(self) -> datetime: ...

    def today(self) -> date: ...


class SystemClock:
    """The machine's own clock."""

    def now(self) -> datetime:
        return datetime.now()

    def today(self) -> date:
        return date.today()


class PinnedClock:
    """Starts at a fixed moment and then runs forward in real time.

    It runs rather than stands still because the screens have timers (the idle
    countdown, "slots that have not started"): a stopped clock would make a
    minute-long test see no time pass at all. The monotonic clock drives it, so a
    change to the machine's clock during a run cannot move it.
    """

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is not None:
            raise ValueError("a pinned moment is local wall-clock time: give it without a time zone")
        self.start = start
        self._origin = time.monotonic()

    def now(self) -> datetime:
        return self.start + timedelta(seconds=time.monotonic() - self._origin)

    def today(self) -> date:
        return self.now().date()

    def __repr__(self) -> str:
        return f"PinnedClock({self.start.isoformat()})"


def parse_moment(text: str) -> datetime:
    """``2026-12-07T09:30`` or ``2026-12-07`` (09:00) for ``--now`` options; ValueError otherwise."""
    text = text.strip()
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is not None:
        raise ValueError(f"{text!r}: give local time without a time zone")
    if "T" not in text and " " not in text:
        moment = moment.replace(hour=9)
    return moment


@dataclass(frozen=True)
class BootMoment:
    """A reading of the machine's boot clock: seconds since this boot, suspend included.

    A lease is counted on it, never on the wall clock, which a kiosk may have
    wrong by a day. The clock starts again at every boot, so a reading is only
    comparable with one from the same ``boot_id``.
    """

    boot_id: str
    seconds: float

    def elapsed_since(self, earlier: BootMoment) -> float | None:
        """Seconds since ``earlier``, or None when a reboot came between (the time between is unknown)."""
        if earlier.boot_id != self.boot_id:
            return None
        return self.seconds - earlier.seconds


_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


def boot_clock() -> BootMoment:
    """Now on the boot clock (``CLOCK_BOOTTIME``, which counts a suspended machine's sleep too)."""
    try:
        boot_id = _BOOT_ID.read_text(encoding="ascii").strip()
    except OSError:
        boot_id = "unknown-boot"  # no /proc: one id for this process's life, so a restart voids leases
        boot_id = f"{boot_id}-{_PROCESS_START}"
    return BootMoment(boot_id, time.clock_gettime(time.CLOCK_BOOTTIME))


_PROCESS_START = f"{time.time_ns()}"
