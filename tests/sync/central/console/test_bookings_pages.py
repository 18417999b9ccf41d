"""The bookings page, through real HTTP: the repository's (fictional) booking catalogue published, people
booked live at a kiosk, and staff devices' check-ins sent up as their audit logs, as staff laptops do.

The clock stands at Friday 2026-12-04 14:00 in Tashkent; bookings are for Monday 2026-12-07.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk import reference
from sync.central import staff
from sync.central.database import make_engine
from sync.central.tables import bookings, console_audit
from sync.central.tokens import Role
from tests.sync.central.central_server import Central, put_keys
from tests.sync.central.console.console_client import sign_in
from tests.sync.central.console.test_fleet_pages import SVG, svg, svg_texts, table, words_of
from tests.sync.central.test_allowances import MONDAY_ORIENTATION, MONDAY_VISA, MONDAY_VISA_LATER, PHONE, Centre
from tests.sync.central.test_allowances import booking_body as offline_booking
from tests.sync.central.test_releases import publish
from tests.sync.central.test_staff import MONDAY, VISA_CENTRE, Device, book

MIGRATION_OFFICE = "sample-migration-office"


@pytest.fixture
def centre(central: Central, content_tree: Path) -> Iterator[Centre]:
    put_keys(central)
    assert publish(central, content_tree).status_code == 201
    engine = make_engine(central.database)
    try:
        yield Centre(central, engine)
    finally:
        engine.dispose()


@dataclass
class Monday:
    """Monday's bookings at the visa centre and what two staff devices made of them."""

    checked_in: str
    served: str
    no_show: str
    waiting: str
    cancelled: str
    conflict_id: int


def shown(code: str) -> str:
    return reference.display(code)


@pytest.fixture
def monday(centre: Centre) -> Monday:
    kiosk = centre.kiosk()
    checked_in = book(centre, kiosk, MONDAY_VISA, name="Aziz Karimov")
    served = book(centre, kiosk, MONDAY_VISA, name="Bekzod Rahimov")
    no_show = book(centre, kiosk, MONDAY_VISA_LATER, name="Dilnoza Yusupova")
    waiting = book(centre, kiosk, MONDAY_VISA_LATER, name="Kamola Tursunova")
    cancelled = book(centre, kiosk, MONDAY_VISA_LATER, name="Farrux Aliyev")
    book(centre, kiosk, MONDAY_ORIENTATION, name="Gulnora Saidova")
    gone = centre.central.call("POST", f"/v1/bookings/{shown(cancelled)}/cancel", kiosk.token,
                               json={"name_or_last4": "Aliyev"})
    assert gone.status_code == 200, gone.text

    first, second = Device(centre, centre.kiosk()), Device(centre, centre.kiosk())
    first.act("check_in", checked_in)
    first.act("check_in", served)
    first.act("served", served)
    first.act("no_show", no_show)
    second.act("check_in", checked_in, staff_id="s-other", at="2026-12-07T04:40:00Z")  # the same receipt again
    (conflict,) = staff.list_conflicts(centre.engine, open_only=True, limit=10)
    return Monday(checked_in, served, no_show, waiting, cancelled, conflict["id"])


