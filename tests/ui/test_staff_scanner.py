"""The scanner path, end to end: a USB/HID scanner types into the real window, key by key, then Enter.

The keystrokes go to the kiosk's window as the platform delivers them
(QTest's key clicks on the QQuickWindow, a few milliseconds apart, as a scanner
types), not into a field's text property: nothing must need a tap first, and the
token must arrive whole.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.kiosk_driver import KioskDriver
from tests.ui.staff_desk_fixtures import BADGE, OPERATOR, row_state, seed_day, staff_kiosk, token

SCANNER_DELAY_MS = 3  # a HID scanner types a character every few milliseconds


def scanner_types(driver: KioskDriver, text: str) -> None:
    for char in text:
        QTest.keyClick(driver.window, char, Qt.KeyboardModifier.NoModifier, SCANNER_DELAY_MS)
    QTest.keyClick(driver.window, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, SCANNER_DELAY_MS)


def test_a_badge_then_a_receipt_scanned_into_the_window(kiosk, tmp_path: Path, qtbot) -> None:
    driver = staff_kiosk(kiosk, tmp_path)
    day = seed_day(driver)
    receipt = token(driver, day.bookings["gulnora"], tmp_path)
    assert len(receipt) > 100
    driver.window.requestActivate()
    for _ in range(5):
        driver.tap("staffCorner")
    driver.wait_for_screen("staffSignIn")

    scanner_types(driver, BADGE)
    qtbot.waitUntil(lambda: driver.screen == "staffDesk", timeout=15000)
    assert driver.app.staff_mode.memberId == OPERATOR.staff_id

    desk = driver.app.staff_desk
    qtbot.waitUntil(lambda: desk.rows.rowCount() == 4, timeout=10000)
    # No tap first: the scanner field has the focus as soon as the desk shows.
    qtbot.waitUntil(lambda: driver.find("deskScanner").hasActiveFocus(), timeout=5000)
    scanner_types(driver, receipt)
    qtbot.waitUntil(lambda: desk.outcome.get("code", "") != "", timeout=10000)
    assert desk.outcome["code"] == "valid", desk.outcome  # the whole token arrived: its signature checks
    assert desk.lastCue == "admit"
    assert driver.find("outcomeWord").property("text") == "Checked in"
    qtbot.waitUntil(lambda: row_state(driver, day.ref("gulnora")) == "checked_in", timeout=10000)

    # After a tap elsewhere (a row's button) the scanner has the focus again for the next person.
    driver.tap(f"rowServed_{day.ref('gulnora')}")
    qtbot.waitUntil(lambda: driver.find("deskScanner").hasActiveFocus(), timeout=5000)
    scanner_types(driver, receipt)
    qtbot.waitUntil(lambda: desk.outcome.get("code") == "already_checked_in", timeout=10000)
    assert desk.lastCue == "again"
