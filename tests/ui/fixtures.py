"""Fixtures that start a real kiosk: real QML, real controllers, a fresh data directory.

Every kiosk in the tests runs on a pinned clock, so a test gives the same answer
at any hour and on any date. ``KIOSK_TEST_NOW`` moves the pin for a whole run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from kiosk import config
from kiosk.clock import Clock, PinnedClock, parse_moment
from kiosk.config import Config
from tests.ui.kiosk_driver import KioskDriver
from ui.app import KioskApp

# A Monday morning: days with room ahead, and the whole day's times still to come.
DEFAULT_MOMENT = datetime(2026, 12, 7, 9, 15)


def pinned_moment() -> datetime:
    """The moment UI tests run at: ``KIOSK_TEST_NOW`` when set, else :data:`DEFAULT_MOMENT`."""
    pinned = os.environ.get("KIOSK_TEST_NOW")
    return parse_moment(pinned) if pinned else DEFAULT_MOMENT


def pinned_clock(moment: datetime | date | None = None) -> PinnedClock:
    if moment is None:
        return PinnedClock(pinned_moment())
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, pinned_moment().time())
    return PinnedClock(moment)


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
             clock: Clock | None = None, today: date | None = None) -> KioskDriver:
        app = KioskApp(settings or kiosk_settings, language=language, second_ms=second_ms,
                       record_speech_to=tmp_path / "speech", clock=clock or pinned_clock(today))
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