def test_a_place_and_day_show_each_booking_with_its_check_in_outcome_and_totals_and_no_names(
        centre: Centre, monday: Monday) -> None:
    scheduler = sign_in(centre.central, Role.SCHEDULER)
    page = scheduler.get("/console/bookings", params={"place": VISA_CENTRE, "day": MONDAY})
    assert page.status_code == 200
    assert words_of(page.text, "day-heading") == "Sample Visa Centre (fictional) on 2026-12-07"
    rows = {row.cells[2]: row.cells for row in table(page.text, "day-bookings")}
    assert rows[shown(monday.checked_in)] == ["09:00–09:20", "Visa document submission", shown(monday.checked_in),
                                              "booked", "✓ checked in"]
    assert rows[shown(monday.served)][3:] == ["booked", "✓ served"]
    assert rows[shown(monday.no_show)][3:] == ["booked", "✕ no-show"]
    assert rows[shown(monday.waiting)][3:] == ["booked", "○ not yet"]
    assert rows[shown(monday.cancelled)][3:] == ["✕ cancelled", "—"]
    assert rows[shown(monday.no_show)][0] == "09:20–09:40"
    assert len(rows) == 5
    assert words_of(page.text, "totals") == ("Bookings: 5 Cancelled: 1 ✓ Checked in: 1 ✓ Served: 1 ✕ No-show: 1 "
                                             "○ Not yet: 1")
    for personal in ("Aziz", "Karimov", "Kamola", "Aliyev", PHONE):
        assert personal not in page.text

    # A fleet viewer reads the same day; the other place has its own.
    viewer = sign_in(centre.central, Role.FLEET_VIEWER)
    office = viewer.get("/console/bookings", params={"place": MIGRATION_OFFICE, "day": MONDAY})
    assert office.status_code == 200
    (only,) = table(office.text, "day-bookings")
    assert only.cells[1] == "Pre-departure orientation for labour migrants" and only.cells[4] == "○ not yet"
    assert sign_in(centre.central, Role.CONTENT_EDITOR).get("/console/bookings").status_code == 403


def test_bookings_per_day_and_place_are_a_chart_and_a_table_without_cancelled_ones(
        centre: Centre, monday: Monday) -> None:
    centre.central.clock.advance(timedelta(days=4))  # Tuesday 12-08: the chart runs from 12-01 to 12-22
    page = sign_in(centre.central, Role.SCHEDULER).get("/console/bookings")
    assert page.status_code == 200
    chart = svg(page.text, "bookings-per-day")
    assert chart.findtext(f"{SVG}title") == "Bookings per day and place, 2026-12-01 to 2026-12-22"
    texts = svg_texts(chart)
    assert texts.count("4") == 1 and texts.count("1") == 1  # Monday: 4 live at the visa centre, 1 at the office
    assert {"12-01", "12-07", "12-22", "Sample Visa Centre (fictional)"} <= set(texts)
    assert len([bar for bar in chart.iter(f"{SVG}rect") if "bar" in (bar.get("class") or "")]) == 22 * 2 + 2
    # The same figures as a table: a row per place, a column per day (12-01 to 12-22), and totals.
    office, visa, total = (row.cells for row in table(page.text, "per-day"))
    assert office == ["Sample Migration Agency, regional office for external labour migration (fictional)",
                      *["0"] * 6, "1", *["0"] * 15, "1"]
    assert visa == ["Sample Visa Centre (fictional)", *["0"] * 6, "4", *["0"] * 15, "4"]
    assert total == ["Total", *["0"] * 6, "5", *["0"] * 15, "5"]
    # The day asked for defaults to today in the offices' zone.
    assert 'name="day" type="date" value="2026-12-08"' in page.text

    # More than two weeks before Monday, its bookings are not in the chart yet.
    centre.central.clock.advance(timedelta(days=-20))
    earlier = sign_in(centre.central, Role.SCHEDULER).get("/console/bookings")
    assert 'id="bookings-per-day"' not in earlier.text and "No bookings in these days." in earlier.text


