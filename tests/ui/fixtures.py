"""Fixtures that start a real kiosk: real QML, real controllers, a fresh data directory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from kiosk import config
from kiosk.config import Config
from tests.ui.kiosk_driver import KioskDriver
from ui.app import KioskApp


def make_settings(tmp_path: Path, **environ: str) -> Config:
    env = {"XDG_CONFIG_HOME": str(tmp_path / "no-config"), **environ}
    return config.load(None, environ=env, data_dir=tmp_path / "data")


@pytest.fixture
def kiosk_settings(tmp_path: Path) -> Config:
    return make_settings(tmp_path)


@pytest.fixture
def kiosk(qtbot, kiosk_settings: Config, tmp_path: Path) -> Iterator[Callable[..., KioskDriver]]:  # type: ignore[no-untyped-def]
    made: list[KioskApp] = []

    def make(*, size: tuple[int, int] = (1080, 1920), windowed: bool = True, language: str | None = None,
             second_ms: int = 1000, settings: Config | None = None,
             today: Callable[[], date] = date.today) -> KioskDriver:
        app = KioskApp(settings or kiosk_settings, language=language, second_ms=second_ms,
                       record_speech_to=tmp_path / "speech", today=today)
        made.append(app)
        window = app.load(windowed=windowed, size=size)
        qtbot.waitExposed(window)
        if windowed:  # let the layout catch up with the size before anything is tapped
            qtbot.waitUntil(lambda: (window.contentItem().width(), window.contentItem().height()) == size)
        return KioskDriver(app, window, qtbot)

    yield make
    for app in made:
        app.close()
    # Windows are deleted later; without this, closed kiosks keep rendering in the
    # background and slow every following test.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
