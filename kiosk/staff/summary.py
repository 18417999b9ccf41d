"""The day's summary: counts by service and state, as CSV and as PDF (A4 or the 80 mm roll).

Counts come from the day list with this device's visits merged in
(:func:`kiosk.staff.daylist.day_entries`): what the desk knows at the end of the
day. Labels are in the staff member's language (:mod:`kiosk.staff.labels`); the
PDF is set in the receipts' embedded Noto Sans (:mod:`kiosk.receipts.fonts`), so
every letter of the six languages prints.

The CSV is for a spreadsheet: UTF-8 with a byte order mark (so Excel reads the
Cyrillic right), ``;`` between cells (the list separator where a decimal comma
is usual), CRLF line ends, one header row. A cell that starts with ``=``, ``+``,
``-`` or ``@`` (or a tab or carriage return) gets a leading ``'`` so a
spreadsheet never runs it as a formula: a service name comes from the catalogue,
which staff do not control.

Printing goes through the receipt printer's CUPS code (:func:`kiosk.printing.print_and_wait`);
printing and exporting are audited (``summary_printed``, ``summary_exported``).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kiosk.booking import catalogue
from kiosk.receipts.fonts import register_fonts
from kiosk.receipts.labels import format_date
from kiosk.receipts.render import LAYOUTS, Layout, UnknownLayout
from kiosk.staff import audit
from kiosk.staff.daylist import DayCounts, DayEntry, counts, day_entries
from kiosk.staff.labels import labels

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from kiosk.printing import JobOutcome
    from kiosk.staff.session import Desk, StaffSession
    from kiosk.store import Store

COUNT_KEYS = ("booked", "checked_in", "served", "no_show", "cancelled", "walk_ins")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm
A4_MARGIN = 18 * mm
AUTHOR = "Migrant information kiosk"


@dataclass(frozen=True)
class ServiceLine:
    service_id: str
    service_name: str  # in the summary's language; the id when the catalogue does not know it
    counts: DayCounts


@dataclass(frozen=True)
class DaySummary:
    location_id: str
    location_name: str
    day: date
    language: str
    lines: tuple[ServiceLine, ...]
    total: DayCounts
    audit_entries: int  # of this place's day, on this device
    chain_intact: bool  # the whole audit log of this device verifies
    made_at: datetime  # local wall-clock
    staff_name: str
    device: str


def count_of(counted: DayCounts, key: str) -> int:
    value = getattr(counted, key)
    assert isinstance(value, int)
    return value


def day_summary(store: Store, location_id: str, day: date, *, language: str, made_at: datetime,
                staff_name: str = "", device: str = "") -> DaySummary:
    """The counts of ``location_id`` on ``day`` by service, names in ``language``."""
    entries = day_entries(store.db, location_id, day)
    by_service: dict[str, list[DayEntry]] = defaultdict(list)
    for entry in entries:
        by_service[entry.booking.service_id].append(entry)
    lines = tuple(ServiceLine(service_id, catalogue.service_name(store, service_id, language), counts(found))
                  for service_id, found in sorted(by_service.items(), key=lambda pair: pair[0]))
    return DaySummary(location_id, catalogue.location_name(store, location_id, language), day, language, lines,
                      counts(entries), len(audit.entries(store.db, location_id=location_id, day=day)),
                      not audit.verify_store(store.db), made_at, staff_name, device)


# --- CSV ----------------------------------------------------------------------------------------------


def safe_cell(value: object) -> str:
    """``value`` as a CSV cell a spreadsheet shows as text, never runs as a formula."""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def summary_csv(summary: DaySummary) -> bytes:
    """The summary as CSV bytes: BOM, ``;``, CRLF, a header row, one row per service and a total row."""
    words = labels(summary.language)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    rows: list[Sequence[object]] = [[words["date"], words["place"], words["service"],
                                     *(words[key] for key in COUNT_KEYS)]]
    for line in summary.lines:
        rows.append([summary.day.isoformat(), summary.location_name, line.service_name,
                     *(count_of(line.counts, key) for key in COUNT_KEYS)])
    rows.append([summary.day.isoformat(), summary.location_name, words["total"],
                 *(count_of(summary.total, key) for key in COUNT_KEYS)])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue().encode("utf-8-sig")


# --- PDF ----------------------------------------------------------------------------------------------


class _Styles:
    def __init__(self, layout: Layout) -> None:
        regular, bold = register_fonts()
        roll = layout == "roll"
        body = 9 if roll else 10.5
        self.regular, self.bold = regular, bold
        self.title = ParagraphStyle("title", fontName=bold, fontSize=13 if roll else 18, leading=16 if roll else 22,
                                    spaceAfter=4)
        self.body = ParagraphStyle("body", fontName=regular, fontSize=body, leading=body * 1.3)
        self.strong = ParagraphStyle("strong", parent=self.body, fontName=bold)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=body - 0.5, leading=(body - 0.5) * 1.2)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=bold, fontSize=8, leading=9.6)
        self.total = ParagraphStyle("total", parent=self.cell, fontName=bold)
        self.number = ParagraphStyle("number", parent=self.cell, alignment=2)
        self.head_number = ParagraphStyle("head_number", parent=self.head, alignment=2)
        self.heading = ParagraphStyle("heading", parent=self.strong, spaceBefore=6, spaceAfter=1)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _head(summary: DaySummary, styles: _Styles) -> list[Flowable]:
    words = labels(summary.language)
    story: list[Flowable] = [_p(words["title"], styles.title)]
    for key, value in (("place", summary.location_name), ("date", format_date(summary.day, summary.language)),
                       ("made_at", summary.made_at.strftime("%Y-%m-%d %H:%M")), ("staff", summary.staff_name),
                       ("kiosk", summary.device)):
        if value:
            story.append(_p(f"{words[key]}: {value}", styles.body))
    return story


def _foot(summary: DaySummary, styles: _Styles) -> list[Flowable]:
    words = labels(summary.language)
    chain = words["chain_ok"] if summary.chain_intact else words["chain_broken"]
    return [Spacer(1, 6), _p(f"{words['audit']}: {summary.audit_entries}. {chain}.", styles.body)]


def _grid(rows: list[list[Flowable]], widths: list[float], styles: _Styles, header: bool) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), styles.regular),  # else Table sets Helvetica, unembedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black),
    ]
    if header:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black))
    table.setStyle(TableStyle(commands))
    return table


def _a4_story(summary: DaySummary, styles: _Styles) -> list[Flowable]:
    words = labels(summary.language)
    width = A4[0] - 2 * A4_MARGIN
    first = width * 0.22  # the six counts' headings fit their longest word (Kyrgyz) unbroken
    rest = (width - first) / len(COUNT_KEYS)
    rows: list[list[Flowable]] = [[_p(words["service"], styles.head),
                                   *(_p(words[key], styles.head_number) for key in COUNT_KEYS)]]
    for name, counted, style in ([(line.service_name, line.counts, styles.cell) for line in summary.lines]
                                 + [(words["total"], summary.total, styles.total)]):
        rows.append([_p(name, style), *(_p(str(count_of(counted, key)), styles.number) for key in COUNT_KEYS)])
    return [*_head(summary, styles), Spacer(1, 8), _grid(rows, [first, *[rest] * len(COUNT_KEYS)], styles, True),
            *_foot(summary, styles)]


def _roll_story(summary: DaySummary, styles: _Styles) -> list[Flowable]:
    words = labels(summary.language)
    width = ROLL_WIDTH - 2 * ROLL_MARGIN
    story = _head(summary, styles)
    for name, counted in [(line.service_name, line.counts) for line in summary.lines] + [(words["total"],
                                                                                         summary.total)]:
        story.append(_p(name, styles.heading))
        rows: list[list[Flowable]] = [[_p(words[key], styles.cell), _p(str(count_of(counted, key)), styles.number)]
                                      for key in COUNT_KEYS]
        story.append(_grid(rows, [width * 0.75, width * 0.25], styles, False))
    return [*story, *_foot(summary, styles)]


def summary_pdf(summary: DaySummary, layout: Layout) -> bytes:
    """The summary as PDF bytes in ``layout`` ("a4" or "roll"). Safe to call from a worker thread."""
    if layout not in LAYOUTS:
        raise UnknownLayout(f"unknown layout {layout!r}; use roll or a4")
    styles = _Styles(layout)
    buffer = io.BytesIO()
    title = f"{labels(summary.language)['title']} {summary.location_id} {summary.day.isoformat()}"
    if layout == "a4":
        document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=A4_MARGIN, rightMargin=A4_MARGIN,
                                     topMargin=A4_MARGIN, bottomMargin=A4_MARGIN, invariant=True, title=title,
                                     author=AUTHOR, creator=AUTHOR, initialFontName=styles.regular)
        document.build(_a4_story(summary, styles))
        return buffer.getvalue()
    # The roll is one page as tall as its content, so the printer cuts where the summary ends.
    width = ROLL_WIDTH - 2 * ROLL_MARGIN
    story = _roll_story(summary, styles)
    placed = []
    for number, flowable in enumerate(story):
        _, height = flowable.wrap(width, 10_000 * mm)
        before = 0.0 if number == 0 else float(flowable.getSpaceBefore())
        placed.append((flowable, float(height), before, float(flowable.getSpaceAfter())))
    height = sum(before + h + after for _, h, before, after in placed)
    canvas = Canvas(buffer, pagesize=(ROLL_WIDTH, height + 2 * ROLL_MARGIN), invariant=True,
                    initialFontName=styles.regular)
    canvas.setTitle(title)
    canvas.setAuthor(AUTHOR)
    canvas.setCreator(AUTHOR)
    y = height + ROLL_MARGIN
    for flowable, flowable_height, before, after in placed:
        y -= before + flowable_height
        flowable.drawOn(canvas, ROLL_MARGIN, y)
        y -= after
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --- audited actions ----------------------------------------------------------------------------------


def desk_summary(desk: Desk, session: StaffSession, language: str) -> DaySummary:
    """The summary of the desk's place and day, made now by the signed-in member."""
    account = session.require_at(desk.location_id)
    return day_summary(desk.store, desk.location_id, desk.day, language=language, made_at=desk.clock.now(),
                       staff_name=account.display_name, device=desk.device)


