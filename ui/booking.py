"""Book an appointment, for QML: the steps, the booking, the receipt and its printing.

The controller keeps what the person chose at each step, so going back never
loses a choice, and asks a :class:`kiosk.booking.BookingAuthority` everything
else. :func:`kiosk.booking.authority_for` chooses it: the kiosk itself
(:class:`~kiosk.booking.LocalAuthority`), or for a kiosk enrolled with a central
service the centre (:class:`~kiosk.booking.remote.RemoteAuthority`, reached through
``sync.agent.live.centre_for``). While the centre does not answer, that authority
sells only the seats this kiosk can honour on its own and says so
(``selling_offline``): every answer brings that flag back with it, and the
screens show :attr:`BookingController.sellingOffline`.

Order matters for durability: the authority commits the booking and its outbox
item before it returns (``synchronous=FULL``); only then is the reference shown
and the receipt rendered and printed. A failed print never undoes a booking:
the screen shows the code and QR code to photograph, and staff can reprint.

The authority, the catalogue and the receipt are imported by the jobs that use
them, on the database lane: the first frame waits for none of them (nor for the
cryptography that signs receipts).
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk import reference
from kiosk.booking.errors import (
    AlreadyBooked,
    AppointmentPassed,
    BookingCancelled,
    BookingNotFound,
    InvalidDetails,
    NoSeatHere,
    NotHeldHere,
    OutsideBookingWindow,
    SlotFull,
    UnknownSlot,
)
from kiosk.store import StoreUnavailable
from kiosk.text.dates import long_date, month_title, weekday_abbreviations
from ui import registry
from ui.health import KioskHealth
from ui.latest import LatestRequests
from ui.properties import Readable, qt_property
from ui.rows_model import RowsModel

if TYPE_CHECKING:
    from kiosk.booking import Booking, BookingAuthority
    from kiosk.booking.centre import SeatCentre
    from kiosk.config import Config
    from kiosk.receipts.content import ReceiptContent
    from kiosk.receipts.device_key import DeviceKey
    from kiosk.store import Store
    from ui.printer import ReceiptPrinter
    from ui.session import Session
    from ui.speech import SpeechController
    from ui.tasks import TaskRunner

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION

log = logging.getLogger(__name__)

# A mobile office visiting within this many days is marked "visiting soon".
SOON_DAYS = 14


def _text(texts: Any, language: str) -> str:
    from kiosk.booking.model import in_language

    return in_language(texts, language)


@dataclass(frozen=True)
class _Answer:
    """What a job on the database lane brings back: its value or its error, and whether the authority that
    answered sells offline (read there, on the lane that owns it, and shown on the GUI thread)."""

    value: Any
    error: Exception | None
    selling_offline: bool


#: Makes the authority the screens use from the kiosk's own (see BookingController.stage_authority).
Stage = Callable[["BookingAuthority"], "BookingAuthority"]


def _choice_property(key: str, notify: Signal) -> Readable[str]:
    """A read-only string property for one of the choices a BookingController keeps."""
    return qt_property(str, notify=notify)(lambda controller: controller._choice[key])


@QmlElement
@QmlSingleton
class BookingController(QObject):
    create = registry.singleton("booking")

    choiceChanged = Signal()
    monthChanged = Signal()
    stateChanged = Signal()
    errorChanged = Signal()
    receiptChanged = Signal()
    printChanged = Signal()
    foundChanged = Signal()
    sellingOfflineChanged = Signal()

    def __init__(self, runner: TaskRunner, session: Session, speech: SpeechController,
                 store: Callable[[], Store | None], settings: Config, printer: ReceiptPrinter,
                 device_key: Callable[[], DeviceKey | None], *, now: Callable[[], datetime] = datetime.now,
                 health: KioskHealth | None = None) -> None:
        super().__init__()
        self._health = health or KioskHealth()
        self._session = session
        self._speech = speech
        self._store = store
        self._settings = settings
        self._printer = printer
        self._device_key = device_key
        self._now = now
        self._authority: BookingAuthority | None = None
        self._stage: Stage | None = None
        self._selling_offline = False
        self._requests = LatestRequests(runner, store)
        self._services = RowsModel(("serviceId", "name", "minutes"))
        self._locations = RowsModel(("locationId", "name", "address", "kind", "town", "nextVisit", "nextFree",
                                     "soon"))
        self._days = RowsModel(("date", "label", "title", "free", "state"))
        self._times = RowsModel(("slotId", "time", "free"))
        self._reset()
        session.languageChanged.connect(self._language_changed)

    def _reset(self) -> None:
        self._choice: dict[str, str] = {key: "" for key in (
            "serviceId", "serviceName", "locationId", "locationName", "locationAddress", "day", "slotId",
            "slotTime", "name", "phone", "last4")}
        self._month = date(1, 1, 1)
        self._free_days: list[str] = []
        self._state = ""
        self._error = ""
        self._reference = ""
        self._qr_source = ""
        self._documents: list[str] = []
        self._receipt: ReceiptContent | None = None
        self._print_state = ""
        self._found: dict[str, Any] = {}
        self._found_query: tuple[str, str] = ("", "")
        self._rescheduling = False

    # --- what was chosen ------------------------------------------------------------------------

    serviceId = _choice_property("serviceId", choiceChanged)
    serviceName = _choice_property("serviceName", choiceChanged)
    locationId = _choice_property("locationId", choiceChanged)
    locationName = _choice_property("locationName", choiceChanged)
    locationAddress = _choice_property("locationAddress", choiceChanged)
    day = _choice_property("day", choiceChanged)
    slotId = _choice_property("slotId", choiceChanged)
    slotTime = _choice_property("slotTime", choiceChanged)
    name = _choice_property("name", choiceChanged)
    phone = _choice_property("phone", choiceChanged)
    last4 = _choice_property("last4", choiceChanged)

    @qt_property(str, notify=choiceChanged)
    def dayTitle(self) -> str:
        return long_date(date.fromisoformat(self._choice["day"]), self._session.language) \
            if self._choice["day"] else ""

    @qt_property(QObject, constant=True)
    def services(self) -> RowsModel:
        return self._services

    @qt_property(QObject, constant=True)
    def locations(self) -> RowsModel:
        return self._locations

    @qt_property(QObject, constant=True)
    def days(self) -> RowsModel:
        return self._days

    @qt_property(QObject, constant=True)
    def times(self) -> RowsModel:
        return self._times

    @qt_property(str, notify=monthChanged)
    def monthTitle(self) -> str:
        if self._month.year == 1:
            return ""
        return month_title(self._month.year, self._month.month, self._session.language)

    @qt_property("QStringList", notify=monthChanged)
    def weekdayNames(self) -> list[str]:
        return list(weekday_abbreviations(self._session.language))  # Monday first

    @qt_property("QStringList", notify=monthChanged)
    def freeDays(self) -> list[str]:
        return self._free_days

    @qt_property(bool, notify=monthChanged)
    def canShowEarlier(self) -> bool:
        today = self._now().date()
        return (self._month.year, self._month.month) > (today.year, today.month)

    @qt_property(bool, notify=monthChanged)
    def canShowLater(self) -> bool:
        last = self._now().date() + timedelta(days=self._settings.booking_window_days)
        return (self._month.year, self._month.month) < (last.year, last.month)

    @qt_property(str, notify=stateChanged)
    def state(self) -> str:
        """"" (choosing), "booking" (being committed), "booked", or "cancelled"."""
        return self._state

    @qt_property(str, notify=errorChanged)
    def error(self) -> str:
        """Why the last step was refused: name, phone, passport_last4, full, full_offline, already, window,
        reference, not_found, not_found_offline, passed, unavailable, failed; "" when it was not."""
        return self._error

    @qt_property(bool, notify=sellingOfflineChanged)
    def sellingOffline(self) -> bool:
        """Whether the last answer came while the centre did not: the seats shown (and the bookings that can
        be found) are only this kiosk's own, and the screens say so. Not the person's: a wipe keeps it."""
        return self._selling_offline

    @qt_property(bool, notify=stateChanged)
    def rescheduling(self) -> bool:
        return self._rescheduling

    @property
    def shown_receipt(self) -> ReceiptContent | None:
        """The receipt on screen (printed, or to photograph), for tests and read-aloud."""
        return self._receipt

    @qt_property(str, notify=receiptChanged)
    def reference(self) -> str:
        return self._reference

    @qt_property(str, notify=receiptChanged)
    def qrSource(self) -> str:
        return self._qr_source

    @qt_property("QStringList", notify=receiptChanged)
    def documents(self) -> list[str]:
        return self._documents

    @qt_property(str, notify=printChanged)
    def printState(self) -> str:
        """"" (nothing to print), "printing", "printed" or "problem"."""
        return self._print_state

    @qt_property("QVariantMap", notify=foundChanged)
    def found(self) -> dict[str, Any]:
        return self._found

    # --- the lanes ----------------------------------------------------------------------------------

    def _on_db(self, kind: str, job: Callable[[Store, BookingAuthority], Any], done: Callable[[Any], None],
               failed: Callable[[BaseException], None] | None = None) -> None:
        """Ask the booking authority on the database lane; a failure with no handler of its own reads "failed".

        Whatever the answer, the authority's ``selling_offline`` comes back with it (read on the lane) and
        :attr:`sellingOffline` follows it before ``done`` or ``failed`` runs.
        """
        def general(error: BaseException) -> None:
            log.error("booking: %s failed: %s", kind, error)
            self._set_error("failed")

        refused = failed or general

        def run(store: Store) -> _Answer:
            authority = self._authority_for(store)
            try:
                value = job(store, authority)
            except Exception as error:  # delivered to ``refused`` on the GUI thread, with the offline flag
                return _Answer(None, error, authority.selling_offline)
            return _Answer(value, None, authority.selling_offline)

        def answered(answer: _Answer) -> None:
            self._set_selling_offline(answer.selling_offline)
            if answer.error is None:
                done(answer.value)
            else:
                refused(answer.error)

        self._requests.on_db(kind, run, answered, refused)

    def _authority_for(self, store: Store) -> BookingAuthority:
        """The authority that sells seats (kiosk.booking chooses which); made on the db lane, where it is used."""
        if self._authority is None:
            from kiosk.booking.authority import authority_for

            self._authority = authority_for(store, self._settings, now=self._now,
                                            kiosk_id=self._signing_key().kiosk_id, centre=self._centre())
        stage = self._stage
        return self._authority if stage is None else stage(self._authority)

    def authority_on_lane(self, store: Store) -> BookingAuthority:
        """The authority the public booking screens sell through, for the staff desk's walk-ins (the same
        seats, the same rules); call it on the database lane."""
        return self._authority_for(store)

    def _centre(self) -> SeatCentre | None:
        """The central service of an enrolled kiosk, None for one that is its own authority (or has no data
        directory to be enrolled in)."""
        data_dir = getattr(self._settings, "data_dir", None)
        if not data_dir:
            return None
        from pathlib import Path

        from sync.agent.live import centre_for

        return centre_for(Path(data_dir))

    def stage_authority(self, stage: Stage | None) -> None:
        """From the next request on, ask ``stage(authority)`` instead of the kiosk's own authority; None undoes it.

        For the tour (``kiosk screenshot``, the layout audit), which shows the offline screens with the demo
        schedule, and for tests with an authority of their own. ``stage`` runs on the database lane.
        """
        self._stage = stage

    def _set_selling_offline(self, offline: bool) -> None:
        if offline != self._selling_offline:
            self._selling_offline = offline
            self.sellingOfflineChanged.emit()

    def _signing_key(self) -> DeviceKey:
        key = self._device_key()
        if key is None:
            raise RuntimeError("this kiosk has no device key, so it cannot sign receipts (see the log)")
        return key

    def _set_error(self, error: str) -> None:
        self._error = error
        self.errorChanged.emit()

    # --- the steps -----------------------------------------------------------------------------------

    @Slot()
    def begin(self) -> None:
        """A new booking from the first step: whatever an earlier one left on screen goes."""
        self.wipe()
        self.loadServices()

    @Slot()
    def beginManage(self) -> None:
        self._found, self._found_query, self._rescheduling, self._state = {}, ("", ""), False, ""
        self._set_error("")
        self.foundChanged.emit()
        self.stateChanged.emit()

    @Slot()
    def loadServices(self) -> None:
        language = self._session.language

        def job(store: Store, _: BookingAuthority) -> list[dict[str, Any]]:
            from kiosk.booking import catalogue

            return [{"serviceId": s.id, "name": s.name(language), "minutes": s.duration_minutes}
                    for s in catalogue.services(store)]

        self._on_db("services", job, self._services.replace)

    @Slot(str)
    def chooseService(self, service_id: str) -> None:
        row = next((r for r in self._services.rows() if r["serviceId"] == service_id), None)
        if row is None:
            return
        if service_id != self._choice["serviceId"]:
            self._update(serviceId=service_id, serviceName=row["name"], locationId="", locationName="",
                         locationAddress="", day="", slotId="", slotTime="")
        self._load_locations()

    def _load_locations(self) -> None:
        language, service_id, today = self._session.language, self._choice["serviceId"], self._now().date()

        def job(store: Store, authority: BookingAuthority) -> list[dict[str, Any]]:
            rows = []
            for choice in authority.locations_for(service_id):
                visit, free = choice.next_visit, choice.next_free_day
                rows.append({
                    "locationId": choice.location.id, "name": choice.location.name(language),
                    "address": _text(choice.location.address, language), "kind": choice.location.kind,
                    "town": _text(choice.location.town, language),
                    "nextVisit": long_date(visit, language) if visit else "",
                    "nextFree": long_date(free, language) if free else "",
                    "soon": visit is not None and (visit - today).days <= SOON_DAYS,
                })
            return rows

        self._on_db("locations", job, self._locations.replace)

    @Slot(str)
    def chooseLocation(self, location_id: str) -> None:
        row = next((r for r in self._locations.rows() if r["locationId"] == location_id), None)
        if row is None:
            return
        if location_id != self._choice["locationId"]:
            self._update(locationId=location_id, locationName=row["name"], locationAddress=row["address"],
                         day="", slotId="", slotTime="")
        today = self._now().date()
        self._month = date(today.year, today.month, 1)
        self._load_month(jump_to_first_free=True)

    @Slot(int)
    def showMonth(self, step: int) -> None:
        month = self._month.month - 1 + step
        self._month = date(self._month.year + month // 12, month % 12 + 1, 1)
        self._load_month(jump_to_first_free=False)

    def _load_month(self, *, jump_to_first_free: bool) -> None:
        service_id, location_id = self._choice["serviceId"], self._choice["locationId"]
        month, today, language = self._month, self._now().date(), self._session.language
        last = today + timedelta(days=self._settings.booking_window_days)

        def job(store: Store, authority: BookingAuthority) -> tuple[date, list[dict[str, Any]]]:
            import calendar

            first = month
            if jump_to_first_free:  # open the calendar on the month of the first free day
                days = authority.available_days(service_id, location_id, today, (last - today).days + 1)
                free = next((d.day for d in days if d.available), None)
                if free is not None:
                    first = date(free.year, free.month, 1)
            length = calendar.monthrange(first.year, first.month)[1]
            found = {d.day: d for d in authority.available_days(service_id, location_id, first, length)}
            cells: list[dict[str, Any]] = [{"date": "", "label": "", "title": "", "free": 0, "state": "blank"}] \
                * first.weekday()
            for number in range(1, length + 1):
                day = first.replace(day=number)
                availability = found.get(day)
                free_slots = availability.free_slots if availability else 0
                state = "free" if free_slots else ("full" if availability and availability.slots else "closed")
                cells.append({"date": day.isoformat(), "label": str(number), "title": long_date(day, language),
                              "free": free_slots, "state": state})
            return first, cells

        def done(result: tuple[date, list[dict[str, Any]]]) -> None:
            self._month, cells = result
            self._days.replace(cells)
            self._free_days = [cell["label"] for cell in cells if cell["free"]]
            self.monthChanged.emit()

        self._on_db("month", job, done)

    @Slot(str)
    def chooseDay(self, day: str) -> None:
        if day != self._choice["day"]:
            self._update(day=day, slotId="", slotTime="")
        service_id, location_id = self._choice["serviceId"], self._choice["locationId"]
        self._on_db("times", lambda store, authority: [
            {"slotId": s.id, "time": s.start.strftime("%H:%M"), "free": s.free}
            for s in authority.slots(service_id, location_id, date.fromisoformat(day))], self._times.replace)

    @Slot(str)
    def chooseSlot(self, slot_id: str) -> None:
        row = next((r for r in self._times.rows() if r["slotId"] == slot_id), None)
        if row is not None:
            self._update(slotId=slot_id, slotTime=row["time"])
            self._set_error("")

    @Slot(str, str, str, result=bool)
    def setDetails(self, name: str, phone: str, last4: str) -> bool:
        """Check what was typed (here, at once: it is only text) and keep it; False names the field in error."""
        from kiosk.booking.model import BookingRequest
        from kiosk.booking.person import checked_details

        try:
            details = checked_details(BookingRequest("", name, phone, last4, self._session.language))
        except InvalidDetails as problem:
            self._set_error(problem.field)
            return False
        self._update(name=details.name, phone=details.phone, last4=details.passport_last4)
        self._set_error("")
        return True

    def _update(self, **values: str) -> None:
        self._choice.update(values)
        self.choiceChanged.emit()

    # --- booking ---------------------------------------------------------------------------------------

    @Slot()
    def confirm(self) -> None:
        if self._state == "booking":
            return  # a second tap must not book twice
        choice, language = dict(self._choice), self._session.language
        found_query = self._found_query
        rescheduling = self._rescheduling
        self._state = "booking"
        self.stateChanged.emit()
        self._set_error("")

        def job(store: Store, authority: BookingAuthority) -> tuple[Booking, ReceiptContent]:
            from kiosk.booking.model import BookingRequest
            from kiosk.booking.receipt import receipt_for

            if rescheduling:
                booking = authority.reschedule(found_query[0], found_query[1], choice["slotId"])
            else:
                booking = authority.book(BookingRequest(choice["slotId"], choice["name"], choice["phone"],
                                                        choice["last4"], language))
            # Committed: from here on, nothing that fails may lose the booking.
            return booking, receipt_for(store, booking, self._signing_key())

        self._on_db("book", job, self._booked, self._refused)

    def _booked(self, result: tuple[Booking, ReceiptContent]) -> None:
        booking, receipt = result
        self._health.saved()
        log.info("booking %s committed for slot %s", booking.reference, booking.slot_id)
        self._show_receipt(receipt)
        self._state = "booked"
        self.stateChanged.emit()
        self.printReceipt()

    def _show_receipt(self, receipt: ReceiptContent) -> None:
        from kiosk.qr import qr_svg

        self._receipt = receipt
        self._reference = receipt.reference
        self._documents = list(receipt.documents)
        self._qr_source = "data:image/svg+xml;base64," + base64.b64encode(qr_svg(receipt.token)).decode("ascii")
        self.receiptChanged.emit()

    def _refused(self, error: BaseException) -> None:
        self._state = ""
        self.stateChanged.emit()
        if isinstance(error, InvalidDetails):
            self._set_error(error.field)
        elif isinstance(error, NoSeatHere):  # a SlotFull: more may be free at the office
            self._set_error("full_offline")
        elif isinstance(error, NotHeldHere):  # changing, offline, a booking made at another kiosk
            self._set_error("not_found_offline")
        elif isinstance(error, SlotFull):
            self._set_error("full")
        elif isinstance(error, AlreadyBooked):
            self._set_error("already")
        elif isinstance(error, OutsideBookingWindow | UnknownSlot):
            self._set_error("window")
        elif isinstance(error, AppointmentPassed | BookingCancelled):
            self._set_error("passed")
        elif isinstance(error, StoreUnavailable) and error.reason != "busy":
            self._health.cannot_save(error)
            self._set_error("unavailable")
        else:
            log.error("booking not saved: %s", error)
            self._set_error("failed")
        if isinstance(error, SlotFull | OutsideBookingWindow | UnknownSlot) and self._choice["day"]:
            self.chooseDay(self._choice["day"])  # show the times as they are now

    # --- the receipt -------------------------------------------------------------------------------------

    @Slot()
    def printReceipt(self) -> None:
        receipt = self._receipt
        if receipt is None:
            return
        self._set_print_state("printing")
        newest = self._requests.begin("print")

        def printed(ok: bool) -> None:
            if newest():  # not after the wipe
                self._set_print_state("printed" if ok else "problem")

        self._printer.print_receipt(receipt, f"receipt {receipt.reference}", printed)

    def _set_print_state(self, state: str) -> None:
        self._print_state = state
        self.printChanged.emit()

    @Slot()
    def readReceipt(self) -> None:
        if self._receipt is not None:
            from kiosk.receipts.sentences import receipt_sentences

            self._speech.speakSentences(receipt_sentences(self._receipt))

    # --- cancel or change --------------------------------------------------------------------------------

    @Slot(str, str)
    def findBooking(self, reference_text: str, who: str) -> None:
        language = self._session.language
        self._found_query = (reference_text, who)

        def job(store: Store, authority: BookingAuthority) -> dict[str, Any]:
            booking = authority.find(reference_text, who)
            return self._found_values(store, booking, language)

        self._set_error("")
        self._on_db("find", job, self._set_found, self._not_found)

    def _found_values(self, store: Store, booking: Booking, language: str) -> dict[str, Any]:
        from kiosk.booking import catalogue

        service = catalogue.service(store, booking.service_id)
        location = catalogue.location(store, booking.location_id)
        summary = "\n".join([reference.display(booking.reference), service.name(language),
                             f"{location.name(language)}, {_text(location.address, language)}",
                             f"{long_date(booking.start.date(), language)}, {booking.start:%H:%M}"])
        return {"reference": reference.display(booking.reference), "summary": summary,
                "cancelled": booking.status == "cancelled", "serviceId": booking.service_id,
                "serviceName": service.name(language), "locationId": booking.location_id,
                "locationName": location.name(language), "locationAddress": _text(location.address, language),
                "name": booking.name}

    def _set_found(self, values: dict[str, Any]) -> None:
        self._found = values
        self.foundChanged.emit()

    def _not_found(self, error: BaseException) -> None:
        self._set_found({})
        if isinstance(error, reference.InvalidReference):
            self._set_error("reference")
        elif isinstance(error, NotHeldHere):  # a BookingNotFound: it may be another kiosk's
            self._set_error("not_found_offline")
        elif isinstance(error, BookingNotFound):
            self._set_error("not_found")
        elif isinstance(error, AppointmentPassed | BookingCancelled):
            self._set_error("passed")
        elif isinstance(error, StoreUnavailable) and error.reason != "busy":
            self._health.cannot_save(error)
            self._set_error("unavailable")
        else:
            log.error("finding a booking failed: %s", error)
            self._set_error("failed")

    @Slot()
    def cancelBooking(self) -> None:
        query, language = self._found_query, self._session.language
        self._on_db("cancel", lambda store, authority: self._found_values(
            store, authority.cancel(*query), language), self._cancelled, self._not_found)

    def _cancelled(self, values: dict[str, Any]) -> None:
        self._set_found(values)
        self._state = "cancelled"
        self.stateChanged.emit()

    @Slot()
    def startReschedule(self) -> None:
        """Change the time of the found booking: same service and place, the calendar and times steps again."""
        found = self._found
        if not found:
            return
        self._rescheduling = True
        self._update(serviceId=found["serviceId"], serviceName=found["serviceName"],
                     locationId=found["locationId"], locationName=found["locationName"],
                     locationAddress=found["locationAddress"], name=found["name"], day="", slotId="", slotTime="")
        self.stateChanged.emit()
        today = self._now().date()
        self._month = date(today.year, today.month, 1)
        self._load_month(jump_to_first_free=True)

    # --- session -------------------------------------------------------------------------------------------

    def _language_changed(self) -> None:
        if self._services.rowCount():
            self.loadServices()
        if self._choice["serviceId"]:
            self._load_locations()
        self.monthChanged.emit()
        self.choiceChanged.emit()

    def wipe(self) -> None:
        """Forget the unfinished (or finished) booking on screen. A committed booking is in the store, not here."""
        self._requests.forget()
        self._reset()
        for model in (self._locations, self._days, self._times):
            model.replace([])
        for signal in (self.choiceChanged, self.monthChanged, self.stateChanged, self.errorChanged,
                       self.receiptChanged, self.printChanged, self.foundChanged):
            signal.emit()
