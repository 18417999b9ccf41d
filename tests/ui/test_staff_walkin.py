"""A walk-in at the staff desk: booked through the public booking authority, checked in, printed on a real CUPS."""

from __future__ import annotations

import subprocess
from pathlib import Path

from kiosk.booking import recent_bookings
from kiosk.receipts.keyring import known_keys
from kiosk.receipts.token import verify
from tests.kiosk.printing.cups_server import CupsServer
from tests.ui.staff_desk_fixtures import DAY, PLACE, on_db, row_state, seed_day, sign_in, staff_kiosk

pytest_plugins = ["tests.kiosk.printing.cups_fixtures"]


def test_a_walk_in_is_booked_checked_in_and_its_receipt_printed(kiosk, tmp_path: Path, qtbot,
                                                                cups_server: CupsServer, pdf_queue: str) -> None:
    driver = staff_kiosk(kiosk, tmp_path, KIOSK_PRINTER_SERVER=cups_server.address, KIOSK_PRINTER_QUEUE=pdf_queue)
    seed_day(driver)
    sign_in(driver)
    earlier = set(cups_server.output_dir.glob("*.pdf"))  # the server is shared with other tests
    driver.tap("deskWalkInButton")
    driver.wait_for_screen("staffWalkIn")
    walkin = driver.app.staff_walkin
    qtbot.waitUntil(lambda: walkin.serviceCount > 0 and walkin.slotId != "", timeout=10000)
    # Only today's times at this place that have not started, with a seat.
    times = [row["time"] for row in walkin.times.rows()]
    assert times and all(time > "09:15" for time in times)
    assert all(row["slotId"].startswith(f"{PLACE}.") and DAY.isoformat() in row["slotId"]
               for row in walkin.times.rows())
    driver.tap(f"walkInTime_{times[1].replace(':', '')}")
    driver.find("walkInName").setProperty("text", "Sardor Aliev")
    driver.tap("walkInBook")
    qtbot.waitUntil(lambda: walkin.state == "booked", timeout=20000)
    qtbot.waitUntil(lambda: walkin.booked.get("printState") in ("printed", "problem"), timeout=60000)
    assert walkin.booked["printState"] == "printed", driver.app.printer.status
    assert walkin.booked["time"] == times[1]

    printed = sorted(set(cups_server.output_dir.glob("*.pdf")) - earlier)
    assert len(printed) == 1, cups_server.log()
    page = tmp_path / "printed"
    subprocess.run(["pdftoppm", "-png", "-r", "203", "-mono", "-singlefile", str(printed[-1]), str(page)],
                   check=True, timeout=60)
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(page) + ".png"], capture_output=True, text=True,
                             timeout=60).stdout.strip()
    claims = verify(decoded, known_keys(None, driver.app.device_key))
    assert claims.reference_display == walkin.booked["reference"]

    # The same booking authority as the public screens: it is one of this kiosk's bookings.
    (booking,) = [b for b in on_db(driver, lambda store: recent_bookings(store, 10)) if b.name == "Sardor Aliev"]
    assert booking.slot_id == walkin.slotId
    driver.tap("backButton")
    driver.wait_for_screen("staffDesk")
    desk = driver.app.staff_desk
    qtbot.waitUntil(lambda: desk.counts.get("walkIns") == 1, timeout=10000)
    assert row_state(driver, booking.reference) == "checked_in"


def test_a_walk_in_with_no_name_is_refused_with_the_field_named(kiosk, tmp_path: Path, qtbot) -> None:
    driver = staff_kiosk(kiosk, tmp_path)
    sign_in(driver)
    driver.tap("deskWalkInButton")
    driver.wait_for_screen("staffWalkIn")
    walkin = driver.app.staff_walkin
    qtbot.waitUntil(lambda: walkin.slotId != "", timeout=10000)
    driver.tap("walkInBook")
    assert walkin.problem == "name"
    assert driver.visible("walkInProblem")
    assert walkin.state == ""
