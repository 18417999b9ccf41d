"""What one central service process is told at start; nothing here changes while it runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Settings:
    #: A SQLAlchemy URL or a path to a SQLite file.
    database: str
    #: Where content-addressed release files are written (``<files_dir>/<sha256>``).
    files_dir: Path
    #: How often a newly enrolled kiosk is told to send a heartbeat.
    heartbeat_interval_s: int = 300
    #: How long a manifest stays current; a kiosk refuses it afterwards (a freeze shows).
    manifest_lifetime: timedelta = timedelta(days=30)
    #: How many earlier releases each dataset keeps a delta from.
    keep_deltas: int = 10
    #: The largest content tree (gzip tar) or registry file accepted, in bytes, and
    #: what a content tree may unpack to.
    max_upload_bytes: int = 64 * 1024 * 1024
    max_unpacked_bytes: int = 256 * 1024 * 1024
    #: How often the centre checks whether the latest release must be published again
    #: (near its expiry, or a kiosk enrolled); 0 turns the check off.
    upkeep_interval_s: float = 300
    #: The offices' time zone (IANA name): slots are in their wall-clock time.
    booking_timezone: str = "Asia/Tashkent"
    #: Offline allowances (``sync.central.allowances``): how many days of slots ahead a kiosk is granted
    #: seats in (0 turns allowances off), at most how many seats per kiosk and slot, at most what share
    #: of a slot's capacity all kiosks together hold, and the lease a kiosk sells a grant for (on its
    #: own clock) plus the margin after which staff may ask why it has not settled.
    allowance_days: int = 2
    allowance_per_slot: int = 2
    allowance_share: float = 0.5
    allowance_lease_s: int = 4 * 3600
    allowance_margin_s: int = 3600
    #: Days after a booking's day that its name and phone are kept for staff devices' day lists
    #: (``sync.central.people``); then the upkeep loop deletes them.
    people_days: int = 2
    #: Mark the console's session cookie Secure (sent over HTTPS only). Off only for a trial on plain
    #: HTTP on one's own machine (``kiosk-central serve --insecure-console-cookies``).
    console_secure_cookies: bool = True
    #: Where the console keeps drafts until they are published; beside the files folder, never in it,
    #: so that a static host serving that folder cannot serve unpublished content. Default:
    #: ``<files_dir>/../console-drafts``.
    drafts_dir: Path | None = None
    #: Run the migrations when the app starts.
    migrate_on_start: bool = True
    #: "Now", injected so that tests pin it.
    clock: Callable[[], datetime] = field(default=system_clock)

    @property
    def console_drafts_dir(self) -> Path:
        return self.drafts_dir if self.drafts_dir is not None else self.files_dir.parent / "console-drafts"
