"""The booking screens give the same answers whatever the time: run them at awkward moments.

Each moment runs the booking UI tests in a process of its own with the kiosk's
clock pinned there (``KIOSK_TEST_NOW``): a weekday morning, a Friday afternoon
with today's last times nearly gone, a Saturday a minute before midnight, and the
last minute of a month and of a year, when the calendar has to turn the page.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MOMENTS = ["2026-12-07T09:00", "2026-12-04T16:30", "2026-12-05T23:59", "2027-01-31T23:59", "2026-12-31T23:59"]
# The tests whose answers depend on the date and the time of day.
CLOCK_BOUND = "calendar or committed or cancelled or going_back or same_person"


@pytest.mark.parametrize("moment", MOMENTS)
def test_the_booking_screens_work_at_any_moment(moment: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(KIOSK_TEST_NOW=moment, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/ui/test_booking.py", "-k", CLOCK_BOUND, "-q",
         "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "run")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200)
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    assert result.returncode == 0, f"at {moment}:\n{result.stdout[-6000:]}\n{result.stderr[-2000:]}"
    assert summary.startswith("6 passed"), summary  # all of them ran, none skipped
