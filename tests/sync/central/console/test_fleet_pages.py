"""The fleet pages, through real HTTP: kiosks enrolled and beating as kiosks do, the clock moved by the test.

The table puts kiosks that need a visit first and says why in words; its filters work as a plain
form (and as an htmx swap); a kiosk's page shows its problems and last heartbeats, as a table and
as charts; only the owner sets a kiosk's place and canary group, and that is audited. The "Was
this useful?" page counts the answers kiosks sent up.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from sync.central.console import fleet_pages
from sync.central.database import make_engine
from sync.central.tables import console_audit, kiosks
from sync.central.tokens import Role
from sync.protocol.outbox import envelope
from tests.sync.central.central_server import START, Central, Kiosk, enroll_kiosk, put_keys
from tests.sync.central.console.console_client import ConsoleUser, sign_in
from tests.sync.central.test_fleet import beat
from tests.sync.central.test_releases import publish

SVG = "{http://www.w3.org/2000/svg}"


# --- reading pages ------------------------------------------------------------------------------------


@dataclass
class Row:
    id: str
    classes: set[str]
    cells: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " | ".join(self.cells)


class _TableReader(HTMLParser):
    """The body rows of one table (by id): each row's id, classes and cells' text, spaces squeezed."""

    def __init__(self, table_id: str) -> None:
        super().__init__()
        self.table_id, self.depth, self.in_body = table_id, 0, False
        self.rows: list[Row] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given = dict(attrs)
        if tag == "table" and (self.depth or given.get("id") == self.table_id):
            self.depth += 1
        elif self.depth == 1 and tag == "tbody":
            self.in_body = True
        elif self.depth == 1 and self.in_body and tag == "tr":
            self.rows.append(Row(given.get("id") or "", set((given.get("class") or "").split())))
        elif self.depth == 1 and self.in_body and tag in ("td", "th"):
            self.cell = []
        elif self.cell is not None and tag in ("br", "li", "ul", "p", "div"):
            self.cell.append(" ")  # a line break in the cell reads as a space

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self.depth:
            self.depth -= 1
        elif tag == "tbody":
            self.in_body = False
        elif tag in ("td", "th") and self.cell is not None and self.rows:
            self.rows[-1].cells.append(" ".join("".join(self.cell).split()))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def table(html: str, table_id: str) -> list[Row]:
    reader = _TableReader(table_id)
    reader.feed(html)
    assert reader.rows or f'id="{table_id}"' in html, f"no table {table_id}"
    return reader.rows


_BLOCKS = {"br", "div", "p", "li", "ul", "h1", "h2", "h3", "dt", "dd", "tr", "td", "th", "section"}


class _TextReader(HTMLParser):
    """The text of one element (by id) and everything in it; a block or line break reads as a space."""

    def __init__(self, element_id: str) -> None:
        super().__init__()
        self.element_id, self.depth, self.found = element_id, 0, False
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0 and dict(attrs).get("id") == self.element_id:
            self.found = True
        if self.found and tag not in ("br", "input", "img", "meta", "link"):
            self.depth += 1
        if self.found and tag in _BLOCKS:
            self.text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if self.depth == 0:
                self.found = False
            if tag in _BLOCKS:
                self.text.append(" ")

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)


def words_of(html: str, element_id: str) -> str:
    """The text of the element with ``element_id``, tags dropped, spaces squeezed."""
    reader = _TextReader(element_id)
    reader.feed(html)
    assert f'id="{element_id}"' in html, f"no element {element_id}"
    return " ".join("".join(reader.text).split())


def svg(html: str, chart_id: str) -> ElementTree.Element:
    """The inline chart ``chart_id``, parsed as XML (it must be well-formed)."""
    found = re.search(rf'<svg [^>]*id="{re.escape(chart_id)}".*?</svg>', html, re.S)
    assert found, f"no chart {chart_id}"
    return ElementTree.fromstring(found.group(0))


def svg_texts(chart: ElementTree.Element) -> list[str]:
    return ["".join(text.itertext()) for text in chart.iter(f"{SVG}text")]


# --- kiosks -------------------------------------------------------------------------------------------


def place(owner: ConsoleUser, kiosk: Kiosk, where: str, canary: bool = False) -> requests.Response:
    data = {"place": where, **({"canary": "yes"} if canary else {})}
    return owner.post(f"/console/fleet/{kiosk.kiosk_id}/group", data, allow_redirects=False)


@dataclass
class Fleet:
    healthy: Kiosk
    silent: Kiosk
    quiet: Kiosk
    jammed: Kiosk


@pytest.fixture
def fleet(central: Central) -> Fleet:
    """Four kiosks ten minutes after their heartbeats: one healthy, one never heard from, one gone quiet
    (it beats every minute), one with its printer out of paper."""
    put_keys(central)
    healthy, silent, quiet, jammed = (enroll_kiosk(central) for _ in range(4))
    owner = sign_in(central, Role.OWNER)
    places = ((healthy, "Tashkent, Chilonzor post office", True), (silent, "Samarkand station", False),
              (quiet, "Tashkent airport, hall 2", False), (jammed, "Namangan bus station", True))
    for kiosk, where, canary in places:
        assert place(owner, kiosk, where, canary).status_code == 303
    assert beat(central, healthy, interval_s=3600).status_code == 200
    assert beat(central, quiet, interval_s=60).status_code == 200
    assert beat(central, jammed, interval_s=3600, printer="out of paper", outbox_depth=4,
                outbox_oldest_age_s=600).status_code == 200
    central.clock.advance(timedelta(minutes=10))
    return Fleet(healthy, silent, quiet, jammed)


def test_kiosks_that_need_a_visit_come_first_marked_in_words_and_counted(central: Central, fleet: Fleet) -> None:
    viewer = sign_in(central, Role.FLEET_VIEWER)
    answer = viewer.get("/console/fleet")
    assert answer.status_code == 200
    assert words_of(answer.text, "visit-count") == "⚠ 3 of 4 kiosks need a visit"

    rows = table(answer.text, "fleet")
    assert [row.id for row in rows] == [f"kiosk-{kiosk.kiosk_id}" for kiosk in
                                        (fleet.silent, fleet.quiet, fleet.jammed, fleet.healthy)]
    silent, quiet, jammed, healthy = rows
    assert {"needs-visit"} <= silent.classes and {"needs-visit"} <= quiet.classes and "needs-visit" in jammed.classes
    assert "needs-visit" not in healthy.classes
    assert silent.cells[0] == f"Samarkand station {fleet.silent.kiosk_id}"
    assert silent.cells[1].startswith("✕ needs a visit Never heard from since it was enrolled")
    assert silent.cells[2] == "✕ never seen"
    assert quiet.cells[1] == ("✕ needs a visit Not heard from for 10 min; it should send a heartbeat every 1 min.")
    assert quiet.cells[2] == "✕ stale 10 min ago"
    assert jammed.cells[1] == "⚠ needs a visit Printer: out of paper"
    assert jammed.cells[2] == "✓ fresh 10 min ago"
    assert (jammed.cells[4], jammed.cells[5], jammed.cells[6]) == ("4", "10 min", "⚠ out of paper")
    assert healthy.cells[1:3] == ["✓ no", "✓ fresh 10 min ago"]
    # printer, free disk, clock, app version, canary
    assert healthy.cells[6:] == ["✓ ok", "20.0 GB", "on time", "0.1.0", "yes"]
    assert quiet.cells[10] == "no"


def test_the_release_a_kiosk_runs_is_shown_against_the_one_it_is_offered(central: Central, content_tree: Path) -> None:
    put_keys(central)
    assert publish(central, content_tree).status_code == 201  # release 1
    current, behind, silent = enroll_kiosk(central), enroll_kiosk(central), enroll_kiosk(central)
    beat(central, current, release=1)
    beat(central, behind, release=0)
    rows = {row.id: row for row in table(sign_in(central, Role.FLEET_VIEWER).get("/console/fleet").text, "fleet")}
    assert rows[f"kiosk-{current.kiosk_id}"].cells[3] == "✓ up to date: 1 / 1"
    assert rows[f"kiosk-{behind.kiosk_id}"].cells[3] == "⚠ behind: runs 0, offered 1"
    assert rows[f"kiosk-{silent.kiosk_id}"].cells[3] == "offered 1; not reported yet"


def test_the_filters_narrow_the_table_and_the_count_line_stays_about_the_whole_fleet(
        central: Central, fleet: Fleet) -> None:
    viewer = sign_in(central, Role.FLEET_VIEWER)

    def shown(**filters: str) -> list[str]:
        answer = viewer.get("/console/fleet", params=filters)
        assert answer.status_code == 200, answer.text
        assert words_of(answer.text, "visit-count") == "⚠ 3 of 4 kiosks need a visit"
        return [row.id.removeprefix("kiosk-") for row in table(answer.text, "fleet") if row.id]

    assert shown(state="stale") == [fleet.quiet.kiosk_id]
    assert shown(state="never_seen") == [fleet.silent.kiosk_id]
    assert shown(state="fresh") == [fleet.jammed.kiosk_id, fleet.healthy.kiosk_id]
    assert shown(needs_visit="yes") == [fleet.silent.kiosk_id, fleet.quiet.kiosk_id, fleet.jammed.kiosk_id]
    assert shown(place="tashkent") == [fleet.quiet.kiosk_id, fleet.healthy.kiosk_id]
    assert shown(canary="yes") == [fleet.jammed.kiosk_id, fleet.healthy.kiosk_id]
    assert shown(canary="no", needs_visit="yes") == [fleet.silent.kiosk_id, fleet.quiet.kiosk_id]
    assert shown(place="tashkent", state="stale", canary="yes") == []
    assert shown(sort="place") == [fleet.jammed.kiosk_id, fleet.silent.kiosk_id, fleet.quiet.kiosk_id,
                                   fleet.healthy.kiosk_id]
    assert "Showing 1 of 4 kiosks." in viewer.get("/console/fleet", params={"state": "stale"}).text

    # htmx swaps only the results when a filter changes; without it, the same form reloads the page.
    partial = viewer.get("/console/fleet", params={"state": "stale"},
                         headers={"HX-Request": "true", "HX-Target": "fleet-results"})
    assert partial.status_code == 200
    assert partial.text.startswith('<div id="fleet-results">') and "<html" not in partial.text
    assert [row.id for row in table(partial.text, "fleet")] == [f"kiosk-{fleet.quiet.kiosk_id}"]

    for wrong in ({"state": "' OR '1'='1"}, {"canary": "maybe"}, {"needs_visit": "1; DROP TABLE kiosks"},
                  {"sort": "kiosk_id; --"}):
        refused = viewer.get("/console/fleet", params=wrong)
        assert refused.status_code == 422, wrong
        assert "There is no such" in refused.text or "Choose yes or no." in refused.text
    hostile = viewer.get("/console/fleet", params={"place": "<script>alert(1)</script>' OR 1=1 --"})
    assert hostile.status_code == 200 and "<script>alert(1)" not in hostile.text
    assert shown(place="' OR '1'='1") == []


def test_a_kiosks_page_shows_its_problems_and_its_last_heartbeats_as_a_table_and_charts(central: Central) -> None:
    put_keys(central)
    kiosk = enroll_kiosk(central)
    depths = [0, 2, 7, 3] + [1] * 52  # 56 heartbeats, a minute apart: the page shows the last 50
    for number, depth in enumerate(depths):
        free = (12 - number // 10) * 1024 ** 3
        assert beat(central, kiosk, outbox_depth=depth, free_disk_bytes=free).status_code == 200
        central.clock.advance(timedelta(minutes=1))
    beat(central, kiosk, outbox_depth=9, free_disk_bytes=300 * 1024 ** 2, skew=timedelta(minutes=-20),
         last_error="the centre's certificate has expired")
    viewer = sign_in(central, Role.FLEET_VIEWER)

    answer = viewer.get(f"/console/fleet/{kiosk.kiosk_id}")
    assert answer.status_code == 200
    assert words_of(answer.text, "problems") == ("Disk nearly full: 300 MB free The clock is 20 min slow "
                                                 "The last sync failed: the centre's certificate has expired")
    history = table(answer.text, "heartbeats")
    assert len(history) == fleet_pages.HISTORY
    assert history[0].cells[0] == "2026-12-04 14:56"  # newest first, in Tashkent time
    assert history[0].cells[2:6] == ["9", "300 MB", "ok", "20 min slow"]
    assert history[-1].cells[0] == "2026-12-04 14:07"

    depth_chart = svg(answer.text, "outbox-depth")
    assert depth_chart.get("role") == "img" and depth_chart.get("aria-labelledby") == "outbox-depth-title"
    assert depth_chart.findtext(f"{SVG}title") == "Outbox depth over the last heartbeats"
    assert len(list(depth_chart.iter(f"{SVG}circle"))) == fleet_pages.HISTORY
    assert {"1", "9"} <= set(svg_texts(depth_chart))  # the first, lowest, highest and last are written
    disk_chart = svg(answer.text, "free-disk")
    assert {"12", "0.3"} <= set(svg_texts(disk_chart))  # GB: the highest, and the last (lowest)

    missing = viewer.get("/console/fleet/no-such-kiosk")
    assert missing.status_code == 404 and "There is no kiosk no-such-kiosk." in missing.text


def test_the_owner_sets_a_kiosks_place_and_canary_group_and_it_is_audited(central: Central) -> None:
    put_keys(central)
    kiosk = enroll_kiosk(central)
    owner = sign_in(central, Role.OWNER)
    page = owner.get(f"/console/fleet/{kiosk.kiosk_id}")
    assert 'id="group-form"' in page.text and 'id="g-canary"' in page.text

    where = "Fergana <market> gate ‘B’ — Oʻzbekiston"
    answer = owner.post(f"/console/fleet/{kiosk.kiosk_id}/group", {"place": where, "canary": "yes"})
    assert answer.status_code == 200 and answer.url.endswith(f"/console/fleet/{kiosk.kiosk_id}?saved=1")
    assert "Saved." in answer.text and "Fergana &lt;market&gt; gate" in answer.text
    with make_engine(central.database).connect() as connection:
        row = connection.execute(select(kiosks.c.place, kiosks.c.canary).where(kiosks.c.kiosk_id == kiosk.kiosk_id)
                                 ).one()
        entry = connection.execute(select(console_audit).where(console_audit.c.action == "kiosk_group_set")).one()
    assert (row.place, row.canary) == (where, True)  # kept intact, shown escaped
    assert (entry.username, entry.target) == (owner.username, kiosk.kiosk_id)
    assert json.loads(entry.detail) == {"place": where, "canary": True, "place_before": None, "canary_before": False}
    listed = table(owner.get("/console/fleet", params={"canary": "yes"}).text, "fleet")
    assert [row.cells[0] for row in listed] == [f"{where} {kiosk.kiosk_id}"]

    # Out of the canary group, and no place: an empty field clears it.
    assert place(owner, kiosk, "").status_code == 303
    assert table(owner.get("/console/fleet").text, "fleet")[0].cells[0] == f"no place set {kiosk.kiosk_id}"
    assert owner.post("/console/fleet/not-a-kiosk/group", {"place": "x"}).status_code == 404
    assert owner.post(f"/console/fleet/{kiosk.kiosk_id}/group", {"place": "x" * 101}).status_code == 422


def test_a_fleet_viewer_sees_the_kiosk_but_is_refused_its_group_form(central: Central) -> None:
    put_keys(central)
    kiosk = enroll_kiosk(central)
    viewer = sign_in(central, Role.FLEET_VIEWER)
    page = viewer.get(f"/console/fleet/{kiosk.kiosk_id}")
    assert page.status_code == 200 and 'id="group-form"' not in page.text
    refused = place(viewer, kiosk, "Somewhere", canary=True)
    assert refused.status_code == 403 and "may not open this page or do this" in refused.text
    with make_engine(central.database).connect() as connection:
        assert connection.execute(select(kiosks.c.place, kiosks.c.canary)).one() == (None, False)
        assert connection.execute(select(console_audit.c.action).where(
            console_audit.c.action == "kiosk_group_set")).first() is None


# --- was it useful? -------------------------------------------------------------------------------------


def answer_feedback(central: Central, kiosk: Kiosk, answers: list[tuple[str, str, bool]]) -> None:
    for number, (article_id, language, useful) in enumerate(answers):
        body: dict[str, Any] = {"article_id": article_id, "language": language, "useful": useful,
                                "at": "2026-12-04T08:00:00Z"}
        item = envelope(f"{kiosk.kiosk_id}-feedback-{number}", "article_feedback", body, START)
        sent = central.call("POST", "/v1/outbox", kiosk.token, json=item)
        assert sent.status_code == 201, sent.text


def test_was_it_useful_counts_answers_per_article_as_a_chart_and_a_table(central: Central,
                                                                          content_tree: Path) -> None:
    put_keys(central)
    assert publish(central, content_tree).status_code == 201
    kiosk = enroll_kiosk(central)
    answer_feedback(central, kiosk, [("bank-accounts-and-cards", "uz-Latn", True)] * 3
                    + [("bank-accounts-and-cards", "ru", False), ("migration-debts-and-loans", "ru", True),
                       ("<b>made-up</b>", "en", False)])
    editor = sign_in(central, Role.CONTENT_EDITOR)

    page = editor.get("/console/feedback")
    assert page.status_code == 200
    rows = table(page.text, "usefulness")
    assert [row.cells[1:] for row in rows] == [["3", "1", "4", "75%"], ["0", "1", "1", "0%"], ["1", "0", "1", "100%"]]
    assert rows[0].cells[0].endswith("bank-accounts-and-cards") and rows[0].cells[0] != "bank-accounts-and-cards"
    assert rows[1].cells[0] == "<b>made-up</b>"  # an id no article has is shown as it came, escaped
    chart = svg(page.text, "usefulness")
    assert chart.findtext(f"{SVG}title") == "Was this useful? Answers per article"
    texts = svg_texts(chart)
    assert {"75% useful (3 of 4)", "0% useful (0 of 1)", "100% useful (1 of 1)", "3", "1"} <= set(texts)
    assert "<b>made-up</b>" in texts

    russian = table(editor.get("/console/feedback", params={"language": "ru"}).text, "usefulness")
    assert [row.cells[1:] for row in russian] == [["0", "1", "1", "0%"], ["1", "0", "1", "100%"]]
    assert "No answers yet." in editor.get("/console/feedback", params={"language": "tg"}).text
    wrong = editor.get("/console/feedback", params={"language": "' OR 1=1 --"})
    assert wrong.status_code == 422 and "There is no such language." in wrong.text
    assert sign_in(central, Role.SCHEDULER).get("/console/feedback").status_code == 403


def test_the_fleet_is_told_in_the_viewers_language(central: Central, fleet: Fleet) -> None:
    viewer = sign_in(central, Role.FLEET_VIEWER)
    russian = viewer.get("/console/language", params={"lang": "ru", "next": "/console/fleet"})
    assert russian.status_code == 200 and russian.url.endswith("/console/fleet")
    assert words_of(russian.text, "visit-count") == "⚠ К 3 из 4 киосков нужен выезд"
    quiet = table(russian.text, "fleet")[1]
    assert quiet.cells[1] == "✕ нужен выезд Нет сигнала уже 10 мин; сигнал должен приходить каждые 1 мин."
    jammed = f"/console/fleet/{fleet.jammed.kiosk_id}"
    uzbek = viewer.get("/console/language", params={"lang": "uz-Latn", "next": jammed})
    assert words_of(uzbek.text, "problems") == "Printer: out of paper"  # the kiosk's own words stay as it sent them
    assert "Bu kioskka borib koʻrish kerak." in uzbek.text
