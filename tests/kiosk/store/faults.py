"""Real faults for the store's tests: a small tmpfs, a full disk, a read-only bind mount, another user.

Mounting needs root (CAP_SYS_ADMIN). A test that needs it skips, naming the
reason, only when this process is not root; as root a mount that fails is a
failure, since CI and the development machines run the tests as root.

Also a ledger of what a kiosk told people: the bookings it confirmed and the
reports it took, and the outbox items waiting to be sent. After any fault,
:meth:`Ledger.assert_kept` checks that every one of them is still there.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest

from kiosk import config, outbox
from kiosk.agencies.reports import AgencyReport, submit_report
from kiosk.booking import Booking, BookingError, BookingRequest, LocalAuthority
from kiosk.store import Store

ROOT = Path(__file__).resolve().parents[3]
NOW = datetime(2027, 1, 11, 8, 0)  # a Monday: the bundled visa centre is open all week
MONDAY = NOW.date()
SERVICE, LOCATION = "visa-submission", "sample-visa-centre"


def settings(data_dir: Path) -> config.Config:
    return config.load(data_dir=data_dir, environ={})


def authority(store: Store) -> LocalAuthority:
    return LocalAuthority(store, now=lambda: NOW, window_days=30, kiosk_id="kfaults1")


def first_free_slot(kiosk: LocalAuthority) -> str:
    for day in range(11, 16):
        for slot in kiosk.slots(SERVICE, LOCATION, date(2027, 1, day)):
            if slot.free:
                return slot.id
    raise AssertionError("the week is full")


def mount_or_skip(*command: str) -> None:
    """Run ``mount ...``: skip when this process may not mount at all, fail when root cannot."""
    result = subprocess.run(["mount", *command], capture_output=True, text=True, check=False)
    if result.returncode == 0:
        return
    if os.geteuid() != 0:
        pytest.skip(f"needs root to mount ({' '.join(command)}); running as uid {os.geteuid()}: {result.stderr}")
    raise AssertionError(f"root could not mount {' '.join(command)}: {result.stderr}")


def unmount(target: Path) -> None:
    if subprocess.run(["umount", str(target)], capture_output=True, check=False).returncode != 0:
        subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


@contextmanager
def small_tmpfs(where: Path, megabytes: int) -> Iterator[Path]:
    """A tmpfs of ``megabytes`` MiB mounted at ``where`` for the block."""
    where.mkdir(parents=True, exist_ok=True)
    mount_or_skip("-t", "tmpfs", "-o", f"size={megabytes}m,mode=0755", "tmpfs", str(where))
    try:
        yield where
    finally:
        unmount(where)


def resize(where: Path, megabytes: int) -> None:
    subprocess.run(["mount", "-o", f"remount,size={megabytes}m", str(where)], check=True)


@contextmanager
def read_only_view(source: Path, target: Path) -> Iterator[Path]:
    """``source`` seen read-only at ``target`` (a read-only bind mount), for the block."""
    target.mkdir(parents=True, exist_ok=True)
    mount_or_skip("--bind", str(source), str(target))
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(target)], check=True)
        yield target
    finally:
        unmount(target)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the filesystem holding ``folder`` until at most ``leave`` bytes are free; return the filler file."""
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        chunk = 1 << 20
        while chunk >= 1:
            free = shutil.disk_usage(folder).free
            if free <= leave:
                break
            try:
                os.write(descriptor, b"\0" * min(chunk, max(1, free - leave)))
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise
                chunk //= 2
    finally:
        os.close(descriptor)
    return filler


def run_as_nobody(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run a Python snippet as the unprivileged user ``nobody``, from the project root."""
    return subprocess.run(
        ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", sys.executable, "-c", script, *args],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": "/nonexistent", "PYTHONPATH": str(ROOT)},
    )


@dataclass
class Ledger:
    """What a kiosk confirmed to people, and the outbox items it held, to check nothing went missing."""

    bookings: dict[str, Booking] = field(default_factory=dict)
    reports: set[str] = field(default_factory=set)
    waiting: set[str] = field(default_factory=set)  # outbox ids seen, not yet delivered

    def book(self, kiosk: LocalAuthority, number: int) -> Booking:
        """Book the ``number``-th free seat of the week; recorded only if the kiosk confirmed it."""
        for day in range(11, 16):
            for slot in kiosk.slots(SERVICE, LOCATION, date(2027, 1, day)):
                if slot.free:
                    booking = kiosk.book(BookingRequest(slot.id, f"Person Number {number}",
                                                        passport_last4=f"{number % 10000:04}"))
                    self.bookings[booking.reference] = booking
                    return booking
        raise BookingError("the week is full")

    def report(self, store: Store, number: int) -> str:
        code = submit_report(store, AgencyReport(agency_name=f"Agency {number}", what_happened=("fee_before_job",),
                                                 details=f"report {number}", language="en"))
        self.reports.add(code)
        return code

    def note_outbox(self, store: Store) -> None:
        self.waiting |= {item.id for item in outbox.items(store)}

    def assert_kept(self, store: Store) -> None:
        stored = {row[0]: row for row in store.db.execute(
            "SELECT reference, slot_id, status, name FROM bookings")}
        for reference, booking in self.bookings.items():
            assert reference in stored, f"confirmed booking {reference} is gone"
            assert stored[reference][1:] == (booking.slot_id, "booked", booking.name)
        items = outbox.items(store)
        ids = {item.id for item in items}
        assert self.waiting <= ids, f"outbox items gone: {sorted(self.waiting - ids)}"
        booked = {item.body["reference"] for item in items if item.kind == "booking"}
        assert set(self.bookings) <= booked, "a confirmed booking lost its outbox item"
        reported = {item.body["reference"] for item in items if item.kind == "agency_report"}
        assert self.reports <= reported, "a confirmed report is gone"
        seats = store.db.execute(
            "SELECT count(*) FROM booking_slots s WHERE booked != (SELECT count(*) FROM bookings b "
            "WHERE b.slot_id = s.id AND b.status = 'booked')").fetchone()[0]
        assert seats == 0, "seats counted differ from the bookings held"
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
