"""``kiosk screenshot``: render any screen to a PNG without a display.

Used for the README, for review, and by the tests. Rendering is offscreen with
Qt's software scene graph, so it works the same on a build server.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDeadlineTimer
from PySide6.QtGui import QGuiApplication

from kiosk.clock import PinnedClock, SystemClock
from ui import tour
from ui.app import KioskApp, prepare_environment

if TYPE_CHECKING:
    from kiosk.config import Config

SCREENS = tour.SCREENS


def render(settings: Config, screen: str, out: Path, *, language: str, size: tuple[int, int],
           high_contrast: bool = False, text_size: int = 1, options: dict[str, str] | None = None,
           now: datetime | None = None) -> Path:
    """Render ``screen`` and write it to ``out`` as PNG; ``now`` pins the kiosk's clock (verdicts, calendar)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    prepare_environment()
    app = QGuiApplication.instance() or QGuiApplication(["kiosk-screenshot"])
    kiosk = KioskApp(settings, language=language, clock=PinnedClock(now) if now else SystemClock())
    try:
        kiosk.session.setTextSize(text_size)
        kiosk.session.setHighContrast(high_contrast)
        window = kiosk.load(windowed=True, size=size)
        deadline = QDeadlineTimer(30000)
        while kiosk.store is None and not kiosk.store_error and not deadline.hasExpired():
            QCoreApplication.processEvents()  # the screens below read the cache
        tour.settle(200)
        tour.STOPS[screen].navigate(kiosk, window, options or {})
        tour.settle(600)  # let the store open and status arrive, images decode, layouts settle
        image = window.grabWindow()
        out.parent.mkdir(parents=True, exist_ok=True)
        # PNG whatever the file's suffix. The stub wants the format as bytes, but PySide6 6.11 takes only str.
        if not image.save(str(out), "PNG"):  # type: ignore[call-overload]
            raise OSError(f"could not write {out}")
        return out
    finally:
        kiosk.close()
        del app
