"""A guided tour of every screen of the kiosk, reached as a person would reach it.

Each stop names a screen (or a state of one, such as a verdict kind) and knows
how to get there from the welcome screen through the same controllers a finger
would drive. ``kiosk screenshot`` renders one stop; the layout audit in the tests
walks them all, in every language, orientation, text size and contrast.

A stop drives a live kiosk and waits for its answers, so it needs the cache
open. "booking-done" really books in the kiosk's data directory: use a
throwaway one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QObject, QTimer
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.booking.model import DayAvailability
from ui.app import KioskApp

if TYPE_CHECKING:
    from kiosk.booking import Booking, BookingAuthority
    from kiosk.booking.model import BookingRequest, LocationChoice, Slot

Navigate = Callable[[KioskApp, QQuickWindow, dict[str, str]], None]

DEFAULT_ARTICLE = "keep-your-passport"
DEFAULT_NAME = "Aziza Karimova"


@dataclass(frozen=True)
class Stop:
    description: str
    navigate: Navigate
    #: The screen's name in the shell (``currentScreenName``) once the stop is reached.
    screen: str


def settle(milliseconds: int) -> None:
    """Run the event loop for a while: answers arrive, images decode, layouts settle.

    A nested event loop sleeps between events, where a processEvents() loop would
    spin a core that the background lanes need.
    """
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], milliseconds: int = 10000) -> bool:
    deadline = QDeadlineTimer(milliseconds)
    while not condition():
        if deadline.hasExpired():
            return False
        settle(10)
    return True


def show(window: QQuickWindow, *names: str) -> None:
    for name in names:
        window.showScreen(name)  # type: ignore[attr-defined]  # a function Main.qml defines, found at run time


def _child(window: QQuickWindow, name: str) -> QObject:
    """The object called ``name``, which the screen shown must have."""
    found = window.findChild(QObject, name)
    if found is None:
        raise LookupError(f"no {name!r} on the screen shown")
    return found


def find_item(window: QQuickWindow, name: str) -> QQuickItem | None:
    """The visual item called ``name`` (findChild misses Repeater delegates and popups)."""
    pending = [window.contentItem()]
    while pending:
        item = pending.pop()
        if item.objectName() == name:
            return item
        pending.extend(item.childItems())
    return None


def _screens(*names: str) -> Navigate:
    def navigate(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
        show(window, *names)

    return navigate


def _idle_warning(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    show(window, "home")
    kiosk.idle.start_countdown_now()


def _language_picker(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    show(window, "home")
    _child(window, "languagePicker").open()  # type: ignore[attr-defined]  # a QML Popup's, found at run time


def _staff_menu(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    leave_staff_mode(kiosk)
    kiosk.staff.unlock_after_check()
    show(window, "staff")


def _staff_pin(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    """The device's PIN pad with two digits entered, so the dots that count them show."""
    leave_staff_mode(kiosk)
    show(window, "staff_pin:device")
    settle(100)
    pad = window.property("currentScreen")
    if pad is not None and options.get("pin", "12"):
        pad.setProperty("pin", options.get("pin", "12"))


