import wave
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickItem

from tests.ui.kiosk_driver import KioskDriver

# 15 mm on the 21.5" 1920x1080 reference display (102.5 px per inch).
MIN_TOUCH_PX = 15 / 25.4 * (1920**2 + 1080**2) ** 0.5 / 21.5

SCREENS = [("home",), ("home", "help"), ("staff",), ("home", "rights"), ("home", "agency"),
           ("home", "booking"), ("home", "booking", "booking_manage")]


def go(driver: KioskDriver, path: tuple[str, ...]) -> None:
    for name in path:
        driver.window.showScreen(name)  # type: ignore[attr-defined]


def buttons(driver: KioskDriver) -> list[QQuickItem]:
    return [item for item in driver.visible_items()
            if item.inherits("QQuickAbstractButton") and item.isEnabled()]


@pytest.mark.parametrize("path", SCREENS, ids="/".join)
@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)], ids=["portrait", "landscape"])
def test_every_touch_target_is_at_least_15_mm(kiosk, path: tuple[str, ...], size: tuple[int, int]) -> None:
    driver: KioskDriver = kiosk(size=size)
    go(driver, path)
    found = buttons(driver)
    assert len(found) >= 4
    for button in found:
        assert button.width() >= MIN_TOUCH_PX and button.height() >= MIN_TOUCH_PX, (
            f"{button.objectName() or button.property('text')!r} is {button.width():.0f}x{button.height():.0f}"
        )


@pytest.mark.parametrize("path", [(), *SCREENS], ids=lambda p: "/".join(p) or "welcome")
def test_text_size_contrast_and_read_aloud_are_on_every_screen(kiosk, path: tuple[str, ...]) -> None:
    driver: KioskDriver = kiosk()
    go(driver, path)
    for control in ("textSizeButton", "contrastButton", "readAloudButton", "languageButton"):
        assert driver.visible(control), f"{control} missing on {driver.screen}"


def test_text_size_has_three_steps_that_grow_the_text(kiosk) -> None:
    driver: KioskDriver = kiosk(language="en")
    go(driver, ("home",))
    title = next(item for item in driver.visible_items()
                 if item.property("text") == "How can we help you?")
    sizes = []
    for _ in range(3):
        sizes.append(title.property("font").pixelSize())
        assert f"{len(sizes)}/3" in driver.find("textSizeButton").property("text")
        driver.tap("textSizeButton")
    assert sizes[0] < sizes[1] < sizes[2]
    assert title.property("font").pixelSize() == sizes[0]  # a fourth touch goes back to the start


def test_high_contrast_switches_to_light_on_black_and_says_so_without_colour(kiosk) -> None:
    driver: KioskDriver = kiosk(language="en")
    go(driver, ("home",))
    assert driver.window.color() != QColor("#000000")
    driver.tap("contrastButton")
    assert driver.window.color() == QColor("#000000")
    # The state is also shown by a frame around the button, not by colour alone.
    assert driver.find("contrastButton").property("checkedLook") is True
    driver.tap("contrastButton")
    assert driver.window.color() != QColor("#000000")


def test_every_screen_has_something_to_read_aloud_in_the_current_language(kiosk) -> None:
    driver: KioskDriver = kiosk(language="ru")
    for path in [(), *SCREENS]:
        go(driver, path)
        text = driver.window.property("currentScreen").property("readAloudText")
        assert len(text) > 10, driver.screen
        assert any("\u0400" <= ch <= "\u04ff" for ch in text), (driver.screen, text)
        driver.window.showScreen("welcome")  # type: ignore[attr-defined]


def wav_seconds_and_peak(path: Path) -> tuple[float, int]:
    with wave.open(str(path)) as audio:
        frames = audio.readframes(audio.getnframes())
        samples = memoryview(frames).cast("h")
        return audio.getnframes() / audio.getframerate(), max(abs(s) for s in samples)


@pytest.mark.parametrize("language", ["ky", "tg", "uz-Cyrl"])
def test_listen_reads_the_screen_aloud_with_real_espeak(kiosk, tmp_path: Path, qtbot, language: str) -> None:
    driver: KioskDriver = kiosk(language=language)
    go(driver, ("home",))
    driver.tap("readAloudButton")
    qtbot.waitUntil(lambda: any((tmp_path / "speech").glob("*.wav")), timeout=30000)
    qtbot.waitUntil(lambda: not driver.app.speech.speaking, timeout=30000)
    recording = sorted((tmp_path / "speech").glob("*.wav"))[-1]
    seconds, peak = wav_seconds_and_peak(recording)
    assert seconds > 2.0  # the whole home screen, not a blip
    assert peak > 1000  # speech, not silence


def test_the_tajik_read_aloud_is_honest_about_its_voice(kiosk) -> None:
    driver: KioskDriver = kiosk(language="tg")
    assert driver.app.speech.voiceIsNative is False
    assert driver.visible("voiceNotice")
    driver.app.session.setLanguage("ky")
    assert driver.app.speech.voiceIsNative is True
    assert not driver.visible("voiceNotice")
