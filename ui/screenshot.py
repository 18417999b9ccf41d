"""``kiosk screenshot``: render any screen to a PNG without a display.

Used for the README, for review, and by the tests. Rendering is offscreen with
Qt's software scene graph, so it works the same on a build server.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow

from kiosk.config import Config
from ui.app import KioskApp, prepare_environment

Navigate = Callable[[KioskApp, QQuickWindow], None]


def _show(*names: str) -> Navigate:
    def navigate(kiosk: KioskApp, window: QQuickWindow) -> None:
        for name in names:
            window.showScreen(name)  # type: ignore[attr-defined]

    return navigate


def _idle_warning(kiosk: KioskApp, window: QQuickWindow) -> None:
    window.showScreen("home")  # type: ignore[attr-defined]
    kiosk.idle.start_countdown_now()


def _language_picker(kiosk: KioskApp, window: QQuickWindow) -> None:
    window.showScreen("home")  # type: ignore[attr-defined]
    picker = window.findChild(QObject, "languagePicker")
    picker.open()  # type: ignore[union-attr]


def _staff_menu(kiosk: KioskApp, window: QQuickWindow) -> None:
    kiosk.staff.unlock_after_check()
    window.showScreen("staff")  # type: ignore[attr-defined]


def _keyboard(kiosk: KioskApp, window: QQuickWindow) -> None:
    _staff_menu(kiosk, window)
    _settle(500)
    field = window.findChild(QObject, "keyboardTestField")
    field.forceActiveFocus()  # type: ignore[union-attr]


SCREENS: dict[str, str] = {
    "welcome": "attract screen inviting a touch in every language",
    "home": "the four service tiles",
    "help": "how to use the kiosk",
    "rights": "Know your rights (coming soon)",
    "agency": "Check an agency (coming soon)",
    "booking": "Book an appointment (coming soon)",
    "languages": "the language picker",
    "idle-warning": "the countdown before a session is wiped",
    "staff-pin": "the staff PIN pad",
    "staff-menu": "the staff menu with status",
    "keyboard": "the on-screen keyboard (staff keyboard test)",
}

_NAVIGATION: dict[str, Navigate] = {
    "welcome": _show(),
    "home": _show("home"),
    "help": _show("home", "help"),
    "rights": _show("home", "soon_rights"),
    "agency": _show("home", "soon_agency"),
    "booking": _show("home", "soon_booking"),
    "languages": _language_picker,
    "idle-warning": _idle_warning,
    "staff-pin": _show("staff"),
    "staff-menu": _staff_menu,
    "keyboard": _keyboard,
}


def _settle(milliseconds: int) -> None:
    deadline = QDeadlineTimer(milliseconds)
    while not deadline.hasExpired():
        QCoreApplication.processEvents()


def render(settings: Config, screen: str, out: Path, *, language: str, size: tuple[int, int],
           high_contrast: bool = False, text_size: int = 1) -> Path:
    """Render ``screen`` and write it to ``out`` as PNG."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    prepare_environment()
    app = QGuiApplication.instance() or QGuiApplication(["kiosk-screenshot"])
    kiosk = KioskApp(settings, language=language)
    try:
        kiosk.session.setTextSize(text_size)
        kiosk.session.setHighContrast(high_contrast)
        window = kiosk.load(windowed=True, size=size)
        _settle(200)
        _NAVIGATION[screen](kiosk, window)
        _settle(600)  # let the store open and status arrive, images decode, layouts settle
        image = window.grabWindow()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise OSError(f"could not write {out}")
        return out
    finally:
        kiosk.close()
        del app