def _keyboard(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    _staff_menu(kiosk, window, options)
    settle(500)
    field = window.findChild(QQuickItem, "keyboardTestField")
    if field is None:
        raise LookupError("no 'keyboardTestField' in the staff menu")
    field.forceActiveFocus()


def _rights_topic(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    show(window, "home", "rights", "rights_topic:" + options.get("topic", "documents"))


def _reader(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    show(window, "home", "rights", "rights_article:" + options.get("article", DEFAULT_ARTICLE))


def _search(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    show(window, "home", "rights", "rights_search")
    settle(300)
    _child(window, "searchField").setProperty("text", options.get("query", ""))


def _agency_search(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    kiosk.agencies.setCountry(options.get("country", ""))
    show(window, "home", "agency")
    settle(300)
    _child(window, "agencySearchField").setProperty("text", options.get("query", ""))


def _country_picker(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    _agency_search(kiosk, window, options)
    settle(200)
    _child(window, "countryPicker").open()  # type: ignore[attr-defined]  # a QML Popup's, found at run time


def _agency_verdict(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    """The verdict for --agency ID, or the not-found verdict for what --query typed."""
    kiosk.agencies.setCountry(options.get("country", ""))
    show(window, "home", "agency")
    if "agency" in options:
        show(window, "agency_verdict:" + options["agency"])
    else:
        kiosk.agencies.openNotFound(options.get("query", ""))
        show(window, "agency_notfound")


def _agency_report(step: int) -> Navigate:
    """Step ``step`` (0-based) of a report about --agency ID; step 2 has the first kind of fraud chosen.
    Nothing is sent."""
    def navigate(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
        _agency_verdict(kiosk, window, options)
        settle(300)
        kiosk.agencies.startReport()
        show(window, "agency_report")
        settle(200)
        page = window.property("currentScreen")
        page.setProperty("step", step)
        if step >= 1:
            page.setProperty("chosen", ["fee_before_job"])

    return navigate


class ShownOffline:
    """The kiosk's own booking authority, answering as one whose centre does not answer.

    How the offline booking screens look, on the demo schedule: this kiosk's allowance
    is taken to be one place in each of the day's first ``ALLOWANCE_SLOTS`` times (the
    demo has no centre to lend any), so the calendar and the times show what an offline
    kiosk would: a few places, the rest shown as full. Only the tour (and tests) use it.
    """

    selling_offline = True
    ALLOWANCE_SLOTS = 2

    def __init__(self, authority: BookingAuthority) -> None:
        self._authority = authority
        self.window_days = authority.window_days

    def locations_for(self, service_id: str) -> list[LocationChoice]:
        return self._authority.locations_for(service_id)

    def available_days(self, service_id: str, location_id: str, start_day: date, days: int) -> list[DayAvailability]:
        result = []
        for entry in self._authority.available_days(service_id, location_id, start_day, days):
            held = self.slots(service_id, location_id, entry.day) if entry.slots else []
            result.append(DayAvailability(entry.day, entry.slots, sum(1 for slot in held if slot.free)))
        return result

    def slots(self, service_id: str, location_id: str, day: date) -> list[Slot]:
        return [replace(slot, capacity=1 if number < self.ALLOWANCE_SLOTS and slot.free else 0, booked=0)
                for number, slot in enumerate(self._authority.slots(service_id, location_id, day))]

    def slot(self, slot_id: str) -> Slot:
        return self._authority.slot(slot_id)

    def book(self, request: BookingRequest) -> Booking:
        return self._authority.book(request)

    def find(self, reference_text: str, name_or_last4: str) -> Booking:
        return self._authority.find(reference_text, name_or_last4)

    def cancel(self, reference_text: str, name_or_last4: str) -> Booking:
        return self._authority.cancel(reference_text, name_or_last4)

    def reschedule(self, reference_text: str, name_or_last4: str, new_slot_id: str) -> Booking:
        return self._authority.reschedule(reference_text, name_or_last4, new_slot_id)


def _selling(kiosk: KioskApp, *, offline: bool) -> None:
    """Book through the kiosk's own authority, or (offline) through it as if its centre did not answer."""
    kiosk.booking.stage_authority(ShownOffline if offline else None)


BOOKING_STEPS = ("booking", "booking-locations", "booking-calendar", "booking-times", "booking-details",
                 "booking-review", "booking-done")
_BOOKING_SCREENS = ("booking", "booking_locations", "booking_calendar", "booking_times", "booking_details",
                    "booking_review", "booking_done")


def _booking(last: str, *, offline: bool = False) -> Navigate:
    """Walk the booking steps as a person would, choosing --service and --location or the first on offer,
    the first day and time with room, up to the screen ``last``; ``offline``: as the centre does not answer."""
    def navigate(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
        booking = kiosk.booking
        _selling(kiosk, offline=offline)
        stop = BOOKING_STEPS.index(last)
        show(window, "home")
        for step, screen in enumerate(_BOOKING_SCREENS[: stop + 1]):
            if screen == "booking_done":
                booking.confirm()
                wait_for(lambda: booking.state == "booked" or bool(booking.error))
                wait_for(lambda: booking.printState not in ("", "printing"), 30000)
            show(window, screen)
            settle(300)
            if step == stop:
                return
            if screen == "booking":
                wait_for(lambda: booking.services.rowCount() > 0)
                booking.chooseService(options.get("service") or booking.services.rows()[0]["serviceId"])
                wait_for(lambda: booking.locations.rowCount() > 0)
            elif screen == "booking_locations":
                booking.chooseLocation(options.get("location") or booking.locations.rows()[0]["locationId"])
                wait_for(lambda: bool(booking.freeDays))
            elif screen == "booking_calendar":
                day = next(row["date"] for row in booking.days.rows() if row["free"])
                booking.chooseDay(day)
                wait_for(lambda: booking.times.rowCount() > 0)
            elif screen == "booking_times":
                booking.chooseSlot(next(row["slotId"] for row in booking.times.rows() if row["free"]))
            elif screen == "booking_details":
                booking.setDetails(options.get("name", DEFAULT_NAME), "+000 00 000 00 00", "")
    return navigate


def _cannot_save(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    """The review of a booking that a full disk refused, with the notice every screen then shows."""
    from kiosk.store import StoreUnavailable

    _booking("booking-review")(kiosk, window, options)
    kiosk.health.cannot_save(StoreUnavailable("full", "the data disk is full (shown by kiosk screenshot)"))
    kiosk.booking._set_error("unavailable")


def _full_offline(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    """The review of a booking refused because, offline, this kiosk holds no place at that time."""
    _booking("booking-review", offline=True)(kiosk, window, options)
    kiosk.booking._set_error("full_offline")


def _booking_manage(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    _selling(kiosk, offline=False)
    show(window, "home", "booking", "booking_manage")


def _booking_manage_offline(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    """Cancel or change while the centre does not answer: the line saying so, and a booking not found here."""
    _selling(kiosk, offline=True)
    show(window, "home", "booking")
    wait_for(lambda: kiosk.booking.sellingOffline)
    show(window, "booking_manage")
    settle(300)
    kiosk.booking._set_error("not_found_offline")


# --- staff mode ------------------------------------------------------------------------------------------------


def leave_staff_mode(kiosk: KioskApp) -> None:
    """Close staff mode if a stop left it open: the next stop starts from the public welcome screen."""
    if kiosk.staff_mode.open:
        kiosk.staff_mode.leave()
        wait_for(lambda: not kiosk.staff_mode.open)


def _seed_staff_day(kiosk: KioskApp) -> None:
    """The fictional staff and day list of ui/staffmode/sample.py, in the tour's data directory."""
    from ui.staffmode import sample

    store, key, today = kiosk.store, kiosk.device_key, kiosk.clock.today()
    if store is None or key is None:
        raise RuntimeError("the staff stops need the cache open and a device key")
    kiosk.runner.call_in_lane("db", lambda: sample.seed(store, key.kiosk_id, today))
    kiosk.staff_signin.refresh()
    if not wait_for(lambda: kiosk.staff_signin.hasAccounts):
        raise LookupError("the sample staff accounts did not load")


def _staff_sign_in(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    leave_staff_mode(kiosk)
    _seed_staff_day(kiosk)
    show(window, "staff")


def _staff_desk(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    """Signed in as the fictional operator, through the PIN pad, at the sample place today."""
    from ui.staffmode import sample

    _staff_sign_in(kiosk, window, options)
    show(window, "staff_pin:" + sample.OPERATOR_ID)
    kiosk.staff_signin.submitPin(sample.PIN)
    if not wait_for(lambda: kiosk.staff_mode.signedIn and window.property("currentScreenName") == "staffDesk"):
        raise LookupError(f"the sample operator was not signed in ({kiosk.staff_signin.problem or 'no answer'})")
    wait_for(lambda: kiosk.staff_desk.rows.rowCount() > 0)


def _staff_check_in(token: str) -> Navigate:
    """The desk after scanning the receipt that ui.staffmode.sample's function ``token`` makes."""
    def navigate(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
        from ui.staffmode import sample

        _staff_desk(kiosk, window, options)
        store, key, today = kiosk.store, kiosk.device_key, kiosk.clock.today()
        scanned = kiosk.runner.call_in_lane("db", lambda: getattr(sample, token)(store, key, today))
        kiosk.staff_desk.scan(scanned)
        wait_for(lambda: bool(kiosk.staff_desk.outcome))
        wait_for(lambda: kiosk.staff_desk.rows.rowCount() > len(sample.PEOPLE) - 1)

    return navigate


def _staff_walk_in(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    """The walk-in form with today's first service and time chosen and a (fictional) name typed."""
    _staff_desk(kiosk, window, options)
    show(window, "staff_walkin")
    wait_for(lambda: kiosk.staff_walkin.state == "" and kiosk.staff_walkin.serviceCount > 0)
    settle(200)
    _child(window, "walkInName").setProperty("text", options.get("name", "Sardor Aliev"))


def _staff_summary(kiosk: KioskApp, window: QQuickWindow, options: dict[str, str]) -> None:
    _staff_desk(kiosk, window, options)
    show(window, "staff_summary")
    wait_for(lambda: kiosk.staff_summary.lines.rowCount() > 0)


STOPS: dict[str, Stop] = {
    "welcome": Stop("attract screen inviting a touch in every language", _screens(), "welcome"),
    "home": Stop("the four service tiles", _screens("home"), "home"),
    "help": Stop("how to use the kiosk", _screens("home", "help"), "help"),
    "rights": Stop("Know your rights: the topics", _screens("home", "rights"), "rights"),
    "rights-topic": Stop("the articles of one topic (--topic ID, default documents)", _rights_topic,
                         "rights_topic"),
    "reader": Stop("an article in the reader (--article ID)", _reader, "rights_article"),
    "search": Stop("search as you type (--query TEXT)", _search, "rights_search"),
    "agency": Stop("Check an agency: lookup as you type (--query TEXT, --country CODE)", _agency_search,
                   "agency"),
    "agency-countries": Stop("the country picker on the agency screen", _country_picker, "agency"),
    "agency-verdict": Stop("the verdict on --agency ID (--country CODE), or not found for --query TEXT",
                           _agency_verdict, "agency_verdict"),
    "agency-report": Stop("reporting --agency ID, step 2: what happened (nothing is sent)", _agency_report(1),
                          "agency_report"),
    "agency-report-agency": Stop("reporting --agency ID, step 1: the agency", _agency_report(0), "agency_report"),
    "agency-report-contact": Stop("reporting --agency ID, step 3: a way to reach you", _agency_report(2),
                                  "agency_report"),
    "booking": Stop("Book an appointment, step 1: the service", _booking("booking"), "booking"),
    "booking-locations": Stop("step 2: the place (--service ID)", _booking("booking-locations"),
                              "booking_locations"),
    "booking-calendar": Stop("step 3: the calendar (--service ID, --location ID)", _booking("booking-calendar"),
                             "booking_calendar"),
    "booking-calendar-offline": Stop("step 3 while the centre does not answer: only this kiosk's places, "
                                     "and a line saying so", _booking("booking-calendar", offline=True),
                                     "booking_calendar"),
    "booking-times": Stop("step 4: the time", _booking("booking-times"), "booking_times"),
    "booking-times-offline": Stop("step 4 while the centre does not answer", _booking("booking-times", offline=True),
                                  "booking_times"),
    "booking-details": Stop("step 5: name, phone, passport's last 4 digits", _booking("booking-details"),
                            "booking_details"),
    "booking-review": Stop("step 6: the review (--name TEXT)", _booking("booking-review"), "booking_review"),
    "booking-done": Stop("the booked receipt screen: REALLY BOOKS in --data-dir (use a throwaway one)",
                         _booking("booking-done"), "booking_done"),
    "cannot-save": Stop("a booking refused because the kiosk cannot save (a full disk), and the notice on every "
                        "screen", _cannot_save, "booking_review"),
    "booking-full-offline": Stop("a booking refused because, offline, this kiosk has no place at that time",
                                 _full_offline, "booking_review"),
    "booking-manage": Stop("cancel or change a booking: the reference and name", _booking_manage,
                           "booking_manage"),
    "booking-manage-offline": Stop("cancel or change while the centre does not answer: only bookings made here, "
                                   "and one not found", _booking_manage_offline, "booking_manage"),
    "languages": Stop("the language picker", _language_picker, "home"),
    "idle-warning": Stop("the countdown before a session is wiped", _idle_warning, "home"),
    "staff-pin": Stop("the staff PIN pad, two digits entered", _staff_pin, "staffPin"),
    "staff-menu": Stop("the staff menu with status", _staff_menu, "staffMenu"),
    "keyboard": Stop("the on-screen keyboard (staff keyboard test)", _keyboard, "staffMenu"),
    "staff-sign-in": Stop("staff mode: tap a name or scan a badge (seeds fictional staff in --data-dir)",
                          _staff_sign_in, "staffSignIn"),
    "staff-desk": Stop("the staff desk: a fictional day's list at the sample place, counts, scanner",
                       _staff_desk, "staffDesk"),
    "staff-checkin-valid": Stop("the desk after scanning a genuine receipt for today here: checked in",
                                _staff_check_in("arriving_token"), "staffDesk"),
    "staff-checkin-forged": Stop("the desk after scanning a receipt whose signature was altered",
                                 _staff_check_in("forged_token"), "staffDesk"),
    "staff-checkin-again": Stop("the desk after scanning the receipt of someone already served",
                                _staff_check_in("served_token"), "staffDesk"),
    "staff-walk-in": Stop("the walk-in form: a service, a time left today, a name (--name TEXT)", _staff_walk_in,
                          "staffWalkIn"),
    "staff-summary": Stop("the day's summary by service and state: print, PDF, CSV", _staff_summary,
                          "staffSummary"),
}

#: Kept for ``kiosk screenshot --list``.
SCREENS: dict[str, str] = {name: stop.description for name, stop in STOPS.items()}

