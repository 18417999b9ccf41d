from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from kiosk import languages
from kiosk.booking.model import BookingRequest
from kiosk.receipts.fonts import BOLD, REGULAR, missing_glyphs
from kiosk.staff import audit, visits
from kiosk.staff.checkin import check_in
from kiosk.staff.labels import all_label_text, labels
from kiosk.staff.session import Desk
from kiosk.staff.summary import (
    DaySummary,
    ServiceLine,
    day_summary,
    export_summary,
    print_summary,
    safe_cell,
    summary_csv,
    summary_pdf,
)
from kiosk.staff.walkin import walk_in
from kiosk.store import Store
from tests.kiosk.booking.fixtures import MONDAY, slot_id
from tests.kiosk.printing.cups_server import CupsServer
from tests.kiosk.receipts.pdf_tools import pdf_fonts, pdf_text, pdf_words
from tests.kiosk.staff.fixtures import OFFICE, OPERATOR, as_listed, book, booking_kiosk, publish, signed_in

MADE = datetime(2027, 1, 11, 17, 5)

# cups_server (session) and pdf_queue: a private CUPS scheduler with a PDF printer.
pytest_plugins = ["tests.kiosk.printing.cups_fixtures"]


@pytest.fixture
def worked_day(store: Store, desk: Desk) -> DaySummary:
    kiosk = booking_kiosk(store)
    served, absent, cancelled, waiting = (book(kiosk, "Aziza Karimova"), book(kiosk, "Karim Aliev"),
                                          book(kiosk, "Ivan Petrov", hhmm="10:00"),
                                          book(kiosk, "Zarina Ahmedova", service_id="submit", hhmm="09:00"))
    cancelled = kiosk.cancel(cancelled.reference, "Ivan Petrov")
    publish(store, [as_listed(b) for b in (served, absent, cancelled, waiting)])
    session = signed_in(OPERATOR, desk.clock)
    check_in(desk, session, served.reference, {})
    visits.mark_served(desk, session, served.reference)
    visits.mark_no_show(desk, session, absent.reference)
    walk_in(desk, session, kiosk, BookingRequest(slot_id(OFFICE, "submit", MONDAY, "09:40"), "Walk In"))
    return day_summary(store, OFFICE, MONDAY, language="en", made_at=MADE, staff_name="Dilnoza R.",
                       device=desk.device)


def test_the_summary_counts_each_service_by_state(worked_day: DaySummary) -> None:
    lines = {line.service_id: line.counts for line in worked_day.lines}
    consult, submit = lines["consult"], lines["submit"]
    assert (consult.booked, consult.served, consult.no_show, consult.cancelled, consult.walk_ins) == (2, 1, 1, 1, 0)
    assert (submit.booked, submit.checked_in, submit.walk_ins, submit.waiting) == (2, 1, 1, 1)
    assert worked_day.total.booked == 4 and worked_day.total.walk_ins == 1
    assert worked_day.lines[0].service_name == "Consultation [en]"
    assert worked_day.audit_entries == 5 and worked_day.chain_intact


def test_the_csv_opens_in_a_spreadsheet_as_text(worked_day: DaySummary) -> None:
    data = summary_csv(worked_day)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == ["Date", "Place", "Service", "Booked", "Checked in", "Served", "No-shows", "Cancelled",
                       "Walk-ins"]
    assert rows[1] == ["2027-01-11", "Office A (fictional) [en]", "Consultation [en]", "2", "0", "1", "1", "1", "0"]
    assert rows[-1][2:] == ["Total", "4", "1", "1", "1", "1", "1"]


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text(worked_day: DaySummary) -> None:
    for bad in ("=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)"):
        assert safe_cell(bad) == "'" + bad
    assert safe_cell("Consultation") == "Consultation" and safe_cell(5) == "5"
    hostile = replace(worked_day, location_name="=cmd|' /C calc'!A0",
                      lines=(ServiceLine("x", "@evil", worked_day.total),))
    rows = list(csv.reader(io.StringIO(summary_csv(hostile).decode("utf-8-sig"), newline=""), delimiter=";"))
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert rows[1][1:3] == ["'=cmd|' /C calc'!A0", "'@evil"]


@pytest.mark.parametrize("language", ["ru", "tg"])
@pytest.mark.parametrize("layout", ["a4", "roll"])
def test_the_pdf_is_in_the_staff_members_language_with_every_letter_embedded(
        store: Store, worked_day: DaySummary, tmp_path: Path, language: str, layout: str) -> None:
    summary = day_summary(store, OFFICE, MONDAY, language=language, made_at=MADE, staff_name="Дилноза Р.",
                          device=worked_day.device)
    pdf = tmp_path / f"summary-{language}-{layout}.pdf"
    pdf.write_bytes(summary_pdf(summary, layout))  # type: ignore[arg-type]
    text = " ".join(pdf_text(pdf).split())
    printed = set(re.findall(r"\w+", text))
    words = labels(language)
    # A heading may wrap in its table cell, but never inside a word.
    for key in ("title", "booked", "served", "no_show", "walk_ins", "total", "staff"):
        assert set(re.findall(r"\w+", words[key])) <= printed, key
    assert f"Consultation [{language}]" in text and "Дилноза Р." in text
    assert all(embedded for _, embedded in pdf_fonts(pdf))
    assert len(pdf_words(pdf)) == 1  # one page; the roll is as tall as its content
    for face in (REGULAR, BOLD):
        assert missing_glyphs(text, face) == set()


def test_every_summary_label_prints_in_every_language() -> None:
    assert set(languages.TAGS) == {"uz-Latn", "uz-Cyrl", "ru", "ky", "tg", "en"}
    assert labels("uz-Cyrl")["title"] == "Кун якуни"
    for face in (REGULAR, BOLD):
        assert missing_glyphs(all_label_text(), face) == set()


def test_an_export_is_audited(store: Store, desk: Desk, worked_day: DaySummary) -> None:
    data = export_summary(desk, signed_in(OPERATOR, desk.clock), language="ky", form="csv")
    assert "Кызмат" in data.decode("utf-8-sig")
    assert audit.entries(store.db)[-1].action == "summary_exported"


def test_the_summary_prints_through_cups_and_is_audited(store: Store, desk: Desk, worked_day: DaySummary,
                                                        cups_server: CupsServer, pdf_queue: str) -> None:
    outcome = print_summary(desk, signed_in(OPERATOR, desk.clock), language="tg", layout="roll", queue=pdf_queue,
                            server=cups_server.address)
    assert outcome.printed
    last = audit.entries(store.db)[-1]
    assert (last.action, last.detail) == ("summary_printed", {"layout": "roll", "printed": True})
