"""``kiosk screenshot``: render any screen to a PNG without a display.

Used for the README, for review, and by the tests. Rendering is offscreen with
Qt's software scene graph, so it works the same on a build server.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow

from kiosk.config import Config
from ui.app import KioskApp, prepare_environment

Navigate = Callable[[KioskApp, QQuickWindow, dict[str, str]], None]


def _show(*names: str) -> Navigate:
    def navigate(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
        for name in names:
            window.showScreen(name)  # type: ignore[attr-defined]

    return navigate


def _idle_warning(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    window.showScreen("home")  # type: ignore[attr-defined]
    kiosk.idle.start_countdown_now()


def _language_picker(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    window.showScreen("home")  # type: ignore[attr-defined]
    picker = window.findChild(QObject, "languagePicker")
    picker.open()  # type: ignore[union-attr]


def _staff_menu(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    kiosk.staff.unlock_after_check()
    window.showScreen("staff")  # type: ignore[attr-defined]


def _keyboard(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    _staff_menu(kiosk, window, options)
    _settle(500)
    field = window.findChild(QObject, "keyboardTestField")
    field.forceActiveFocus()  # type: ignore[union-attr]


def _rights_topic(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    _show("home", "rights")(kiosk, window, options)
    window.showScreen("rights_topic:" + options.get("topic", "documents"))  # type: ignore[attr-defined]


def _reader(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    _show("home", "rights")(kiosk, window, options)
    window.showScreen("rights_article:" + options.get("article", DEFAULT_ARTICLE))  # type: ignore[attr-defined]


def _search(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    _show("home", "rights", "rights_search")(kiosk, window, options)
    _settle(300)
    field = window.findChild(QObject, "searchField")
    field.setProperty("text", options.get("query", ""))  # type: ignore[union-attr]


def _agency_search(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    kiosk.agencies.setCountry(options.get("country", ""))
    _show("home", "agency")(kiosk, window, options)
    _settle(300)
    field = window.findChild(QObject, "agencySearchField")
    field.setProperty("text", options.get("query", ""))  # type: ignore[union-attr]


def _agency_verdict(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    """The verdict for --agency ID, or the not-found verdict for what --query typed."""
    kiosk.agencies.setCountry(options.get("country", ""))
    _show("home", "agency")(kiosk, window, options)
    if "agency" in options:
        window.showScreen("agency_verdict:" + options["agency"])  # type: ignore[attr-defined]
    else:
        kiosk.agencies.openNotFound(options.get("query", ""))
        window.showScreen("agency_notfound")  # type: ignore[attr-defined]


def _agency_report(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    """Step 2 of a report about --agency ID, with the first kind of fraud chosen. Nothing is sent."""
    _agency_verdict(kiosk, window, options)
    _settle(300)
    kiosk.agencies.startReport()
    window.showScreen("agency_report")  # type: ignore[attr-defined]
    _settle(200)
    page = window.property("currentScreen")
    page.setProperty("step", 1)
    page.setProperty("chosen", ["fee_before_job"])


BOOKING_STEPS = ("booking", "booking-locations", "booking-calendar", "booking-times", "booking-details",
                 "booking-review", "booking-done")


def _wait_for(condition: Callable[[], bool], milliseconds: int = 10000) -> None:
    deadline = QDeadlineTimer(milliseconds)
    while not condition() and not deadline.hasExpired():
        QCoreApplication.processEvents()


def _booking(last: str) -> Navigate:
    """Walk the booking steps as a person would, choosing --service and --location or the first on offer,
    the first day and time with room, up to the screen ``last``. "booking-done" really books, in the
    data directory given: use a throwaway one."""
    def navigate(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
        booking = kiosk.booking
        screens = ["booking", "booking_locations", "booking_calendar", "booking_times", "booking_details",
                   "booking_review", "booking_done"]
        stop = BOOKING_STEPS.index(last)
        _show("home")(kiosk, window, options)
        for step, screen in enumerate(screens[: stop + 1]):
            if screen == "booking_done":
                booking.confirm()
                _wait_for(lambda: booking.state == "booked" or bool(booking.error))
                _wait_for(lambda: booking.printState not in ("", "printing"), 30000)
            window.showScreen(screen)  # type: ignore[attr-defined]
            _settle(300)
            if step == stop:
                return
            if screen == "booking":
                _wait_for(lambda: booking.services.rowCount() > 0)
                booking.chooseService(options.get("service") or booking.services.rows()[0]["serviceId"])
                _wait_for(lambda: booking.locations.rowCount() > 0)
            elif screen == "booking_locations":
                booking.chooseLocation(options.get("location") or booking.locations.rows()[0]["locationId"])
                _wait_for(lambda: bool(booking.freeDays))
            elif screen == "booking_calendar":
                day = next(row["date"] for row in booking.days.rows() if row["free"])
                booking.chooseDay(day)
                _wait_for(lambda: booking.times.rowCount() > 0)
            elif screen == "booking_times":
                booking.chooseSlot(next(row["slotId"] for row in booking.times.rows() if row["free"]))
            elif screen == "booking_details":
                booking.setDetails(options.get("name", "Aziza Karimova"), "+000 00 000 00 00", "")
    return navigate


DEFAULT_ARTICLE = "keep-your-passport"

SCREENS: dict[str, str] = {
    "welcome": "attract screen inviting a touch in every language",
    "home": "the four service tiles",
    "help": "how to use the kiosk",
    "rights": "Know your rights: the topics",
    "rights-topic": "the articles of one topic (--topic ID, default documents)",
    "reader": "an article in the reader (--article ID)",
    "search": "search as you type (--query TEXT)",
    "agency": "Check an agency: lookup as you type (--query TEXT, --country CODE)",
    "agency-verdict": "the verdict on --agency ID (--country CODE), or not found for --query TEXT",
    "agency-report": "reporting --agency ID: what happened (nothing is sent)",
    "booking": "Book an appointment, step 1: the service",
    "booking-locations": "step 2: the place (--service ID)",
    "booking-calendar": "step 3: the calendar (--service ID, --location ID)",
    "booking-times": "step 4: the time",
    "booking-details": "step 5: name, phone, passport's last 4 digits",
    "booking-review": "step 6: the review (--name TEXT)",
    "booking-done": "the booked receipt screen: REALLY BOOKS in --data-dir (use a throwaway one)",
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
    "rights": _show("home", "rights"),
    "rights-topic": _rights_topic,
    "reader": _reader,
    "search": _search,
    "agency": _agency_search,
    "agency-verdict": _agency_verdict,
    "agency-report": _agency_report,
    **{step: _booking(step) for step in BOOKING_STEPS},
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
           high_contrast: bool = False, text_size: int = 1, options: dict[str, str] | None = None,
           today: date | None = None) -> Path:
    """Render ``screen`` and write it to ``out`` as PNG; ``today`` fixes the date verdicts are decided on."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    prepare_environment()
    app = QGuiApplication.instance() or QGuiApplication(["kiosk-screenshot"])
    kiosk = KioskApp(settings, language=language, today=(lambda: today) if today else date.today)
    try:
        kiosk.session.setTextSize(text_size)
        kiosk.session.setHighContrast(high_contrast)
        window = kiosk.load(windowed=True, size=size)
        deadline = QDeadlineTimer(30000)
        while kiosk.store is None and not kiosk.store_error and not deadline.hasExpired():
            QCoreApplication.processEvents()  # the screens below read the cache
        _settle(200)
        _NAVIGATION[screen](kiosk, window, options or {})
        _settle(600)  # let the store open and status arrive, images decode, layouts settle
        image = window.grabWindow()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise OSError(f"could not write {out}")
        return out
    finally:
        kiosk.close()
        del app
