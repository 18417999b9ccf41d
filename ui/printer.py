"""The receipt printer, for QML and for the booking flow: print, say what went wrong, reprint.

Rendering and printing run on the ``io`` lane (a receipt takes tens of
milliseconds to render and up to half a minute to come out). A receipt that
does not print is never a lost booking: the problem is recorded as an event
staff see, the printer's state is shown in the staff menu, and staff can print
any recent booking's receipt again from there.

The bookings and receipts are imported by the jobs that use them, on their
lanes: the first frame waits for none of them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk import reference
from kiosk.staff_words import Notice, encode, say
from kiosk.text.dates import date_time_text
from ui import registry
from ui.properties import qt_property
from ui.rows_model import RowsModel

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.receipts.content import ReceiptContent
    from kiosk.receipts.device_key import DeviceKey
    from kiosk.receipts.render import Layout
    from kiosk.store import Store
    from ui.session import Session
    from ui.tasks import TaskRunner

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION

log = logging.getLogger(__name__)

RECENT = 10


@dataclass(frozen=True)
class _Printed:
    ok: bool
    notices: tuple[Notice, ...]


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
        self._status: tuple[Notice, ...] = ()
        self._recent = RowsModel(("reference", "summary"))
        session.languageChanged.connect(self._language_changed)

    @qt_property(str, notify=statusChanged)
    def status(self) -> str:
        """The printer's state, or its last problem, for staff in the screen's language; "" until asked."""
        return say(self._status, self._session.language)

    @qt_property(QObject, constant=True)
    def recent(self) -> RowsModel:
        """The latest bookings, to print again."""
        return self._recent

    def _set_status(self, notices: tuple[Notice, ...]) -> None:
        self._status = notices
        self.statusChanged.emit()

    # --- printing --------------------------------------------------------------------------------

    def print_receipt(self, receipt: ReceiptContent, title: str, done: Callable[[bool], None]) -> None:
        """Render and print ``receipt``; ``done(printed)`` on the GUI thread. Never raises."""
        queue, server = self._settings.printer_queue, self._settings.printer_server or None
        paper: Layout = "a4" if self._settings.printer_paper == "a4" else "roll"

        def job() -> _Printed:
            # reportlab and the CUPS client load here, on the io lane, the first time
            # a receipt is printed: the kiosk's start never waits for them.
            from kiosk.printing import PrintingError, print_and_wait
            from kiosk.receipts.render import render_receipt

            pdf = render_receipt(receipt, paper)
            try:
                outcome = print_and_wait(pdf, queue, title=title, server=server)
            except PrintingError as error:
                return _Printed(False, error.notices)
            return _Printed(outcome.printed, outcome.notices)

        def finished(printed: _Printed) -> None:
            if not printed.ok:
                self._problem(printed.notices)
            done(printed.ok)

        def crashed(error: BaseException) -> None:
            self._problem((Notice.of("receipt_not_made", detail=error),))
            done(False)

        self._runner.submit("io", job, finished, crashed)

    def _problem(self, notices: tuple[Notice, ...]) -> None:
        log.warning("receipt not printed: %s", say(notices, "en"))
        self._set_status(notices)

        def record() -> None:
            store = self._store()
            if store is not None:
                # Kept as notices, so the staff menu says it in whatever language it is in.
                store.record_event("printer", encode(notices))

        self._runner.submit("db", record)

    # --- the staff menu ------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Ask CUPS how the printer is, and read the latest bookings."""
        queue, server = self._settings.printer_queue, self._settings.printer_server or None

        def state() -> tuple[Notice, ...]:
            from kiosk.printing import printer_state

            return printer_state(queue, server).notices

        self._runner.submit("io", state, self._set_status)

        language = self._session.language

        def bookings() -> list[dict[str, str]]:
            from kiosk.booking.local import recent_bookings

            store = self._store()
            if store is None:
                return []
            return [{"reference": reference.display(b.reference),
                     "summary": f"{reference.display(b.reference)}  {date_time_text(b.start, language)}  {b.name}"}
                    for b in recent_bookings(store, RECENT)]

        self._runner.submit("db", bookings, self._recent.replace)

    @Slot(str)
    def reprint(self, shown_reference: str) -> None:
        """Print a booking's receipt again: after a crash between commit and print, or a paper jam."""
        code = reference.parse_reference(shown_reference)

        def job() -> ReceiptContent:
            from kiosk.booking.errors import BookingNotFound
            from kiosk.booking.local import booking_by_reference
            from kiosk.booking.receipt import receipt_for

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
        from kiosk.receipts.content import sample_content

        receipt = sample_content(self._session.language, self._device_key())
        self.print_receipt(receipt, "test print", lambda ok: self.refresh())

    def _failed(self, error: BaseException) -> None:
        log.error("reprint failed: %s", error)
        self._set_status((Notice.of("reprint_failed", detail=error),))

    def _language_changed(self) -> None:
        self.statusChanged.emit()

