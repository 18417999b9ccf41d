from pathlib import Path

from kiosk.staff import hash_pin
from tests.ui.fixtures import make_settings
from tests.ui.kiosk_driver import KioskDriver


def staffed_kiosk(kiosk, tmp_path: Path, **environ: str) -> KioskDriver:  # type: ignore[no-untyped-def]
    settings = make_settings(tmp_path, KIOSK_STAFF_PIN_HASH=hash_pin("482915"), KIOSK_DEMO="false",
                             **environ)
    return kiosk(settings=settings, second_ms=20)


def test_five_taps_in_the_corner_open_the_pin_pad(kiosk, tmp_path: Path) -> None:
    driver = staffed_kiosk(kiosk, tmp_path)
    for _ in range(4):
        driver.tap("staffCorner")
    assert driver.screen == "welcome"
    driver.tap("staffCorner")
    driver.wait_for_screen("staffPin")


def test_the_right_pin_opens_the_staff_menu_with_status(kiosk, tmp_path: Path, qtbot) -> None:
    driver = staffed_kiosk(kiosk, tmp_path)
    driver.open_staff_menu("482915")
    assert not driver.visible("demoPinWarning")
    assert driver.find("staffTestPrintButton").isEnabled()
    staff, printer = driver.app.staff, driver.app.printer
    # The idle wipe may lock the menu meanwhile (second_ms is short); what it showed stays to be read.
    qtbot.waitUntil(lambda: staff.store is not None, timeout=5000)
    staff.refreshStatus()
    qtbot.waitUntil(lambda: any("bundled:" in line for line in staff.status), timeout=5000)
    qtbot.waitUntil(lambda: printer.status != "", timeout=15000)
    # The status box is in the screen's language; paths, versions and queue names stay as they are.
    driver.app.session.setLanguage("ru")
    assert any(line.startswith("Локальный кэш: схема") and "тем: 8" in line for line in staff.status)
    assert f"Папка данных: {driver.app.settings.data_dir}" in staff.status
    assert printer.status.startswith(("Очеред", "Принтер", "Сервер", "Не удаётся")), printer.status
    driver.app.session.setLanguage("en")
    assert any(line.startswith("Local cache: schema") and "8 topics" in line for line in staff.status)
    assert printer.status.startswith(("Print queue", "The receipt printer", "The print server", "There is no",
                                      "Cannot tell")), printer.status


def test_five_wrong_pins_lock_the_pad_for_the_configured_time(kiosk, tmp_path: Path, qtbot) -> None:
    driver = staffed_kiosk(kiosk, tmp_path, KIOSK_STAFF_LOCKOUT_SECONDS="10")
    qtbot.waitUntil(lambda: driver.app.store is not None, timeout=30000)  # the lock is kept in the cache
    driver.open_staff_pad()
    staff = driver.app.staff_signin
    for attempt in range(1, 5):
        driver.enter_pin("1111")
        qtbot.waitUntil(lambda left=5 - attempt: staff.attemptsLeft == left and not staff.checking, timeout=5000)
        assert driver.visible("pinMessage")
        assert str(5 - attempt) in driver.find("pinMessage").property("text")
    driver.enter_pin("1111")
    qtbot.waitUntil(lambda: driver.visible("pinLocked"), timeout=5000)
    assert not driver.find("pinDigit_4").isEnabled()
    assert staff.lockedSeconds > 0
    # The lock is on the kiosk's clock (seconds), not the test's fast idle clock.
    assert driver.screen == "staffPin"
    assert not driver.app.staff.unlocked and not driver.app.staff_mode.open


def test_the_demo_kiosk_warns_staff_that_the_demo_pin_is_in_use(kiosk) -> None:
    driver: KioskDriver = kiosk()
    driver.open_staff_menu("1234")
    assert driver.visible("demoPinWarning")


def test_lock_and_leave_returns_to_the_welcome_screen_locked(kiosk) -> None:
    driver: KioskDriver = kiosk()
    driver.open_staff_menu("1234")
    driver.tap("staffLockButton")
    driver.wait_for_screen("welcome")
    assert not driver.app.staff.unlocked and not driver.app.staff_mode.open
    driver.open_staff_pad()  # the PIN is asked for again
