"""Agency reports: what travellers told a kiosk about an agency, for the registry managers to triage.

A report reaches the centre as an ``agency_report`` outbox item (its body is written by
``kiosk.agencies.reports.submit_report``). What administrators make of it (new, reviewed,
forwarded to the licensing body, and a note) is kept apart, in ``report_triage``: no row
there means the report is new. Filters are bound parameters of SQLAlchemy Core queries,
never text joined into SQL; the agency-name filter is applied to the decoded body, since
the stored JSON escapes Cyrillic and no SQL ``LIKE`` could find it.

The CSV export is for a spreadsheet: UTF-8 with a byte-order mark (Excel then reads
Cyrillic right), and a cell a traveller typed that starts like a formula is made text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Annotated, Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Path, Query, Request
from sqlalchemy import Engine, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from starlette.responses import Response

from kiosk import languages
from kiosk.agencies.countries import country_name
from kiosk.agencies.reports import OUTBOX_KIND
from sync.central.console import audit, web
from sync.central.console.words import N_
from sync.central.tables import kiosks, outbox_items, report_triage

router = APIRouter()

NEW, REVIEWED, FORWARDED = "new", "reviewed", "forwarded"
STATUSES = (NEW, REVIEWED, FORWARDED)
STATUS_NAMES = {NEW: N_("new"), REVIEWED: N_("reviewed"), FORWARDED: N_("forwarded to the licensing body")}
#: A state is a word and an icon, never a colour alone.
STATUS_LOOKS = {NEW: ("⚠", "warn"), REVIEWED: ("✓", "ok"), FORWARDED: ("✓", "ok")}
#: The codes of kiosk.agencies.reports.WHAT_HAPPENED in plain words.
WHAT_HAPPENED_WORDS = {
    "fee_before_job": N_("Asked for money before giving a job or visa"),
    "kept_documents": N_("Took or kept a passport or other documents"),
    "fake_job": N_("The job or employer did not exist"),
    "wrong_visa": N_("Sent them to work on a tourist or student visa"),
    "contract_changed": N_("The work or pay was not what was promised"),
    "no_licence_shown": N_("Would not show a licence or a contract"),
    "other": N_("Something else"),
}
#: Reports listed on the page; the count, and the CSV, are always whole.
SHOWN = 300
LONGEST_NOTE = 2000
LONGEST_NAME_FILTER = 200
#: What a spreadsheet may read as the start of a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Filters:
    status: str = ""  # "" for every status
    name: str = ""  # text somewhere in the agency's name (or registry id), any case
    since: date | None = None  # reported on or after this day, in the offices' time zone
    until: date | None = None  # reported on or before this day

    def query(self) -> str:
        """The filters as a URL query, for the CSV link and for coming back after a triage."""
        given = {"status": self.status, "name": self.name, "from": self.since.isoformat() if self.since else "",
                 "to": self.until.isoformat() if self.until else ""}
        return urlencode({key: value for key, value in given.items() if value})


@dataclass(frozen=True)
class Report:
    item_id: str
    reference: str
    agency_name: str
    agency_id: str
    what_happened: tuple[str, ...]
    details: str
    contact: str
    language: str
    country: str
    kiosk_id: str
    place: str
    reported_at: datetime
    received_at: datetime
    status: str
    note: str
    changed_by: str
    changed_at: datetime | None


def _text(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    return value if isinstance(value, str) else ""


def _report(row: Any) -> Report:
    try:
        body = json.loads(row.body)
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    what = body.get("what_happened")
    return Report(
        item_id=row.id, reference=_text(body, "reference"), agency_name=_text(body, "agency_name"),
        agency_id=_text(body, "agency_id"),
        what_happened=tuple(code for code in what if isinstance(code, str)) if isinstance(what, list) else (),
        details=_text(body, "details"), contact=_text(body, "contact"), language=_text(body, "language"),
        country=_text(body, "country"), kiosk_id=row.kiosk_id, place=row.place or "", reported_at=row.created_at,
        received_at=row.received_at, status=row.status or NEW, note=row.note or "", changed_by=row.changed_by or "",
        changed_at=row.changed_at)


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=zone)


def find(engine: Engine, filters: Filters, zone: ZoneInfo) -> Iterator[Report]:
    """Every agency report the filters let through, newest first."""
    query = (select(outbox_items.c.id, outbox_items.c.kiosk_id, outbox_items.c.body, outbox_items.c.created_at,
                    outbox_items.c.received_at, report_triage.c.status, report_triage.c.note,
                    report_triage.c.changed_by, report_triage.c.changed_at, kiosks.c.place)
             .select_from(outbox_items
                          .outerjoin(report_triage, report_triage.c.item_id == outbox_items.c.id)
                          .outerjoin(kiosks, kiosks.c.kiosk_id == outbox_items.c.kiosk_id))
             .where(outbox_items.c.kind == OUTBOX_KIND)
             .order_by(outbox_items.c.created_at.desc(), outbox_items.c.received_at.desc(), outbox_items.c.id))
    if filters.status == NEW:
        query = query.where(or_(report_triage.c.status.is_(None), report_triage.c.status == NEW))
    elif filters.status:
        query = query.where(report_triage.c.status == filters.status)
    if filters.since is not None:
        query = query.where(outbox_items.c.created_at >= _midnight(filters.since, zone))
    if filters.until is not None:
        query = query.where(outbox_items.c.created_at < _midnight(filters.until + timedelta(days=1), zone))
    wanted = filters.name.casefold()
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    for row in rows:
        report = _report(row)
        if wanted in report.agency_name.casefold() or (wanted and wanted in report.agency_id.casefold()):
            yield report


def _filters(viewer: web.Viewer, status: str, name: str, since: str, until: str) -> Filters:
    status = status.strip()
    if status and status not in STATUSES:
        raise web.ConsoleError(422, viewer._("Choose one of the statuses."))

    def day(text: str) -> date | None:
        if not text.strip():
            return None
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            raise web.ConsoleError(422, viewer._("A date is written as 2026-12-01.")) from None

    return Filters(status, name.strip(), day(since), day(until))


StatusQuery = Annotated[str, Query(max_length=16)]
NameQuery = Annotated[str, Query(max_length=LONGEST_NAME_FILTER)]
SinceQuery = Annotated[str, Query(alias="from", max_length=10)]
UntilQuery = Annotated[str, Query(alias="to", max_length=10)]


@router.get("/reports")
def reports_page(request: Request, viewer: Annotated[web.Viewer, Depends(web.allowed("see_reports"))],
                 status: StatusQuery = "", name: NameQuery = "", since: SinceQuery = "",
                 until: UntilQuery = "") -> Response:
    filters = _filters(viewer, status, name, since, until)
    found = list(find(web.engine_of(request), filters, viewer.zone))
    here = f"{web.PREFIX}/reports" + (f"?{filters.query()}" if filters.query() else "")
    return web.page(request, "reports/index.html", reports=found[:SHOWN], total=len(found), filters=filters,
                    statuses=STATUSES, status_names=STATUS_NAMES, status_looks=STATUS_LOOKS,
                    what_words=WHAT_HAPPENED_WORDS, language_name=_language_name, country=_country, here=here,
                    may_triage=viewer.may("triage_reports"))


def _language_name(tag: str) -> str:
    try:
        return languages.get(tag).native_name
    except languages.UnknownLanguage:
        return tag or "—"


def _country(code: str, language: str) -> str:
    return country_name(code, language) if code else "—"


# ":path": an item id is the kiosk's, and nothing keeps a slash out of it.
@router.post("/reports/{item_id:path}/triage")
def triage(request: Request, item_id: Annotated[str, Path(max_length=200)],
           posted: Annotated[web.Posted, Depends(web.posted("triage_reports"))]) -> Response:
    viewer, engine = posted.viewer, web.engine_of(request)
    status = posted.form.get("status")
    if not isinstance(status, str) or status not in STATUSES:
        raise web.ConsoleError(422, viewer._("Choose one of the statuses."))
    note = web.text_field(posted, "note", LONGEST_NOTE, required=False)
    with engine.connect() as connection:
        body = connection.execute(select(outbox_items.c.body).where(outbox_items.c.id == item_id,
                                                                    outbox_items.c.kind == OUTBOX_KIND)).scalar()
    if body is None:
        raise web.ConsoleError(404, viewer._("There is no such report."))
    reference = _text(json.loads(body), "reference")
    values = {"status": status, "note": note, "changed_by": viewer.account.username, "changed_at": viewer.now}
    for _attempt in range(2):
        try:
            with engine.begin() as connection:
                done = connection.execute(update(report_triage).where(report_triage.c.item_id == item_id)
                                          .values(**values))
                if done.rowcount == 0:
                    connection.execute(insert(report_triage).values(item_id=item_id, **values))
                audit.record(connection, viewer.account, "report_triaged", item_id, viewer.now, reference=reference,
                             status=status, note=note)
            break
        except IntegrityError:
            continue  # another administrator triaged it first, at the same moment: change theirs
    # Back to the list as it was filtered; only ever to that list.
    page, back = f"{web.PREFIX}/reports", posted.form.get("back")
    return web.redirect(back if isinstance(back, str) and (back == page or back.startswith(page + "?")) else page)


def safe_cell(text: str) -> str:
    """``text`` as a spreadsheet cell that is never run as a formula (OWASP's advice for CSV injection)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


@router.get("/reports.csv")
def reports_csv(request: Request, viewer: Annotated[web.Viewer, Depends(web.allowed("see_reports"))],
                status: StatusQuery = "", name: NameQuery = "", since: SinceQuery = "",
                until: UntilQuery = "") -> Response:
    filters = _filters(viewer, status, name, since, until)
    engine = web.engine_of(request)
    out = io.StringIO()
    writer = csv.writer(out)
    _ = viewer._
    writer.writerow([_("Reference"), _("Reported"), _("Received"), _("Agency"), _("Registry id"),
                     _("What happened"), _("Details"), _("Contact"), _("Language"), _("Country"), _("Kiosk"),
                     _("Place"), _("Status"), _("Note"), _("Changed by"), _("Changed")])
    count = 0
    for report in find(engine, filters, viewer.zone):
        count += 1
        what = "; ".join(_(WHAT_HAPPENED_WORDS[code]) if code in WHAT_HAPPENED_WORDS else code
                         for code in report.what_happened)
        cells = [report.reference, viewer.when(report.reported_at), viewer.when(report.received_at),
                 report.agency_name, report.agency_id, what, report.details, report.contact, report.language,
                 report.country, report.kiosk_id, report.place, _(STATUS_NAMES.get(report.status, report.status)),
                 report.note, report.changed_by, viewer.when(report.changed_at) if report.changed_at else ""]
        writer.writerow([safe_cell(cell) for cell in cells])
    audit.write(engine, viewer.account, "reports_exported", "reports.csv", viewer.now, reports=count,
                status=filters.status, name=filters.name, since=filters.since.isoformat() if filters.since else "",
                until=filters.until.isoformat() if filters.until else "")
    day = viewer.now.astimezone(viewer.zone).date().isoformat()
    return Response(("\ufeff" + out.getvalue()).encode("utf-8"), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="agency-reports-{day}.csv"', "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff"})