def export_summary(desk: Desk, session: StaffSession, *, language: str, form: str,
                   layout: Layout = "a4") -> bytes:
    """The desk's summary as ``form`` "csv" or "pdf" bytes, audited as ``summary_exported``."""
    if form not in ("csv", "pdf"):
        raise ValueError(f"no summary form {form!r}; use csv or pdf")
    summary = desk_summary(desk, session, language)
    data = summary_csv(summary) if form == "csv" else summary_pdf(summary, layout)
    record_exported(desk, session, form=form, layout=layout)
    return data


def print_summary(desk: Desk, session: StaffSession, *, language: str, layout: Layout, queue: str,
                  server: str | None = None) -> JobOutcome:
    """Print the desk's summary on ``queue`` and wait for it, audited as ``summary_printed`` (with the outcome).

    Raises a :class:`kiosk.printing.PrintingError` when it could not be sent (nothing is audited then).
    """
    from kiosk.printing import print_and_wait

    pdf = summary_pdf(desk_summary(desk, session, language), layout)
    outcome = print_and_wait(pdf, queue, title=f"day summary {desk.location_id} {desk.day.isoformat()}",
                             server=server)
    record_printed(desk, session, layout=layout, printed=outcome.printed)
    return outcome


def record_exported(desk: Desk, session: StaffSession, *, form: str, layout: Layout = "a4") -> None:
    """Audit a summary the caller made from :func:`desk_summary` and saved (``summary_exported``).

    For a screen that renders and writes off the database lane, as :func:`export_summary` does in one call.
    """
    _audit(desk, session, "summary_exported", {"form": form, "layout": layout if form == "pdf" else ""})


def record_printed(desk: Desk, session: StaffSession, *, layout: Layout, printed: bool) -> None:
    """Audit a summary the caller printed (``summary_printed``): a screen waits for the printer off the
    database lane, as :func:`print_summary` does in one call."""
    _audit(desk, session, "summary_printed", {"layout": layout, "printed": printed})


def _audit(desk: Desk, session: StaffSession, action: str, detail: dict[str, object]) -> None:
    with desk.store.transaction(f"record {action}") as db:
        audit.append(db, device=desk.device, at=desk.utc_now(), staff_id=session.staff_id,
                     role=session.role, action=action, reference="", location_id=desk.location_id, day=desk.day,
                     detail=detail)
