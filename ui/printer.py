"""The receipt printer, for QML and for the booking flow: print, say what went wrong, reprint.

Rendering and printing run on the ``io`` lane (a receipt takes tens of
milliseconds to render and up to half a minute to come out). A receipt that
does not print is never a lost booking: the problem is recorded as an event
staff see, the printer's state is shown in the staff menu, and staff can print
any recent booking's receipt again from there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk import reference
from kiosk.booking import BookingNotFound, booking_by_reference, recent_bookings
from kiosk.booking.receipt import receipt_for
from kiosk.config import Config
from kiosk.printing import PrintingError, print_and_wait, printer_state
from kiosk.receipts.content import ReceiptContent, sample_content
from kiosk.receipts.device_key import DeviceKey
from kiosk.receipts.render import render_receipt
from kiosk.store import Store
from ui import registry
from ui.rows_model import RowsModel
from ui.session import Session
from ui.tasks import TaskRunner

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION

log = logging.getLogger(__name__)

RECENT = 10


@dataclass(frozen=True)
class _Printed:
    ok: bool
    message: str


@QmlElement
@QmlSingleton
class ReceiptPrinter(QObject):
    create = registry.singleton("printer")

    statusChanged = Signal()

    def __init__(self, runner: TaskRunner, session: Session, store: Callable[[], Store | None], settings: Config,
                 device_key: Callable[[], DeviceKey | None]) -> None:
        super().__init__()
        self._runner = runner
        self._session = session
        self._store = store
        self._settings = settings
        self._device_key = device_key
        self._status = ""
        self._recent = RowsModel(("reference", "summary"))

    @Property(str, notify=statusChanged)
    def status(self) -> str:
        """The printer's state, or its last problem, in a sentence for staff; "" until asked."""
        return self._status

    @Property(QObject, constant=True)
    def recent(self) -> RowsModel:
        """The latest bookings, to print again."""
        return self._recent

    def _set_status(self, text: str) -> None:
        self._status = text
        self.statusChanged.emit()

    # --- printing --------------------------------------------------------------------------------

    def print_receipt(self, receipt: ReceiptContent, title: str, done: Callable[[bool], None]) -> None:
        """Render and print ``receipt``; ``done(printed)`` on the GUI thread. Never raises."""
        queue, server = self._settings.printer_queue, self._settings.printer_server or None
        paper = "a4" if self._settings.printer_paper == "a4" else "roll"

        def job() -> _Printed:
            pdf = render_receipt(receipt, paper)
            try:
                outcome = print_and_wait(pdf, queue, title=title, server=server)
            except PrintingError as error:
                return _Printed(False, str(error))
            return _Printed(outcome.printed, outcome.message)

        def finished(printed: _Printed) -> None:
            if not printed.ok:
                self._problem(printed.message)
            done(printed.ok)

        def crashed(error: BaseException) -> None:
            self._problem(f"the receipt could not be made: {error}")
            done(False)

        self._runner.submit("io", job, finished, crashed)

    def _problem(self, message: str) -> None:
        log.warning("receipt not printed: %s", message)
        self._set_status(message)

        def record() -> None:
            store = self._store()
            if store is not None:
                store.record_event("printer", message)

        self._runner.submit("db", record)

    # --- the staff menu ------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Ask CUPS how the printer is, and read the latest bookings."""
        queue, server = self._settings.printer_queue, self._settings.printer_server or None

        def state() -> str:
            found = printer_state(queue, server)
            return f"Printer {queue}: {found.condition.value}. {found.message}".strip()

        self._runner.submit("io", state, self._set_status)

        def bookings() -> list[dict[str, str]]:
            store = self._store()
            if store is None:
                return []
            return [{"reference": reference.display(b.reference),
                     "summary": f"{reference.display(b.reference)}  {b.start:%Y-%m-%d %H:%M}  {b.name}"}
                    for b in recent_bookings(store, RECENT)]

        self._runner.submit("db", bookings, self._recent.replace)

    @Slot(str)
    def reprint(self, shown_reference: str) -> None:
        """Print a booking's receipt again: after a crash between commit and print, or a paper jam."""
        code = reference.parse_reference(shown_reference)

        def job() -> ReceiptContent:
            store, key = self._store(), self._device_key()
            if store is None or key is None:
                raise RuntimeError("the local cache or the device key is not available")
            booking = booking_by_reference(store, code)
            if booking is None:
                raise BookingNotFound(f"no booking {code}")
            return receipt_for(store, booking, key)

        self._runner.submit("db", job, lambda receipt: self.print_receipt(
            receipt, f"reprint {receipt.reference}", lambda ok: self.refresh()), self._failed)

    @Slot()
    def testPrint(self) -> None:
        """The fictional sample receipt, as `kiosk receipt sample` makes it."""
        receipt = sample_content(self._session.language, self._device_key())
        self.print_receipt(receipt, "test print", lambda ok: self.refresh())

    def _failed(self, error: BaseException) -> None:
        log.error("reprint failed: %s", error)
        self._set_status(f"Reprint failed: {error}")

