"""The agency reports inbox: every report a kiosk sent, newest first, in plain words; triage with a note;
filters that hostile text cannot turn into SQL; and a CSV export a spreadsheet cannot be tricked by."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from kiosk.agencies.reports import WHAT_HAPPENED
from sync.central.console.reports import WHAT_HAPPENED_WORDS, safe_cell
from sync.central.database import make_engine
from sync.central.tables import console_audit, report_triage
from sync.central.tokens import Role
from sync.protocol.outbox import envelope
from tests.sync.central.central_server import Central, Kiosk, enroll_kiosk, put_keys
from tests.sync.central.console.console_client import ConsoleUser, sign_in

XSS_NAME = '<img src=x onerror=alert(1)> ООО «Ромашка» <script>alert("имя")</script>'
XSS_DETAILS = 'Взяли 500$ и паспорт.\n<script>alert("подробности")</script>'


def report_body(reference: str, agency_name: str, **given: Any) -> dict[str, Any]:
    body = {"reference": reference, "agency_name": agency_name, "agency_id": "", "what_happened": [],
            "details": "", "contact": "", "language": "ru", "country": "", "reported_at": "2026-12-04T08:00:00Z"}
    return {**body, **given}


def send(central: Central, kiosk: Kiosk, item_id: str, body: dict[str, Any]) -> None:
    answer = central.call("POST", "/v1/outbox", kiosk.token,
                          json=envelope(item_id, "agency_report", body, central.clock()))
    assert answer.status_code == 201, answer.text


@pytest.fixture
def inbox(central: Central) -> Central:
    """Three reports from one kiosk, an hour apart: Cyrillic, hostile markup and a formula among them."""
    put_keys(central)
    kiosk = enroll_kiosk(central)
    send(central, kiosk, "r-1", report_body("AAAA1111", "Fictional Sunrise Travel LLC", agency_id="sample-000003",
                                            what_happened=["fee_before_job", "kept_documents"], language="en",
                                            country="KR", details="They kept my passport."))
    central.clock.advance(timedelta(hours=1))
    send(central, kiosk, "r-2", report_body("BBBB2222", XSS_NAME, what_happened=["fake_job"], details=XSS_DETAILS,
                                            contact="=HYPERLINK(\"http://evil.example\",\"click\")", country="RU"))
    central.clock.advance(timedelta(days=2))
    send(central, kiosk, "r-3", report_body("CCCC3333", "ОсОО «Вымышленный Мост»", what_happened=["other"],
                                            contact="+996 000 000 000", language="ky", details="-2+3"))
    return central


def rows(page: str) -> list[str]:
    """The table rows of the reports list, as HTML."""
    return page.split('id="reports"')[1].split("<tbody>")[1].split("</tbody>")[0].split("<tr id=")[1:]


def exported(user: ConsoleUser, **filters: str) -> tuple[bytes, list[list[str]]]:
    answer = user.get("/console/reports.csv", params=filters)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    assert answer.headers["content-disposition"].startswith("attachment;")
    return answer.content, list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))


def audit_actions(central: Central) -> list[tuple[str, str, dict[str, Any]]]:
    with make_engine(central.database).connect() as connection:
        found = connection.execute(select(console_audit).order_by(console_audit.c.id)).all()
    return [(row.action, row.target, json.loads(row.detail)) for row in found if row.action != "sign_in"]


def test_every_code_the_kiosk_writes_has_plain_words() -> None:
    assert set(WHAT_HAPPENED_WORDS) == set(WHAT_HAPPENED)


def test_every_report_is_listed_newest_first_in_plain_words(inbox: Central) -> None:
    manager = sign_in(inbox, Role.REGISTRY_MANAGER)
    page = manager.get("/console/reports")
    assert page.status_code == 200 and "Reports: 3." in page.text
    newest, middle, oldest = rows(page.text)
    assert "CCCC3333" in newest and "BBBB2222" in middle and "AAAA1111" in oldest
    assert "Fictional Sunrise Travel LLC" in oldest and "registry id sample-000003" in oldest
    assert "Asked for money before giving a job or visa" in oldest
    assert "Took or kept a passport or other documents" in oldest
    assert "South Korea" in oldest and "English" in oldest and "They kept my passport." in oldest
    assert "Кыргызча" in newest and "+996 000 000 000" in newest and "Something else" in newest
    assert all('<span aria-hidden="true">⚠</span> new</span>' in row for row in (newest, middle, oldest))
    assert "2026-12-04 14:00" in oldest  # reported at 09:00 UTC: the offices' time is UTC+5

    russian = manager.get("/console/reports", headers={"Accept-Language": "ru"})
    assert "Южная Корея" in rows(russian.text)[2]


def test_report_text_is_shown_escaped_never_as_markup(inbox: Central) -> None:
    page = sign_in(inbox, Role.REGISTRY_MANAGER).get("/console/reports").text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt; ООО «Ромашка» &lt;script&gt;alert(&#34;имя&#34;)&lt;/script&gt;" in page
    assert "Взяли 500$ и паспорт.\n&lt;script&gt;alert(&#34;подробности&#34;)&lt;/script&gt;" in page


def test_triage_with_a_note_then_export_the_list_as_csv(inbox: Central) -> None:
    manager = sign_in(inbox, Role.REGISTRY_MANAGER)
    manager.get("/console/reports")
    note = "Передано в агентство по миграции; <b>проверить</b> лицензию\n=1+1"
    answer = manager.post("/console/reports/r-1/triage", {"status": "forwarded", "note": note,
                                                         "back": "/console/reports?status=new"})
    assert answer.status_code == 200 and answer.url.endswith("/console/reports?status=new")
    assert "Reports: 2." in answer.text and "AAAA1111" not in answer.text

    page = manager.get("/console/reports", params={"status": "forwarded"})
    (row,) = rows(page.text)
    assert "AAAA1111" in row and '<span aria-hidden="true">✓</span> forwarded to the licensing body' in row
    assert "Передано в агентство по миграции; &lt;b&gt;проверить&lt;/b&gt; лицензию\n=1+1" in row
    with make_engine(inbox.database).connect() as connection:
        stored = connection.execute(select(report_triage)).one()
    assert (stored.item_id, stored.status, stored.note, stored.changed_by) == ("r-1", "forwarded", note,
                                                                               manager.username)

    assert manager.post("/console/reports/r-1/triage", {"status": "reviewed", "note": ""}).status_code == 200
    assert "AAAA1111" in rows(manager.get("/console/reports", params={"status": "reviewed"}).text)[0]
    assert manager.post("/console/reports/r-1/triage", {"status": "forwarded", "note": note}).status_code == 200

    raw, table = exported(manager)
    assert raw.startswith(b"\xef\xbb\xbf")
    header, *lines = table
    assert header[:4] == ["Reference", "Reported", "Received", "Agency"] and len(lines) == 3
    by_reference = {line[0]: dict(zip(header, line, strict=True)) for line in lines}
    assert list(by_reference) == ["CCCC3333", "BBBB2222", "AAAA1111"]
    first = by_reference["AAAA1111"]
    assert first["Status"] == "forwarded to the licensing body" and first["Note"] == note
    assert first["What happened"] == ("Asked for money before giving a job or visa; "
                                      "Took or kept a passport or other documents")
    hostile = by_reference["BBBB2222"]
    assert hostile["Contact"] == "'=HYPERLINK(\"http://evil.example\",\"click\")"
    assert hostile["Agency"] == XSS_NAME and hostile["Details"] == XSS_DETAILS
    assert by_reference["CCCC3333"]["Contact"] == "'+996 000 000 000"
    assert by_reference["CCCC3333"]["Details"] == "'-2+3"

    _raw, only = exported(manager, status="forwarded", name="sunrise")
    assert [line[0] for line in only[1:]] == ["AAAA1111"]
    actions = audit_actions(inbox)
    assert [(action, target) for action, target, _detail in actions] == [
        ("report_triaged", "r-1"), ("report_triaged", "r-1"), ("report_triaged", "r-1"),
        ("reports_exported", "reports.csv"), ("reports_exported", "reports.csv")]
    assert actions[0][2] == {"reference": "AAAA1111", "status": "forwarded", "note": note}
    assert actions[-1][2]["reports"] == 1 and actions[-1][2]["name"] == "sunrise"


def test_a_note_starting_like_a_formula_is_text_in_the_csv() -> None:
    assert [safe_cell(text) for text in ("=SUM(A1)", "+1", "-1", "@cmd", "\tx", "\rx", "ok", "", "Ромашка=1")] == [
        "'=SUM(A1)", "'+1", "'-1", "'@cmd", "'\tx", "'\rx", "ok", "", "Ромашка=1"]


def test_filters_by_status_name_and_date(inbox: Central) -> None:
    manager = sign_in(inbox, Role.REGISTRY_MANAGER)
    manager.get("/console/reports")
    manager.post("/console/reports/r-2/triage", {"status": "reviewed", "note": "seen"})

    def listed(**filters: str) -> list[str]:
        page = manager.get("/console/reports", params=filters)
        assert page.status_code == 200, page.text
        return [reference for reference in ("AAAA1111", "BBBB2222", "CCCC3333")
                if any(reference in row for row in rows(page.text))]

    assert listed(status="new") == ["AAAA1111", "CCCC3333"]
    assert listed(status="reviewed") == ["BBBB2222"]
    assert listed(name="ромашка") == ["BBBB2222"] and listed(name="ВЫМЫШЛЕННЫЙ") == ["CCCC3333"]
    assert listed(name="sample-000003") == ["AAAA1111"]
    # Reported on 2026-12-04 14:00 and 15:00, and on 2026-12-06 15:00, in the offices' time.
    assert listed(**{"from": "2026-12-05"}) == ["CCCC3333"]
    assert listed(**{"to": "2026-12-04"}) == ["AAAA1111", "BBBB2222"]
    assert listed(**{"from": "2026-12-04", "to": "2026-12-04", "status": "new"}) == ["AAAA1111"]
    assert listed(**{"from": "2026-12-07"}) == []


@pytest.mark.parametrize("text", ["' OR '1'='1", "1; DROP TABLE outbox_items; --", "%' UNION SELECT password_hash "
                                  "FROM console_accounts --", "\" OR 1=1 --", "Ромашка' --", "%", "_"])
def test_hostile_filter_text_finds_nothing_or_is_refused_never_a_5xx(inbox: Central, text: str) -> None:
    manager = sign_in(inbox, Role.REGISTRY_MANAGER)
    for name in ("status", "name", "from", "to"):
        for path in ("/console/reports", "/console/reports.csv"):
            answer = manager.get(path, params={name: text})
            assert answer.status_code in (200, 422), (path, name, answer.status_code)
            if answer.status_code == 200 and path == "/console/reports":
                assert "No reports." in answer.text and "Reports: 0." in answer.text, (name, text)
            elif answer.status_code == 200:
                assert len(list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))) == 1
    assert "Reports: 3." in manager.get("/console/reports").text  # every table is still there


def test_only_registry_managers_and_the_owner_see_and_triage_reports(inbox: Central) -> None:
    for role in (Role.CONTENT_EDITOR, Role.SCHEDULER, Role.FLEET_VIEWER):
        user = sign_in(inbox, role)
        assert user.get("/console/reports").status_code == 403
        assert user.get("/console/reports.csv").status_code == 403
        assert user.post("/console/reports/r-1/triage", {"status": "reviewed", "note": "x"}).status_code == 403
    owner = sign_in(inbox, Role.OWNER)
    assert "Reports: 3." in owner.get("/console/reports").text
    with make_engine(inbox.database).connect() as connection:
        assert connection.execute(select(report_triage)).all() == []


def test_triage_of_an_unknown_report_or_with_an_unknown_status_is_refused(inbox: Central) -> None:
    manager = sign_in(inbox, Role.REGISTRY_MANAGER)
    manager.get("/console/reports")
    assert manager.post("/console/reports/nope/triage", {"status": "reviewed"}).status_code == 404
    assert manager.post("/console/reports/r-1/triage", {"status": "closed"}).status_code == 422
    assert manager.post("/console/reports/r-1/triage", {"status": "reviewed", "note": "x" * 2001}).status_code == 422
    with make_engine(inbox.database).connect() as connection:
        assert connection.execute(select(report_triage)).all() == []
