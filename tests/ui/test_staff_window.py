"""`kiosk staff`: staff mode alone, in a normal window, for a laptop's mouse and keyboard.

In process: the same shell and controllers with ``staff_only``. For real: the
command on a virtual X screen, measured from outside as tests/test_run_on_xvfb.py does.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.test_run_on_xvfb import ROOT, kiosk_environment, start_x_server, wait_for
from tests.ui.fixtures import make_settings
from tests.ui.kiosk_driver import KioskDriver
from tests.ui.staff_desk_fixtures import OPERATOR, PIN, SteppingClock, provision
from ui.app import KioskApp

TITLE = "Migrant information kiosk: staff desk"


def staff_window(qtbot, tmp_path: Path) -> KioskDriver:  # type: ignore[no-untyped-def]
    app = KioskApp(make_settings(tmp_path), language="en", clock=SteppingClock(), staff_only=True)
    window = app.load(windowed=True, size=(1366, 768))
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1366, 768))
    driver = KioskDriver(app, window, qtbot)
    qtbot.waitUntil(lambda: app.store is not None and app.device_key is not None, timeout=30000)
    return driver


def test_the_staff_window_starts_at_the_sign_in_and_has_no_public_screens(qtbot, tmp_path: Path) -> None:
    driver = staff_window(qtbot, tmp_path)
    try:
        assert driver.screen == "staffSignIn"
        assert driver.window.title() == TITLE
        assert driver.lookup("keyboard") is None  # a laptop types on its own keyboard
        assert driver.find("staffCorner").property("enabled") is False
        for public in ("welcome", "home", "booking", "help"):
            driver.window.showScreen(public)  # type: ignore[attr-defined]
            assert driver.screen == "staffSignIn"
        assert not driver.visible("homeButton") and not driver.visible("backButton")
        assert not driver.app.idle.armed

        # A name, then the PIN typed on the physical keyboard.
        provision(driver)
        driver.tap(f"signInName_{OPERATOR.staff_id}")
        driver.wait_for_screen("staffPin")
        for digit in PIN:
            QTest.keyClick(driver.window, digit, Qt.KeyboardModifier.NoModifier, 5)
        QTest.keyClick(driver.window, Qt.Key.Key_Return)
        driver.qtbot.waitUntil(lambda: driver.screen == "staffDesk", timeout=15000)
        assert not driver.visible("deskLeaveButton")  # nothing to leave to
        assert not driver.visible("deskTypedReference")  # the keyboard types into the scanner field itself
        driver.tap("deskSignOutButton")
        driver.wait_for_screen("staffSignIn")
        assert driver.find("screens").property("depth") == 1
    finally:
        driver.app.close()


def test_kiosk_staff_opens_a_1366x768_window_on_x_and_stops_cleanly(tmp_path: Path) -> None:
    server, display = start_x_server(1920, 1080)
    data = tmp_path / "data"
    log = data / "logs" / "kiosk.log"
    staff = subprocess.Popen([sys.executable, "-m", "kiosk", "staff", "--data-dir", str(data), "--lang", "ru"],
                             cwd=ROOT, env=kiosk_environment(display, tmp_path), stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True)
    try:
        started = wait_for(lambda: log.exists() and "kiosk started (windowed, xcb)" in log.read_text())
        said = staff.stdout.read() if staff.stdout is not None and staff.poll() is not None else ""
        assert started, f"kiosk staff did not start; it said:\n{said}"

        def geometry() -> tuple[int, int] | None:
            found = subprocess.run(["xwininfo", "-display", display, "-name", TITLE], capture_output=True, text=True,
                                   check=False)
            if found.returncode or "IsViewable" not in found.stdout:
                return None
            fields = dict(line.strip().split(": ", 1) for line in found.stdout.splitlines() if ": " in line)
            return int(fields["Width"]), int(fields["Height"])

        assert wait_for(lambda: geometry() is not None), "the staff window was never mapped"
        assert geometry() == (1366, 768)
        staff.send_signal(signal.SIGTERM)
        assert staff.wait(timeout=60) == 0
    finally:
        if staff.poll() is None:
            staff.kill()
        server.terminate()
        server.wait(timeout=10)
    assert "kiosk stopped with status 0" in log.read_text()