def test_a_scheduler_resolves_a_check_in_conflict_with_a_note_and_it_is_audited(centre: Centre,
                                                                                 monday: Monday) -> None:
    viewer = sign_in(centre.central, Role.FLEET_VIEWER)
    seen = viewer.get("/console/bookings", params={"place": VISA_CENTRE, "day": MONDAY})
    conflict = words_of(seen.text, f"conflict-{monday.conflict_id}")
    where = "Sample Visa Centre (fictional), 2026-12-07"
    assert f"Conflict {monday.conflict_id}: {shown(monday.checked_in)}, {where}" in conflict
    assert "First check-in (kept)" in conflict and "Staff member: s-test" in conflict
    assert "Staff member: s-other" in conflict and "At: 2026-12-07 09:40" in conflict
    assert f'id="resolve-{monday.conflict_id}"' not in seen.text  # a fleet viewer has no form to resolve it
    path = f"/console/bookings/conflicts/{monday.conflict_id}/resolve"
    refused = viewer.post(path, {"note": "I would like to"})
    assert refused.status_code == 403 and "may not open this page or do this" in refused.text

    scheduler = sign_in(centre.central, Role.SCHEDULER)
    page = scheduler.get("/console/bookings", params={"place": VISA_CENTRE, "day": MONDAY})
    assert f'id="resolve-{monday.conflict_id}"' in page.text
    assert scheduler.post(path, {"note": "   "}).status_code == 422  # a note is needed
    note = "The second laptop scanned the receipt again by mistake <oops> ‘sic’"
    done = scheduler.post(path, {"note": note, "place": VISA_CENTRE, "day": MONDAY}, allow_redirects=False)
    assert done.status_code == 303
    assert done.headers["location"] == f"/console/bookings?place={VISA_CENTRE}&day={MONDAY}#conflicts"
    after = scheduler.get(done.headers["location"])
    assert "No open conflicts." in after.text and f"conflict-{monday.conflict_id}" not in after.text

    (resolved,) = staff.list_conflicts(centre.engine, open_only=False, limit=10)
    assert (resolved["resolution"], resolved["resolved_by"]) == (note, scheduler.username)
    with centre.engine.connect() as connection:
        entry = connection.execute(select(console_audit).where(
            console_audit.c.action == "staff_conflict_resolved")).one()
    assert (entry.username, entry.target) == (scheduler.username, f"staff conflict {monday.conflict_id}")
    assert json.loads(entry.detail) == {"reference": monday.checked_in, "location_id": VISA_CENTRE, "day": MONDAY,
                                        "note": note}

    again = scheduler.post(path, {"note": "twice"})
    assert again.status_code == 409 and "resolved already" in again.text
    assert scheduler.post("/console/bookings/conflicts/999/resolve", {"note": "x"}).status_code == 404
    # The first check-in is still the visit's.
    table_after = {row.cells[2]: row.cells for row in table(after.text, "day-bookings")}
    assert table_after[shown(monday.checked_in)][4] == "✓ checked in"


def test_booking_findings_are_listed(centre: Centre) -> None:
    kiosk = centre.kiosk()
    unknown_slot = "sample-visa-centre.visa-submission.2026-12-07T23:40"
    body = offline_booking(kiosk, unknown_slot, name="Jasur Qodirov")
    centre.sent(kiosk, "offline-booking-0001", "booking", body)
    page = sign_in(centre.central, Role.SCHEDULER).get("/console/bookings")
    (finding,) = table(page.text, "findings")
    assert finding.cells[1] == "⚠ A booking or slot the centre does not know"
    assert finding.cells[2] == shown(body["reference"]) and finding.cells[3] == kiosk.kiosk_id
    assert unknown_slot in finding.cells[4] and "Jasur" not in page.text


def test_a_bad_day_is_a_clear_422_an_unknown_place_says_so_and_hostile_text_breaks_nothing(centre: Centre) -> None:
    scheduler = sign_in(centre.central, Role.SCHEDULER)
    today = scheduler.get("/console/bookings")
    assert today.status_code == 200 and 'value="2026-12-04"' in today.text
    for day in ("2026-02-30", "07.12.2026", "' OR '1'='1", "2026-12-07'; DROP TABLE bookings; --"):
        refused = scheduler.get("/console/bookings", params={"day": day})
        assert refused.status_code == 422, day
        assert "is not a day. Write it as year-month-day, for example 2026-12-07." in refused.text
    for place in ("nowhere", "' OR '1'='1", "sample-visa-centre'; DROP TABLE bookings; --", "<script>x</script>"):
        unknown = scheduler.get("/console/bookings", params={"place": place, "day": MONDAY})
        assert unknown.status_code == 404, place
        assert "There is no such place" in words_of(unknown.text, "no-such-place")
        assert "<script>x" not in unknown.text
    with centre.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(bookings)).scalar_one() == 0  # table intact
