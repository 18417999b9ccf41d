from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QWindow
from PySide6.QtTest import QTest

from tests.ui.kiosk_driver import KioskDriver


def test_the_kiosk_opens_on_the_welcome_screen_inviting_a_touch_in_every_language(kiosk) -> None:
    driver: KioskDriver = kiosk()
    assert driver.screen == "welcome"
    for tag in ("uz-Latn", "uz-Cyrl", "ru", "ky", "tg", "en"):
        assert driver.visible(f"start_{tag}")
    labels = " ".join(driver.texts())
    for native in ("Oʻzbekcha", "Ўзбекча", "Русский", "Кыргызча", "Тоҷикӣ", "English"):
        assert native in labels


def test_touching_a_language_starts_in_that_language(kiosk) -> None:
    driver: KioskDriver = kiosk()
    driver.tap("start_ky")
    driver.wait_for_screen("home")
    assert driver.find("languageButton").property("text") == "Кыргызча"
    for tile in ("tile_rights", "tile_agency", "tile_booking", "tile_help"):
        assert driver.visible(tile)


def test_every_service_tile_opens_its_service(kiosk) -> None:
    driver: KioskDriver = kiosk(language="en")
    driver.tap("start_en")
    driver.wait_for_screen("home")
    assert "Coming soon" not in driver.texts()
    for tile, screen in (("tile_rights", "rights"), ("tile_agency", "agency"), ("tile_booking", "booking"),
                         ("tile_help", "help")):
        driver.tap(tile)
        driver.wait_for_screen(screen)
        driver.tap("homeButton")
        driver.wait_for_screen("home")


def test_back_and_home_are_always_reachable(kiosk) -> None:
    driver: KioskDriver = kiosk()
    driver.tap("start_en")
    driver.wait_for_screen("home")
    driver.tap("tile_help")
    driver.wait_for_screen("help")
    assert driver.visible("backButton") and driver.visible("homeButton")
    driver.tap("backButton")
    driver.wait_for_screen("home")
    driver.tap("tile_help")
    driver.wait_for_screen("help")
    driver.tap("homeButton")
    driver.wait_for_screen("home")


def test_fullscreen_mode_is_frameless_and_fills_the_screen(kiosk) -> None:
    driver: KioskDriver = kiosk(windowed=False)
    window = driver.window
    assert window.flags() & Qt.WindowType.FramelessWindowHint
    assert window.visibility() == QWindow.Visibility.FullScreen


def test_the_public_cannot_close_the_window(kiosk) -> None:
    driver: KioskDriver = kiosk(windowed=False)
    event = QCloseEvent()
    QGuiApplication.sendEvent(driver.window, event)
    assert not event.isAccepted()
    assert driver.window.isVisible()


def test_keyboard_shortcuts_are_ignored(kiosk) -> None:
    driver: KioskDriver = kiosk(windowed=False)
    driver.tap("start_en")
    driver.wait_for_screen("home")
    before = driver.app.guard.blocked
    for key, modifier in [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    ]:
        QTest.keyClick(driver.window, key, modifier)
    assert driver.app.guard.blocked >= 5
    assert driver.app.guard.blocked > before
    assert driver.window.isVisible()
    assert driver.screen == "home"


def test_plain_typing_still_reaches_text_fields(kiosk) -> None:
    driver: KioskDriver = kiosk()
    driver.open_staff_menu("1234")  # the demo PIN: these tests run in demo mode
    field = driver.find("keyboardTestField")
    field.forceActiveFocus()
    driver.type_text("abc")
    assert field.property("text") == "abc"


def test_both_orientations_keep_every_control_on_screen(kiosk) -> None:
    for size in ((1080, 1920), (1920, 1080)):
        driver: KioskDriver = kiosk(size=size)
        driver.tap("start_en")
        driver.wait_for_screen("home")
        width, height = size
        for name in ("tile_rights", "tile_agency", "tile_booking", "tile_help", "languageButton",
                     "textSizeButton", "contrastButton", "readAloudButton"):
            item = driver.find(name)
            corner = item.mapToScene(item.boundingRect().bottomRight())
            origin = item.mapToScene(item.boundingRect().topLeft())
            assert origin.x() >= 0 and origin.y() >= 0, (size, name)
            assert corner.x() <= width and corner.y() <= height, (size, name)


def test_an_unexpected_background_failure_returns_to_the_welcome_screen(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk()
    driver.tap("start_en")
    driver.wait_for_screen("home")

    def broken() -> None:
        raise RuntimeError("a bug")

    with qtbot.waitSignal(driver.app.runner.unexpectedFailure):
        driver.app.runner.submit("io", broken)
    driver.wait_for_screen("welcome")


def test_close_is_allowed_after_staff_choose_exit(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(windowed=False)
    driver.open_staff_menu("1234")
    with qtbot.waitSignal(driver.app.staff.exitRequested):
        driver.tap("staffExitButton")
    event = QCloseEvent()
    QGuiApplication.sendEvent(driver.window, event)
    assert event.isAccepted()
    assert event.type() == QEvent.Type.Close


def key_texts(driver: KioskDriver) -> set[str]:
    keyboard = driver.find("keyboard")
    return {str(item.property("text")) for item in driver.all_items(keyboard)
            if item.isVisible() and item.property("text")}


def test_the_on_screen_keyboard_follows_the_ui_language(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk()
    driver.open_staff_menu("1234")
    driver.find("keyboardTestField").forceActiveFocus()
    qtbot.waitUntil(lambda: driver.visible("keyboard"), timeout=5000)

    expected = {"ky": {"ң", "ө", "ү"}, "tg": {"ҷ", "ӣ", "ӯ"}, "uz-Cyrl": {"ў", "қ", "ғ"}, "en": {"w", "q"}}
    for tag, letters in expected.items():
        driver.app.session.setLanguage(tag)
        qtbot.waitUntil(lambda letters=letters: letters <= {t.lower() for t in key_texts(driver)}, timeout=5000)
    driver.app.session.setLanguage("uz-Latn")
    qtbot.waitUntil(lambda: "oʻ" in {t.lower() for t in key_texts(driver)}, timeout=5000)
    assert not any("\u0400" <= ch <= "\u04ff" for t in key_texts(driver) for ch in t)
