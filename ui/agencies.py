"""Check an agency, for QML: lookup as you type, the verdict, the destination, and reports.

The verdict itself is decided in :mod:`kiosk.agencies.verdict`; here it is only
turned into plain values QML words in the person's language. Database work runs
on the ``db`` lane; each request carries a generation number, so a slow answer
to an older query never replaces a newer one.

A submitted report is different: its job is never cancelled. The idle wipe only
stops its answer from reaching a screen that has moved on; the report itself is
committed either way (see :func:`kiosk.agencies.reports.submit_report`).

The lookup, the registry, the verdict and the report are imported by the jobs
that use them, on the database lane: the first frame waits for none of them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk import reference
from kiosk.agencies import countries
from kiosk.store import StoreUnavailable
from kiosk.text import dates
from ui import registry
from ui.health import KioskHealth
from ui.latest import LatestRequests
from ui.properties import qt_property
from ui.rows_model import RowsModel

if TYPE_CHECKING:
    from kiosk.agencies.registry import Agency
    from kiosk.agencies.verdict import Verdict
    from kiosk.store import Store
    from ui.session import Session
    from ui.tasks import TaskRunner

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION

log = logging.getLogger(__name__)

RESULTS = 12


def _date(value: date | None, language: str) -> str:
    """A date as every screen writes it in ``language``; "" for none."""
    return "" if value is None else dates.date_text(value, language)


@QmlElement
@QmlSingleton
class AgencyController(QObject):
    create = registry.singleton("agencies")

    queryChanged = Signal()
    countryChanged = Signal()
    registryChanged = Signal()
    verdictChanged = Signal()
    reportChanged = Signal()

    def __init__(self, runner: TaskRunner, session: Session, store: Callable[[], Store | None], *,
                 max_age_days: int, today: Callable[[], date] = date.today, health: KioskHealth | None = None) -> None:
        super().__init__()
        self._health = health or KioskHealth()
        self._runner = runner
        self._session = session
        self._store = store
        self._max_age_days = max_age_days
        self._today = today
        self._requests = LatestRequests(runner, store)
        self._results = RowsModel(("agencyId", "name", "licence", "matched", "kind", "status"))
        self._countries = RowsModel(("code", "name"))
        self._query = ""
        self._country = ""
        self._as_of: date | None = None
        self._verdict: dict[str, Any] = {}
        self._report: dict[str, Any] = {"state": "", "reference": "", "agencyName": "", "agencyId": ""}
        self._fill_countries()
        session.languageChanged.connect(self._language_changed)

    # --- properties -------------------------------------------------------------------------

    @qt_property(QObject, constant=True)
    def results(self) -> RowsModel:
        return self._results

    @qt_property(QObject, constant=True)
    def countries(self) -> RowsModel:
        return self._countries

    @qt_property(str, notify=queryChanged)
    def query(self) -> str:
        return self._query

    @qt_property(str, notify=countryChanged)
    def country(self) -> str:
        """The destination the person chose (ISO code), or "" for "any country"."""
        return self._country

    @qt_property(str, notify=countryChanged)
    def countryName(self) -> str:
        return countries.country_name(self._country, self._session.language) if self._country else ""

    @qt_property(str, notify=registryChanged)
    def asOf(self) -> str:
        return _date(self._as_of, self._session.language)

    @qt_property(bool, notify=registryChanged)
    def stale(self) -> bool:
        return self._as_of is None or (self._today() - self._as_of).days > self._max_age_days

    @qt_property(int, notify=registryChanged)
    def ageDays(self) -> int:
        return -1 if self._as_of is None else (self._today() - self._as_of).days

    @qt_property("QVariantMap", notify=verdictChanged)
    def verdict(self) -> dict[str, Any]:
        """The open verdict as plain values (see :meth:`_verdict_values`); {} when none is open."""
        return self._verdict

    @qt_property("QVariantMap", notify=reportChanged)
    def report(self) -> dict[str, Any]:
        """state: "" (not started), "editing", "sending", "sent" or "failed"; reference, shown dashed, once sent."""
        return self._report

    # --- database lane -----------------------------------------------------------------------

    @Slot()
    def loadRegistry(self) -> None:
        """Read the registry's "data as of" date: the search screen shows it before anything is typed."""
        def job(store: Store) -> list[date | None]:
            from kiosk.agencies.registry import registry_as_of

            return [registry_as_of(store)]

        self._requests.on_db("registry", job, lambda found: self._set_as_of(found[0]))

    def _set_as_of(self, as_of: date | None) -> None:
        self._as_of = as_of
        self.registryChanged.emit()

    def _decide(self, agency: Agency | None, as_of: date | None) -> Verdict:
        from kiosk.agencies.verdict import decide

        return decide(agency, today=self._today(), as_of=as_of, max_age_days=self._max_age_days,
                      country=self._country or None)

    # --- lookup --------------------------------------------------------------------------------

    @Slot(str)
    def search(self, query: str) -> None:
        self._query = query
        self.queryChanged.emit()
        if not query.strip():
            self._requests.forget("search")
            self._results.replace([])
            return

        def job(store: Store) -> list[dict[str, Any]]:
            from kiosk.agencies.lookup import lookup
            from kiosk.agencies.registry import get_agencies, registry_as_of

            matches = lookup(store, query, limit=RESULTS)
            as_of = registry_as_of(store)
            agencies = {agency.id: agency for agency in get_agencies(store, [m.agency_id for m in matches])}
            rows = []
            for match in matches:
                verdict = self._decide(agencies.get(match.agency_id), as_of)
                rows.append({"agencyId": match.agency_id, "name": match.name, "licence": match.licence_number,
                             "matched": match.matched, "kind": verdict.kind.value, "status": verdict.status})
            return rows

        self._requests.on_db("search", job, self._results.replace)

    @Slot(str)
    def setCountry(self, code: str) -> None:
        code = code.upper()
        if code == self._country:
            return
        self._country = code
        self.countryChanged.emit()
        # The answer depends on where the person is going: decide again.
        if self._query:
            self.search(self._query)
        if self._verdict:
            self._reopen()

    # --- the verdict -----------------------------------------------------------------------------

    @Slot(str)
    def openAgency(self, agency_id: str) -> None:
        self._show_verdict({})  # never show the last agency's answer while this one loads
        self._open_agency(agency_id)

    @Slot(str)
    def openNotFound(self, typed_name: str) -> None:
        """The verdict for an agency the person could not find: not in the registry as of its date."""
        self._show_verdict({})
        self._open_not_found(typed_name)

    def _open_agency(self, agency_id: str) -> None:
        def job(store: Store) -> dict[str, Any]:
            from kiosk.agencies.registry import get_agency, registry_as_of

            agency = get_agency(store, agency_id)
            return self._verdict_values(self._decide(agency, registry_as_of(store)), agency, "")

        self._requests.on_db("verdict", job, self._show_verdict)

    def _open_not_found(self, typed_name: str) -> None:
        name = " ".join(typed_name.split())

        def job(store: Store) -> dict[str, Any]:
            from kiosk.agencies.registry import registry_as_of

            return self._verdict_values(self._decide(None, registry_as_of(store)), None, name)

        self._requests.on_db("verdict", job, self._show_verdict)

    def _reopen(self) -> None:
        if self._verdict.get("agencyId"):
            self._open_agency(str(self._verdict["agencyId"]))
        else:
            self._open_not_found(str(self._verdict.get("name", "")))

    def _show_verdict(self, values: dict[str, Any]) -> None:
        self._verdict = values
        self.verdictChanged.emit()

    def _verdict_values(self, verdict: Verdict, agency: Agency | None, typed_name: str) -> dict[str, Any]:
        from kiosk.agencies import reasons
        from kiosk.text import placeholders

        language = self._session.language
        values: dict[str, Any] = {
            "kind": verdict.kind.value,
            "status": verdict.status,
            "since": _date(verdict.since, language),
            "countries": [{"code": code, "name": countries.country_name(code, language),
                           "until": _date(until, language)}
                          for code, until in verdict.countries],
            "country": verdict.country or "",
            "countryName": countries.country_name(verdict.country, language, in_sentence=True)
            if verdict.country else "",
            "asOf": _date(verdict.as_of, language),
            "stale": verdict.stale,
            "agencyId": "",
            "name": typed_name,
        }
        if agency is not None:
            values.update({
                "agencyId": agency.id,
                "name": agency.official_name,
                "otherNames": [n.name for n in agency.names if n.name != agency.official_name],
                "licence": agency.licence_number,
                # The registry's own words, except a placeholder, which is shown as the operator's.
                "authority": placeholders.fill(agency.authority, language),
                "expires": _date(agency.expires, language),
                "address": placeholders.fill(agency.address, language),
                "phone": placeholders.fill(agency.phone, language),
                "website": placeholders.fill(agency.website, language),
                "branches": [placeholders.fill(branch, language) for branch in agency.branches],
                "fictional": agency.fictional,
                "history": [{"status": h.status, "since": _date(h.since, language),
                             "reason": reasons.text(h.reason, language)}
                            for h in reversed(agency.history)],
            })
        return values

    # --- reporting an agency ----------------------------------------------------------------------

    @Slot()
    def startReport(self) -> None:
        """Begin a report about the open verdict's agency (or the name typed, when it was not found)."""
        self._report = {"state": "editing", "reference": "", "agencyName": str(self._verdict.get("name", "")),
                        "agencyId": str(self._verdict.get("agencyId", ""))}
        self.reportChanged.emit()

    @Slot(str, str, "QStringList", str, str)
    def submitReport(self, agency_name: str, agency_id: str, what_happened: list[str], details: str,
                     contact: str) -> None:
        if self._report.get("state") == "sending":
            return  # a second tap on Send must not file the report twice
        language, country = self._session.language, self._country
        self._set_report(state="sending")
        newest = self._requests.begin("report")

        def job() -> str:
            from kiosk.agencies.reports import AgencyReport, submit_report

            store = self._store()
            if store is None:
                raise RuntimeError("the local cache is not open")
            return submit_report(store, AgencyReport(
                agency_name=agency_name, agency_id=agency_id, what_happened=tuple(what_happened), details=details,
                contact=contact, language=language, country=country))

        def sent(code: str) -> None:
            log.info("agency report %s stored in the outbox", code)
            self._health.saved()
            if newest():
                self._set_report(state="sent", reference=reference.display(code))

        def failed(error: BaseException) -> None:
            from kiosk.agencies.reports import ReportIncomplete  # loaded by the job already

            log.error("agency report not stored: %s", error)
            blocked = isinstance(error, StoreUnavailable) and error.reason != "busy"
            if blocked:
                assert isinstance(error, StoreUnavailable)
                self._health.cannot_save(error)
            if newest():
                state = "incomplete" if isinstance(error, ReportIncomplete) else "unavailable" if blocked else "failed"
                self._set_report(state=state)

        self._runner.submit("db", job, sent, failed)

    def _set_report(self, **values: str) -> None:
        self._report = {**self._report, **values}
        self.reportChanged.emit()

    # --- session ------------------------------------------------------------------------------------

    def _fill_countries(self) -> None:
        language = self._session.language
        self._countries.replace([{"code": c.code, "name": c.name(language)} for c in countries.COUNTRIES])

    def _language_changed(self) -> None:
        self._fill_countries()
        self.registryChanged.emit()  # the "data as of" date is written in the new language
        self.countryChanged.emit()
        if self._verdict:
            self._reopen()

    def wipe(self) -> None:
        self._requests.forget()
        self._query, self._country, self._verdict = "", "", {}
        self._report = {"state": "", "reference": "", "agencyName": "", "agencyId": ""}
        self._results.replace([])
        self.queryChanged.emit()
        self.countryChanged.emit()
        self.verdictChanged.emit()
        self.reportChanged.emit()

