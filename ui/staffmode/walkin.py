"""A walk-in at the staff desk, for QML: a service, one of today's remaining times here, a name, a phone.

Booked by :func:`kiosk.staff.walkin.walk_in` through the booking authority the
public screens sell through (:meth:`ui.booking.BookingController.authority_on_lane`),
so the same seats and the same rules hold; the person is at the desk, so the
walk-in is checked in too. The receipt is printed as every receipt is; when it
does not print, the screen shows its reference and QR code to photograph.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.booking.errors import (
    AlreadyBooked,
    InvalidDetails,
    NoSeatHere,
    OutsideBookingWindow,
    SlotFull,
    UnknownSlot,
)
from kiosk.staff.errors import NotThisDesk
from ui import registry
from ui.properties import qt_property
from ui.rows_model import RowsModel
from ui.staffmode.desk import qr_source

if TYPE_CHECKING:
    from kiosk.booking import Booking
    from kiosk.receipts.content import ReceiptContent
    from kiosk.receipts.device_key import DeviceKey
    from kiosk.staff.session import Desk, StaffSession
    from kiosk.store import Store
    from ui.booking import BookingController
    from ui.printer import ReceiptPrinter
    from ui.session import Session
    from ui.staffmode.desk import StaffDesk
    from ui.staffmode.mode import StaffMode

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION

log = logging.getLogger(__name__)

#: A refusal of the booking authority (or of the desk) as the form says it; the first that matches.
PROBLEMS: tuple[tuple[type[Exception], str], ...] = (
    (NoSeatHere, "full_offline"), (SlotFull, "full"), (AlreadyBooked, "already"),
    (OutsideBookingWindow, "passed"), (UnknownSlot, "passed"), (NotThisDesk, "passed"),
)


@dataclass(frozen=True)
class _Offer:
    services: list[dict[str, Any]]
    times: dict[str, list[dict[str, Any]]]  # service id -> its remaining times today


@QmlElement
@QmlSingleton
class StaffWalkIn(QObject):
    create = registry.singleton("staff_walkin")

    offerChanged = Signal()
    choiceChanged = Signal()
    stateChanged = Signal()

    def __init__(self, mode: StaffMode, session: Session, booking: BookingController, printer: ReceiptPrinter,
                 desk: StaffDesk, device_key: Callable[[], DeviceKey | None]) -> None:
        super().__init__()
        self._mode = mode
        self._session = session
        self._booking = booking
        self._printer = printer
        self._desk = desk
        self._device_key = device_key
        self._services = RowsModel(("serviceId", "name"))
        self._times = RowsModel(("slotId", "time", "free"))
        self._offer = _Offer([], {})
        self._service_id = ""
        self._slot_id = ""
        self._state = ""
        self._problem = ""
        self._done: dict[str, str] = {}
        mode.changed.connect(self._member_changed)

    # --- the form ---------------------------------------------------------------------------------------

    @qt_property(QObject, constant=True)
    def services(self) -> RowsModel:
        """Services with a time left today at the desk's place."""
        return self._services

    @qt_property(QObject, constant=True)
    def times(self) -> RowsModel:
        """The chosen service's times left today, with a seat."""
        return self._times

    @qt_property(int, notify=offerChanged)
    def serviceCount(self) -> int:
        return self._services.rowCount()

    @qt_property(int, notify=choiceChanged)
    def timeCount(self) -> int:
        return self._times.rowCount()

    @qt_property(str, notify=choiceChanged)
    def serviceId(self) -> str:
        return self._service_id

    @qt_property(str, notify=choiceChanged)
    def slotId(self) -> str:
        return self._slot_id

    @qt_property(bool, notify=offerChanged)
    def loaded(self) -> bool:
        return self._state != "loading"

    @qt_property(str, notify=stateChanged)
    def state(self) -> str:
        """"" (filling in), "loading", "booking", "booked"."""
        return self._state

    @qt_property(str, notify=stateChanged)
    def problem(self) -> str:
        """name, phone (what was typed), full, full_offline, already, passed, failed; "" if none."""
        return self._problem

    @qt_property("QVariantMap", notify=stateChanged)
    def booked(self) -> dict[str, str]:
        """The walk-in booked: ``reference``, ``service``, ``time``, ``printState`` (printing, printed,
        problem) and, once printing failed, ``qr``."""
        return self._done

    @Slot()
    def begin(self) -> None:
        """A new walk-in: the offer as it is now, nothing chosen or typed."""
        self._service_id, self._slot_id, self._problem, self._done = "", "", "", {}
        self._state = "loading"
        self._services.replace([])
        self._times.replace([])
        self.choiceChanged.emit()
        self.stateChanged.emit()
        self.offerChanged.emit()
        language, booking, now = self._session.language, self._booking, self._mode.clock.now

        def job(desk: Desk, session: StaffSession, store: Store) -> _Offer:
            from kiosk.booking import catalogue

            authority = booking.authority_on_lane(store)
            services, times = [], {}
            moment = now()
            for service in catalogue.services(store):
                left = [{"slotId": slot.id, "time": slot.start.strftime("%H:%M"), "free": slot.free}
                        for slot in authority.slots(service.id, desk.location_id, desk.day)
                        if slot.free > 0 and slot.start > moment]
                if left:
                    services.append({"serviceId": service.id, "name": service.name(language)})
                    times[service.id] = left
            return _Offer(services, times)

        self._mode.on_desk("walkin_offer", job, self._offered, self._failed)

    def _offered(self, offer: _Offer) -> None:
        self._offer = offer
        self._services.replace(offer.services)
        self._state = ""
        self.stateChanged.emit()
        self.offerChanged.emit()
        if offer.services:
            self.chooseService(offer.services[0]["serviceId"])

    @Slot(str)
    def chooseService(self, service_id: str) -> None:
        if service_id not in self._offer.times:
            return
        self._service_id = service_id
        times = self._offer.times[service_id]
        self._times.replace(times)
        self._slot_id = times[0]["slotId"] if times else ""
        self.choiceChanged.emit()

    @Slot(str)
    def chooseSlot(self, slot_id: str) -> None:
        if any(row["slotId"] == slot_id for row in self._times.rows()):
            self._slot_id = slot_id
            self.choiceChanged.emit()

    # --- booking and the receipt -----------------------------------------------------------------------

    @Slot(str, str)
    def book(self, name: str, phone: str) -> None:
        if self._state in ("booking", "loading") or not self._slot_id:
            return
        from kiosk.booking.model import BookingRequest
        from kiosk.booking.person import checked_details

        request = BookingRequest(self._slot_id, name, phone, "", self._session.language)
        try:
            checked_details(request)  # here, at once: it is only text
        except InvalidDetails as problem:
            self._set_state("", problem.field)
            return
        self._set_state("booking", "")
        booking, key = self._booking, self._device_key()

        def job(desk: Desk, session: StaffSession, store: Store) -> tuple[Booking, ReceiptContent]:
            from kiosk.booking.receipt import receipt_for
            from kiosk.staff.walkin import walk_in

            if key is None:
                raise RuntimeError("this kiosk has no device key, so it cannot sign receipts")
            made = walk_in(desk, session, booking.authority_on_lane(store), request)
            # Committed and audited: from here on nothing may lose it.
            return made, receipt_for(store, made, key)

        self._mode.on_desk("walkin", job, self._walked_in, self._failed)

    def _walked_in(self, answer: tuple[Booking, ReceiptContent]) -> None:
        made, receipt = answer
        log.info("walk-in %s booked for slot %s", made.reference, made.slot_id)
        self._done = {"reference": receipt.reference, "service": receipt.service_name,
                      "time": made.start.strftime("%H:%M"), "printState": "printing", "qr": ""}
        self._set_state("booked", "")
        self._desk.reload()

        def printed(ok: bool) -> None:
            if self._done.get("reference") != receipt.reference:
                return  # a new walk-in since
            self._done = {**self._done, "printState": "printed" if ok else "problem",
                          "qr": "" if ok else qr_source(receipt.token)}
            self.stateChanged.emit()

        self._printer.print_receipt(receipt, f"walk-in {receipt.reference}", printed)

    def _failed(self, error: BaseException) -> None:
        problem = next((name for kind, name in PROBLEMS if isinstance(error, kind)), "")
        if isinstance(error, InvalidDetails):
            problem = error.field
        if not problem:
            log.error("walk-in not booked: %s", error)
            problem = "failed"
        self._set_state("", problem)
        if problem in ("full", "full_offline", "passed"):
            self.begin_keeping_problem(problem)

    def begin_keeping_problem(self, problem: str) -> None:
        """Show the times as they are now, still saying why the last one was refused."""
        self.begin()
        self._problem = problem
        self.stateChanged.emit()

    def _set_state(self, state: str, problem: str) -> None:
        self._state, self._problem = state, problem
        self.stateChanged.emit()

    def _member_changed(self) -> None:
        if not self._mode.signedIn:
            self._service_id, self._slot_id, self._state, self._problem, self._done = "", "", "", "", {}
            self._services.replace([])
            self._times.replace([])
            self.choiceChanged.emit()
            self.stateChanged.emit()
