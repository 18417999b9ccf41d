"""A kiosk whose disk fills up goes on informing, and tells everyone plainly that it cannot save.

The data directory is a small tmpfs filled for real while the kiosk runs.
"""

from __future__ import annotations

from pathlib import Path

from kiosk import config
from tests.kiosk.store.faults import fill, small_tmpfs
from tests.ui.kiosk_driver import KioskDriver
from tests.ui.test_booking import choose_up_to_details, enter_details, start


def test_a_full_disk_refuses_the_booking_says_so_on_every_screen_and_recovers(kiosk, qtbot, tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk", 64) as disk:
        settings = config.load(None, environ={"XDG_CONFIG_HOME": str(tmp_path / "no-config")}, data_dir=disk / "data")
        driver: KioskDriver = start(kiosk, qtbot, language="ru", settings=settings)
        assert not driver.visible("savingBlockedNotice")
        choose_up_to_details(driver, qtbot)
        enter_details(driver, "Айгуль Токтогулова", "4321")
        driver.wait_for_screen("booking_review")
        filler = fill(disk / "data")
        driver.tap("bookingConfirm")
        qtbot.waitUntil(lambda: driver.app.booking.error == "unavailable", timeout=30000)
        assert driver.screen == "booking_review"  # no reference, no receipt: nothing was promised
        assert "не может сохранять записи" in " ".join(driver.texts())
        assert driver.visible("savingBlockedNotice")
        driver.tap("homeButton")
        driver.wait_for_screen("home")
        assert driver.visible("savingBlockedNotice")  # on every screen, before anyone starts a form
        driver.app.staff.refreshStatus()
        qtbot.waitUntil(lambda: any("СОХРАНЕНИЕ НЕВОЗМОЖНО" in line for line in driver.app.staff.status), timeout=10000)

        filler.unlink()  # staff free some space: the next booking goes through and the notice goes
        driver.tap("tile_booking")
        driver.wait_for_screen("booking")
        choose_up_to_details(driver, qtbot)
        enter_details(driver, "Айгуль Токтогулова", "4321")
        driver.wait_for_screen("booking_review")
        driver.tap("bookingConfirm")
        driver.wait_for_screen("booking_done")
        assert not driver.visible("savingBlockedNotice")
