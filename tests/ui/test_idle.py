"""The idle countdown and the wipe, with a fast clock: one 'second' is 20 ms here."""

from pathlib import Path

from tests.ui.fixtures import make_settings
from tests.ui.kiosk_driver import KioskDriver

SECOND_MS = 20


def fast_kiosk(kiosk, tmp_path: Path) -> KioskDriver:  # type: ignore[no-untyped-def]
    settings = make_settings(tmp_path, KIOSK_IDLE_TIMEOUT_SECONDS="10", KIOSK_IDLE_COUNTDOWN_SECONDS="5")
    driver: KioskDriver = kiosk(settings=settings, second_ms=SECOND_MS)
    return driver


def test_an_untouched_welcome_screen_never_warns(kiosk, tmp_path: Path, qtbot) -> None:
    driver = fast_kiosk(kiosk, tmp_path)
    qtbot.wait(30 * SECOND_MS)
    assert not driver.app.idle.countdownActive
    assert not driver.visible("idleOverlay")


def test_idle_shows_a_visible_countdown_offering_more_time(kiosk, tmp_path: Path, qtbot) -> None:
    driver = fast_kiosk(kiosk, tmp_path)
    driver.tap("start_en")
    driver.wait_for_screen("home")
    qtbot.waitUntil(lambda: driver.visible("idleOverlay"), timeout=5000)
    assert driver.visible("moreTimeButton")
    shown = int(driver.find("idleSecondsLeft").property("text"))
    assert 1 <= shown <= 5

    driver.tap("moreTimeButton")
    assert not driver.visible("idleOverlay")
    assert driver.screen == "home"  # nothing was wiped


def test_when_the_countdown_runs_out_everything_is_wiped(kiosk, tmp_path: Path, qtbot) -> None:
    driver = fast_kiosk(kiosk, tmp_path)
    # Unlocked directly: the PIN's scrypt check can take longer than this fast idle
    # timeout on a busy machine, and the PIN pad has tests of its own.
    driver.tap("start_en")
    driver.app.staff.unlock_after_check()
    driver.window.showScreen("staff")  # type: ignore[attr-defined]
    driver.wait_for_screen("staffMenu")
    field = driver.find("keyboardTestField")
    field.forceActiveFocus()
    driver.type_text("Aziza")
    assert field.property("text") == "Aziza"
    driver.app.session.setLanguage("tg")
    driver.app.session.setTextSize(3)
    driver.app.session.setHighContrast(True)

    with qtbot.waitSignal(driver.app.idle.expired, timeout=10000):
        pass
    driver.wait_for_screen("welcome")

    session = driver.app.session
    assert session.language == "uz-Latn"
    assert session.textSize == 1
    assert not session.highContrast
    assert not driver.app.staff.unlocked
    assert driver.lookup("keyboardTestField") is None
    assert "Aziza" not in " ".join(driver.texts())
    assert driver.find("screens").property("depth") == 1


def test_any_touch_during_the_countdown_counts_as_still_here(kiosk, tmp_path: Path, qtbot) -> None:
    driver = fast_kiosk(kiosk, tmp_path)
    driver.tap("start_en")
    driver.wait_for_screen("home")
    qtbot.waitUntil(lambda: driver.visible("idleOverlay"), timeout=5000)
    driver.tap_at(driver.centre(driver.window.contentItem()) / 4)
    qtbot.waitUntil(lambda: not driver.visible("idleOverlay"), timeout=1000)
    assert driver.screen == "home"
