"""The day's summary at the staff desk, for QML: counts by service and state; print, save as PDF, export CSV.

The counts and the files are ``kiosk.staff.summary``'s, in the staff member's
language (the screen's). The summary is read on the database lane; the PDF is
rendered, printed or written, and the CSV written, on the io lane; then the
print or the export is audited, on the database lane again, so a slow printer
never holds up the desk's check-ins. Files go to the data directory's
``exports/`` folder, shown on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from ui import registry
from ui.properties import qt_property
from ui.rows_model import RowsModel

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.staff.session import Desk, StaffSession
    from kiosk.staff.summary import DaySummary
    from kiosk.store import Store
    from ui.session import Session
    from ui.staffmode.mode import StaffMode
    from ui.tasks import TaskRunner

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION

log = logging.getLogger(__name__)


@QmlElement
@QmlSingleton
class StaffSummary(QObject):
    create = registry.singleton("staff_summary")

    summaryChanged = Signal()
    stateChanged = Signal()

    def __init__(self, settings: Config, runner: TaskRunner, mode: StaffMode, session: Session,
                 folder: Callable[[], Path]) -> None:
        super().__init__()
        self._settings = settings
        self._runner = runner
        self._mode = mode
        self._session = session
        self._folder = folder
        self._lines = RowsModel(("service", "booked", "checkedIn", "served", "noShow", "cancelled", "walkIns",
                                 "total"))
        self._heading: dict[str, Any] = {}
        self._words: dict[str, str] = {}
        self._state: dict[str, str] = {}
        session.languageChanged.connect(self._language_changed)
        mode.changed.connect(self._member_changed)

    @qt_property(QObject, constant=True)
    def lines(self) -> RowsModel:
        """One row per service, then the total (``total`` true)."""
        return self._lines

    @qt_property("QVariantMap", notify=summaryChanged)
    def heading(self) -> dict[str, Any]:
        """place, day, madeAt, staff, auditEntries, chainIntact."""
        return self._heading

    @qt_property("QVariantMap", notify=summaryChanged)
    def words(self) -> dict[str, str]:
        """The summary's own labels (kiosk.staff.labels) in the screen's language: what the print says."""
        return self._words

    @qt_property(str, constant=True)
    def folder(self) -> str:
        """Where Save PDF and Export CSV write."""
        return str(self._folder())

    @qt_property("QVariantMap", notify=stateChanged)
    def state(self) -> dict[str, str]:
        """``action`` (print, pdf, csv), ``state`` (working, done, problem) and ``path`` of what was written."""
        return self._state

    # --- reading ----------------------------------------------------------------------------------------

    @Slot()
    def load(self) -> None:
        language = self._session.language

        def job(desk: Desk, session: StaffSession, store: Store) -> DaySummary:
            from kiosk.staff.summary import desk_summary

            return desk_summary(desk, session, language)

        self._mode.on_desk("summary", job, self._show, self._failed("load"))

    def _show(self, summary: DaySummary) -> None:
        from kiosk.staff.labels import labels
        from kiosk.text.dates import long_date
        from ui.staffmode.views import count_values

        rows: list[dict[str, Any]] = [{"service": line.service_name, **count_values(line.counts), "total": False}
                                      for line in summary.lines]
        words = labels(summary.language)
        rows.append({"service": words["total"], **count_values(summary.total), "total": True})
        self._lines.replace(rows)
        self._words = dict(words)
        self._heading = {"place": summary.location_name, "day": long_date(summary.day, summary.language),
                         "madeAt": summary.made_at.strftime("%H:%M"), "staff": summary.staff_name,
                         "auditEntries": summary.audit_entries, "chainIntact": summary.chain_intact}
        self.summaryChanged.emit()

    # --- print, save, export ------------------------------------------------------------------------------

    @Slot()
    def printSummary(self) -> None:
        """On the receipt printer's roll, as the receipts are."""
        queue, server = self._settings.printer_queue, self._settings.printer_server or None

        def out(summary: DaySummary) -> str:
            from kiosk.printing import PrintingError, print_and_wait
            from kiosk.staff.summary import summary_pdf

            pdf = summary_pdf(summary, "roll")
            try:
                outcome = print_and_wait(pdf, queue, title=f"day summary {summary.location_id} {summary.day}",
                                         server=server)
            except PrintingError as error:
                log.warning("day summary not printed: %s", error)
                return ""
            return "printed" if outcome.printed else ""

        def audit(desk: Desk, session: StaffSession, done: str) -> None:
            from kiosk.staff.summary import record_printed

            record_printed(desk, session, layout="roll", printed=bool(done))

        self._make("print", out, audit)

    @Slot()
    def savePdf(self) -> None:
        """An A4 page in the exports folder."""
        self._save("pdf")

    @Slot()
    def exportCsv(self) -> None:
        """A spreadsheet's CSV in the exports folder."""
        self._save("csv")

    def _save(self, form: str) -> None:
        folder = self._folder()

        def out(summary: DaySummary) -> str:
            from kiosk.staff.summary import summary_csv, summary_pdf

            data = summary_csv(summary) if form == "csv" else summary_pdf(summary, "a4")
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"day-summary-{summary.location_id}-{summary.day.isoformat()}.{form}"
            partial = path.with_name(path.name + ".part")
            partial.write_bytes(data)
            partial.replace(path)  # a half-written file never has the name a spreadsheet opens
            return str(path)

        def audit(desk: Desk, session: StaffSession, done: str) -> None:
            from kiosk.staff.summary import record_exported

            record_exported(desk, session, form=form, layout="a4")

        self._make(form, out, audit)

    def _make(self, action: str, out: Callable[[DaySummary], str],
              audit: Callable[[Desk, StaffSession, str], None]) -> None:
        """The summary on the database lane, ``out`` on the io lane (its answer: a path, "printed", or "" for
        not done), then ``audit`` on the database lane."""
        if self._state.get("state") == "working":
            return
        self._set_state(action, "working")
        language = self._session.language

        def read(desk: Desk, session: StaffSession, store: Store) -> tuple[Desk, StaffSession, DaySummary]:
            from kiosk.staff.summary import desk_summary

            return desk, session, desk_summary(desk, session, language)

        def made(read_back: tuple[Desk, StaffSession, DaySummary]) -> None:
            desk, session, summary = read_back

            def audited(done: str) -> None:
                self._set_state(action, "done" if done else "problem", done if action != "print" else "")

            def written(done: str) -> None:
                if not done:
                    self._set_state(action, "problem")
                    if action != "print":
                        return
                def record(_desk: Desk, _session: StaffSession, _store: Store) -> str:
                    audit(desk, session, done)  # the desk and member the summary was made for
                    return done

                self._mode.on_desk(f"audit_{action}", record, audited, self._failed(action))

            self._runner.submit("io", lambda: out(summary), written, self._failed(action))

        self._mode.on_desk(action, read, made, self._failed(action))

    def _failed(self, action: str) -> Callable[[BaseException], None]:
        def failed(error: BaseException) -> None:
            log.error("day summary: %s failed: %s", action, error)
            self._set_state(action, "problem")

        return failed

    def _set_state(self, action: str, state: str, path: str = "") -> None:
        self._state = {"action": action, "state": state, "path": path}
        self.stateChanged.emit()

    def _language_changed(self) -> None:
        if self._mode.signedIn and self._lines.rowCount():
            self.load()

    def _member_changed(self) -> None:
        if not self._mode.signedIn:
            self._lines.replace([])
            self._heading, self._words, self._state = {}, {}, {}
            self.summaryChanged.emit()
            self.stateChanged.emit()
