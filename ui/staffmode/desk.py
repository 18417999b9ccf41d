"""The staff desk, for QML: the day's list, check-in by scan or typed reference, served, no-show, undo, reprint.

Every action is ``kiosk.staff``'s, on the database lane, through
:meth:`ui.staffmode.mode.StaffMode.on_desk`; the list is read again after each.
A check-in's outcome comes with a sound cue (:mod:`ui.staffmode.cues`), shown
as :attr:`StaffDesk.lastCue` too. Undo is offered for the last action taken at
this desk while ``staff.undo_seconds`` run. A reprint goes through the kiosk's
receipt printer (``ui.printer``, the io lane); when it does not print, the
reference and the QR code are shown, as on the public receipt screen.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk import reference
from kiosk.staff.errors import (
    AlreadyCheckedIn,
    AlreadyFinished,
    BookingCancelled,
    CannotReprint,
    NotCheckedIn,
    NothingToUndo,
    NotPermitted,
    UndoExpired,
    UnknownBooking,
)
from ui import registry
from ui.properties import qt_property
from ui.rows_model import RowsModel
from ui.staffmode.cues import OUTCOME_CUES

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.receipts.content import ReceiptContent
    from kiosk.receipts.device_key import DeviceKey
    from kiosk.staff.audit import AuditEntry
    from kiosk.staff.checkin import CheckInResult
    from kiosk.staff.session import Desk, StaffSession
    from kiosk.store import Store
    from ui.printer import ReceiptPrinter
    from ui.session import Session
    from ui.staffmode.cues import CuePlayer
    from ui.staffmode.mode import StaffMode
    from ui.staffmode.views import DayView

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION

log = logging.getLogger(__name__)

ROLES = ("reference", "shown", "time", "name", "phone", "service", "state", "walkIn", "canCheckIn", "canServe",
         "canNoShow", "canReprint", "at", "by", "byDevice", "sameDevice")
#: What a refused action's exception means for the screen (``actionProblem``); the first that matches.
PROBLEMS: tuple[tuple[type[Exception], str], ...] = (
    (BookingCancelled, "cancelled"), (AlreadyFinished, "finished"), (AlreadyCheckedIn, "already_checked_in"),
    (NotCheckedIn, "not_checked_in"), (UndoExpired, "undo_expired"), (NothingToUndo, "nothing_to_undo"),
    (NotPermitted, "not_permitted"), (UnknownBooking, "not_found"), (CannotReprint, "cannot_reprint"),
    (reference.InvalidReference, "not_found"),
)


def qr_source(token: str) -> str:
    from kiosk.qr import qr_svg

    return "data:image/svg+xml;base64," + base64.b64encode(qr_svg(token)).decode("ascii")


@QmlElement
@QmlSingleton
class StaffDesk(QObject):
    create = registry.singleton("staff_desk")

    listChanged = Signal()
    outcomeChanged = Signal()
    undoChanged = Signal()
    problemChanged = Signal()
    reprintChanged = Signal()

    def __init__(self, settings: Config, mode: StaffMode, session: Session, printer: ReceiptPrinter,
                 cues: CuePlayer, device_key: Callable[[], DeviceKey | None], *, second_ms: int = 1000) -> None:
        super().__init__()
        self._settings = settings
        self._mode = mode
        self._session = session
        self._printer = printer
        self._cues = cues
        self._device_key = device_key
        self._rows = RowsModel(ROLES)
        self._counts: dict[str, int] = {}
        self._total = 0
        self._list_from = ""
        self._query = ""
        self._outcome: dict[str, Any] = {}
        self._last_cue = ""
        self._problem = ""
        self._undo: tuple[str, str, datetime] | None = None  # reference, action, when the window closes
        self._reprint: dict[str, str] = {}
        self._undo_timer = QTimer(self, interval=second_ms)
        self._undo_timer.timeout.connect(self.undoChanged.emit)
        self._undo_timer.timeout.connect(self._undo_tick)
        mode.deskChanged.connect(self._desk_moved)
        mode.changed.connect(self._member_changed)
        session.languageChanged.connect(self.reload)

    # --- the list ------------------------------------------------------------------------------------------

    @qt_property(QObject, constant=True)
    def rows(self) -> RowsModel:
        return self._rows

    @qt_property("QVariantMap", notify=listChanged)
    def counts(self) -> dict[str, int]:
        """booked, checkedIn, served, noShow, cancelled, walkIns: the whole day, whatever the search."""
        return self._counts

    @qt_property(int, notify=listChanged)
    def total(self) -> int:
        return self._total

    @qt_property(str, notify=listChanged)
    def listFrom(self) -> str:
        """When the centre's list of this place and day was fetched; "" if this device holds none."""
        return self._list_from

    @qt_property(str, notify=listChanged)
    def query(self) -> str:
        return self._query

    @Slot(str)
    def setQuery(self, text: str) -> None:
        self._query = text
        self.reload()

    @Slot(str, result=bool)
    def submitSearch(self, text: str) -> bool:
        """Enter in the search field. A receipt scanned while the search field had the focus typed its token
        there: it is checked in, not searched for (True: the field's text was a scan)."""
        from kiosk.receipts.token import PREFIX

        if not text.strip().upper().startswith(PREFIX):
            return False
        self.setQuery("")
        self.scan(text)
        return True

    @Slot()
    def reload(self) -> None:
        if self._mode.desk is None:
            return
        query, language = self._query, self._session.language

        def job(desk: Desk, session: StaffSession, store: Store) -> DayView:
            from ui.staffmode.views import day_view

            return day_view(store, desk, query, language)

        self._mode.on_desk("list", job, self._show_list, self._list_failed)

    def _show_list(self, view: DayView) -> None:
        self._rows.replace(view.rows)
        self._counts, self._total, self._list_from = view.counts, view.total, view.list_from
        self.listChanged.emit()

    def _list_failed(self, error: BaseException) -> None:
        log.error("the day's list could not be read: %s", error)
        self._set_problem("failed")

    def _desk_moved(self) -> None:
        self._undo = None
        self._set_outcome({}, "")
        self._close_reprint()
        self.undoChanged.emit()
        self.reload()

    def _member_changed(self) -> None:
        if not self._mode.signedIn:
            self.forget()

    def forget(self) -> None:
        """The member left: nothing of the list stays on screen for the next person."""
        self._rows.replace([])
        self._counts, self._total, self._list_from, self._query = {}, 0, "", ""
        self._undo = None
        self._undo_timer.stop()
        self._set_outcome({}, "")
        self._close_reprint()
        self._set_problem("")
        self.listChanged.emit()
        self.undoChanged.emit()

    # --- check-in -------------------------------------------------------------------------------------------

    @qt_property("QVariantMap", notify=outcomeChanged)
    def outcome(self) -> dict[str, Any]:
        """The last check-in: ``code`` (a CheckInOutcome value) and what the panel says with it."""
        return self._outcome

    @qt_property(str, notify=outcomeChanged)
    def lastCue(self) -> str:
        """The sound cue of the last outcome (ui.staffmode.cues): admit, again, refuse or alarm."""
        return self._last_cue

    @Slot(str)
    def scan(self, text: str) -> None:
        """A scanned token, or a reference typed by hand, then Enter."""
        text = text.strip()
        if not text:
            return
        self._mode.touch()
        language, device_key = self._session.language, self._device_key()

        def job(desk: Desk, session: StaffSession, store: Store) -> tuple[CheckInResult, dict[str, Any]]:
            from kiosk.receipts.keyring import known_keys
            from kiosk.staff.checkin import check_in
            from ui.staffmode.views import outcome_values

            result = check_in(desk, session, text, known_keys(store, device_key))
            return result, outcome_values(store, desk, result, language)

        self._mode.on_desk("scan", job, self._checked_in, self._list_failed)

    def _checked_in(self, answer: tuple[CheckInResult, dict[str, Any]]) -> None:
        result, values = answer
        cue = OUTCOME_CUES[result.outcome.value]
        self._set_outcome(values, cue)
        self._cues.play(cue)
        if result.entry is not None:
            self._offer_undo(result.reference, result.entry)
        self.reload()

    @Slot()
    def clearOutcome(self) -> None:
        self._set_outcome({}, "")

    def _set_outcome(self, values: dict[str, Any], cue: str) -> None:
        self._outcome, self._last_cue = values, cue
        self.outcomeChanged.emit()

    # --- served, no-show, undo ------------------------------------------------------------------------------

    @qt_property(str, notify=problemChanged)
    def actionProblem(self) -> str:
        """Why the last action was refused: cancelled, finished, already_checked_in, not_checked_in,
        undo_expired, nothing_to_undo, not_permitted, not_found, cannot_reprint, failed; "" if it was not."""
        return self._problem

    @Slot(str)
    def markServed(self, reference_text: str) -> None:
        self._visit_action(reference_text, "served")

    @Slot(str)
    def markNoShow(self, reference_text: str) -> None:
        self._visit_action(reference_text, "no_show")

    def _visit_action(self, reference_text: str, action: str) -> None:
        code = reference.parse_reference(reference_text)
        self._set_problem("")

        def job(desk: Desk, session: StaffSession, store: Store) -> AuditEntry:
            from kiosk.staff import visits

            mark = visits.mark_served if action == "served" else visits.mark_no_show
            return mark(desk, session, code)

        self._mode.on_desk("visit", job, lambda entry: self._acted(code, entry), self._refused)

    def _acted(self, code: str, entry: AuditEntry) -> None:
        self._offer_undo(code, entry)
        self.reload()

    def _refused(self, error: BaseException) -> None:
        problem = next((name for kind, name in PROBLEMS if isinstance(error, kind)), "")
        if not problem:
            log.error("a staff action failed: %s", error)
            problem = "failed"
        self._set_problem(problem)
        self.reload()

    def _set_problem(self, problem: str) -> None:
        self._problem = problem
        self.problemChanged.emit()

    def _offer_undo(self, code: str, entry: AuditEntry) -> None:
        # The window runs from the action's own time, as kiosk.staff.visits.undo judges it.
        closes = entry.at.astimezone().replace(tzinfo=None) + timedelta(seconds=self._settings.staff_undo_seconds)
        self._undo = (code, entry.action, closes)
        self._undo_timer.start()
        self.undoChanged.emit()

    def _undo_tick(self) -> None:
        if not self.undoSecondsLeft:
            self._undo = None
            self._undo_timer.stop()
            self.undoChanged.emit()

    @qt_property(str, notify=undoChanged)
    def undoReference(self) -> str:
        """The reference whose last action Undo takes back (undashed), "" once the window is over."""
        return self._undo[0] if self._undo and self.undoSecondsLeft else ""

    @qt_property(str, notify=undoChanged)
    def undoAction(self) -> str:
        """check_in, served or no_show."""
        return self._undo[1] if self._undo and self.undoSecondsLeft else ""

    @qt_property(int, notify=undoChanged)
    def undoSecondsLeft(self) -> int:
        if self._undo is None:
            return 0
        return max(0, int((self._undo[2] - self._mode.clock.now()).total_seconds() + 0.999))

    @Slot()
    def undo(self) -> None:
        if self._undo is None:
            return
        code, undo_seconds = self._undo[0], self._settings.staff_undo_seconds
        self._set_problem("")

        def job(desk: Desk, session: StaffSession, store: Store) -> AuditEntry:
            from kiosk.staff import visits

            return visits.undo(desk, session, code, undo_seconds=undo_seconds)

        def undone(entry: AuditEntry) -> None:
            self._undo = None
            self._undo_timer.stop()
            self.undoChanged.emit()
            if self._outcome.get("reference") == reference.display(code):
                self._set_outcome({}, "")
            self.reload()

        self._mode.on_desk("visit", job, undone, self._refused)

    # --- reprint --------------------------------------------------------------------------------------------

    @qt_property("QVariantMap", notify=reprintChanged)
    def reprinted(self) -> dict[str, str]:
        """The last reprint: ``state`` (printing, printed, problem), ``reference`` and, once it failed,
        ``qr`` (the receipt's QR code to photograph); empty when none is shown."""
        return self._reprint

    @Slot(str)
    def reprint(self, reference_text: str) -> None:
        key = self._device_key()
        self._set_problem("")

        def job(desk: Desk, session: StaffSession, store: Store) -> ReceiptContent:
            from kiosk.staff.walkin import reprint

            if key is None:
                raise RuntimeError("this kiosk has no device key, so it cannot sign receipts")
            return reprint(desk, session, reference_text, key)

        self._mode.on_desk("reprint", job, self.print_receipt, self._refused)

    def print_receipt(self, receipt: ReceiptContent) -> None:
        """Print ``receipt`` on the kiosk's printer; show its QR code and reference if it does not print."""
        self._reprint = {"state": "printing", "reference": receipt.reference, "qr": ""}
        self.reprintChanged.emit()

        def printed(ok: bool) -> None:
            if self._reprint.get("reference") != receipt.reference:
                return  # closed, or another one since
            self._reprint = {"state": "printed" if ok else "problem", "reference": receipt.reference,
                             "qr": "" if ok else qr_source(receipt.token)}
            self.reprintChanged.emit()

        self._printer.print_receipt(receipt, f"reprint {receipt.reference}", printed)

    @Slot()
    def closeReprint(self) -> None:
        self._close_reprint()

    def _close_reprint(self) -> None:
        if self._reprint:
            self._reprint = {}
            self.reprintChanged.emit()
