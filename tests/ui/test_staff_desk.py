"""Staff mode through the real screens: sign-in, lockout, the session's time-out, check-in outcomes,
served, no-show and undo, reprint, and the day's summary.

The kiosk runs on the pinned Monday 2026-12-07 09:15 with a clock the tests move;
tokens are real (printed receipts read back with zbar). Names are fictional.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kiosk.receipts.device_key import DeviceKey
from kiosk.staff import audit
from tests.ui.kiosk_driver import KioskDriver
from tests.ui.staff_desk_fixtures import (
    BADGE,
    DAY,
    OPERATOR,
    OTHER_PLACE,
    OTHER_SERVICE,
    PLACE,
    SERVICE,
    SUPERVISOR,
    SteppingClock,
    on_db,
    row_state,
    seed_day,
    sign_in,
    staff_kiosk,
    token,
)


def actions(driver: KioskDriver) -> list[tuple[str, str, dict[str, object]]]:
    return [(e.action, e.reference, dict(e.detail)) for e in on_db(driver, lambda store: audit.entries(store.db))]


# --- signing in ------------------------------------------------------------------------------------------


def test_a_member_taps_their_name_and_enters_their_pin(kiosk, tmp_path: Path) -> None:
    driver = staff_kiosk(kiosk, tmp_path)
    sign_in(driver)
    assert "Dilnoza R." in driver.find("deskMember").property("text")
    mode = driver.app.staff_mode
    assert mode.open and mode.signedIn and mode.locationId == PLACE and mode.day == DAY.isoformat()
    assert actions(driver)[-1] == ("sign_in", "", {"method": "pin"})
    # An operator sees the device's staff menu, without "Exit the kiosk".
    driver.tap("deskMenuButton")
    driver.wait_for_screen("staffMenu")
    assert not driver.visible("staffExitButton")


def test_a_badge_typed_into_the_sign_in_screen_signs_in(kiosk, tmp_path: Path) -> None:
    driver = staff_kiosk(kiosk, tmp_path)
    for _ in range(5):
        driver.tap("staffCorner")
    driver.wait_for_screen("staffSignIn")
    driver.qtbot.waitUntil(lambda: driver.find("signInScanner").hasActiveFocus(), timeout=5000)
    driver.type_text(BADGE + "\r")
    driver.qtbot.waitUntil(lambda: driver.screen == "staffDesk", timeout=15000)
    assert driver.app.staff_mode.memberId == OPERATOR.staff_id
    assert actions(driver)[-1] == ("sign_in", "", {"method": "badge"})
    assert BADGE not in " ".join(driver.texts())  # a badge's secret is never shown


def test_a_supervisor_may_exit_the_kiosk_from_the_desk(kiosk, tmp_path: Path) -> None:
    driver = staff_kiosk(kiosk, tmp_path)
    sign_in(driver, SUPERVISOR, "739164")
    driver.tap("deskMenuButton")
    driver.wait_for_screen("staffMenu")
    assert driver.visible("staffExitButton")


def test_wrong_pins_lock_the_name_and_say_for_how_long(kiosk, tmp_path: Path, qtbot) -> None:
    driver = staff_kiosk(kiosk, tmp_path, KIOSK_STAFF_MAX_ATTEMPTS="3", KIOSK_STAFF_LOCKOUT_SECONDS="60")
    for _ in range(5):
        driver.tap("staffCorner")
    driver.wait_for_screen("staffSignIn")
    driver.tap(f"signInName_{OPERATOR.staff_id}")
    signin = driver.app.staff_signin
    for left in (2, 1):
        driver.enter_pin("1111")
        qtbot.waitUntil(lambda left=left: signin.attemptsLeft == left and not signin.checking, timeout=10000)
        assert f"Tries left before it locks: {left}" in driver.find("pinMessage").property("text")
    driver.enter_pin("1111")
    qtbot.waitUntil(lambda: driver.visible("pinLocked"), timeout=10000)
    assert "Seconds until the next try: 60" in driver.find("pinLocked").property("text")
    assert not driver.find("pinDigit_4").isEnabled()
    # The lock is kept in the cache: the right PIN is refused too, until the time is over.
    assert not driver.app.staff_mode.signedIn
    driver.app.staff_mode.clock.advance(61)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not driver.visible("pinLocked"), timeout=5000)
    driver.enter_pin("482916")
    qtbot.waitUntil(lambda: driver.screen == "staffDesk", timeout=15000)


# --- the session, and the public screens locked ------------------------------------------------------------


def test_an_idle_session_returns_to_the_sign_in_with_the_public_screens_still_locked(kiosk, tmp_path: Path,
                                                                                     qtbot) -> None:
    clock = SteppingClock()
    driver = staff_kiosk(kiosk, tmp_path, clock=clock)
    seed_day(driver)
    sign_in(driver)
    # The traveller's idle wipe does not throw staff out.
    assert not driver.app.idle.armed
    driver.app.session.wipe()
    driver.wait_for_screen("staffDesk")
    assert driver.app.staff_mode.signedIn

    clock.advance(driver.app.settings.staff_session_idle_seconds + 1)
    driver.wait_for_screen("staffSignIn")
    mode = driver.app.staff_mode
    assert mode.open and not mode.signedIn
    assert actions(driver)[-1] == ("sign_out", "", {"reason": "timed_out"})
    assert driver.app.staff_desk.rows.rowCount() == 0  # nothing of the list stays on screen
    # Still locked: no Home, no Back, no welcome screen; the public screens cannot be shown.
    assert not driver.visible("homeButton") and not driver.visible("backButton")
    driver.window.showScreen("home")  # type: ignore[attr-defined]
    assert driver.screen == "staffSignIn"
    assert not driver.app.idle.armed
    # Only "Leave staff mode" goes back to the public welcome screen.
    sign_in_again = driver.find(f"signInName_{OPERATOR.staff_id}")
    assert sign_in_again.isVisible()
    driver.tap(f"signInName_{OPERATOR.staff_id}")
    driver.enter_pin("482916")
    driver.wait_for_screen("staffDesk")
    driver.tap("deskLeaveButton")
    driver.wait_for_screen("welcome")
    assert not driver.app.staff_mode.open
    assert actions(driver)[-1] == ("sign_out", "", {"reason": "signed_out"})


# --- check-in -----------------------------------------------------------------------------------------------

OUTCOMES = {
    # outcome: (the big word, the cue)
    "valid": ("Checked in", "admit"),
    "already_checked_in": ("Already checked in", "again"),
    "cancelled": ("Booking cancelled", "refuse"),
    "wrong_day": ("Wrong day", "refuse"),
    "wrong_place": ("Wrong place", "refuse"),
    "marked_no_show": ("Marked as a no-show", "refuse"),
    "not_found": ("Not found", "refuse"),
    "unknown_kiosk": ("Unknown kiosk", "alarm"),
    "forged": ("Not a genuine receipt", "alarm"),
}


def scan(driver: KioskDriver, text: str, expected: str) -> None:
    desk = driver.app.staff_desk
    desk.clearOutcome()
    desk.scan(text)
    driver.qtbot.waitUntil(lambda: desk.outcome.get("code", "") != "", timeout=10000)
    assert desk.outcome["code"] == expected, desk.outcome
    word, cue = OUTCOMES[expected]
    assert driver.find("outcomeWord").property("text") == word
    assert desk.lastCue == cue
    assert driver.visible("deskOutcome")


def test_each_outcome_shows_its_word_and_plays_its_cue(kiosk, tmp_path: Path, qtbot) -> None:
    driver = staff_kiosk(kiosk, tmp_path)
    tomorrow = date(2026, 12, 8)
    day = seed_day(driver, extra={"tomorrow": (PLACE, SERVICE, tomorrow, "11:20"),
                                  "elsewhere": (OTHER_PLACE, OTHER_SERVICE, DAY, "11:30")})
    sign_in(driver)
    desk = driver.app.staff_desk
    qtbot.waitUntil(lambda: desk.rows.rowCount() == 4, timeout=10000)
    aziza = token(driver, day.bookings["aziza"], tmp_path)

    scan(driver, aziza, "valid")
    assert "Aziza Karimova" in driver.find("outcomeFacts").property("text")
    qtbot.waitUntil(lambda: row_state(driver, day.ref("aziza")) == "checked_in", timeout=10000)
    scan(driver, aziza, "already_checked_in")
    assert "by Dilnoza R." in driver.find("outcomeWhy").property("text")
    scan(driver, token(driver, day.bookings["cancelled"], tmp_path), "cancelled")
    scan(driver, token(driver, day.bookings["tomorrow"], tmp_path), "wrong_day")
    assert "Tuesday, 8 December 2026" in driver.find("outcomeWhy").property("text")
    scan(driver, token(driver, day.bookings["elsewhere"], tmp_path), "wrong_place")
    assert "Sample Migration Agency" in driver.find("outcomeWhy").property("text")
    stranger = DeviceKey.generate()  # a kiosk this device has no key of
    scan(driver, token(driver, day.bookings["gulnora"], tmp_path, stranger), "unknown_kiosk")
    head, _, signature = token(driver, day.bookings["gulnora"], tmp_path).rpartition(".")
    scan(driver, f"{head}.{'B' if signature[0] == 'A' else 'A'}{signature[1:]}", "forged")
    desk.markNoShow(day.ref("bakhtiyor"))
    qtbot.waitUntil(lambda: row_state(driver, day.ref("bakhtiyor")) == "no_show", timeout=10000)
    scan(driver, token(driver, day.bookings["bakhtiyor"], tmp_path), "marked_no_show")
    scan(driver, _unknown_reference(), "not_found")
    # The tones were made in the data directory's cache, one file per cue heard.
    cues = driver.app.settings.data_paths.cache_dir / "cues"
    qtbot.waitUntil(lambda: {p.stem for p in cues.glob("*.wav")} == {"admit", "again", "refuse", "alarm"},
                    timeout=10000)
    checked = [(action, ref) for action, ref, _ in actions(driver) if action == "check_in"]
    assert checked == [("check_in", day.ref("aziza"))]  # only the valid scan recorded anything


def _unknown_reference() -> str:
    from kiosk.reference import check_character, display

    body = "ZZZZ777"
    return display(body + check_character(body))


def test_a_reference_typed_by_hand_checks_in_without_a_signature(kiosk, tmp_path: Path, qtbot) -> None:
    driver = staff_kiosk(kiosk, tmp_path)
    day = seed_day(driver)
    sign_in(driver)
    shown = day.ref("gulnora")[:4] + "-" + day.ref("gulnora")[4:]
    driver.find("deskTypedReference").setProperty("text", shown.lower())
    driver.tap("deskTypedCheckIn")
    desk = driver.app.staff_desk
    qtbot.waitUntil(lambda: desk.outcome.get("code") == "valid", timeout=10000)
    assert desk.outcome["typed"] is True
    assert "no QR code was checked" in driver.find("outcomeWhy").property("text")


# --- served, no-show, undo ----------------------------------------------------------------------------------


def test_served_no_show_and_undo_while_the_window_runs(kiosk, tmp_path: Path, qtbot) -> None:
    clock = SteppingClock()
    driver = staff_kiosk(kiosk, tmp_path, clock=clock)
    day = seed_day(driver)
    sign_in(driver)
    desk = driver.app.staff_desk
    qtbot.waitUntil(lambda: desk.rows.rowCount() == 4, timeout=10000)
    aziza, bakhtiyor = day.ref("aziza"), day.ref("bakhtiyor")

    driver.tap(f"rowCheckIn_{aziza}")
    qtbot.waitUntil(lambda: row_state(driver, aziza) == "checked_in", timeout=10000)
    driver.tap(f"rowServed_{aziza}")
    qtbot.waitUntil(lambda: row_state(driver, aziza) == "served", timeout=10000)
    assert driver.find("deskCountValue_served").property("text") == "1"
    assert driver.visible("deskUndoButton") and driver.visible(f"rowUndo_{aziza}")
    driver.tap("deskUndoButton")
    qtbot.waitUntil(lambda: row_state(driver, aziza) == "checked_in", timeout=10000)

    driver.tap(f"rowNoShow_{bakhtiyor}")
    qtbot.waitUntil(lambda: row_state(driver, bakhtiyor) == "no_show", timeout=10000)
    assert driver.find("deskCountValue_noShow").property("text") == "1"
    assert desk.undoReference == bakhtiyor and desk.undoAction == "no_show"
    assert 0 < desk.undoSecondsLeft <= driver.app.settings.staff_undo_seconds
    # Once the window is over, Undo is no longer offered.
    clock.advance(driver.app.settings.staff_undo_seconds + 1)
    qtbot.waitUntil(lambda: not driver.visible("deskUndoBar"), timeout=5000)
    assert not driver.visible(f"rowUndo_{bakhtiyor}")
    assert [a for a, _, _ in actions(driver) if a in ("check_in", "served", "no_show", "undo")] == \
        ["check_in", "served", "undo", "no_show"]


def test_a_reprint_that_does_not_print_shows_the_qr_code_and_the_reference(kiosk, tmp_path: Path, qtbot) -> None:
    driver = staff_kiosk(kiosk, tmp_path)  # its printer server is a closed port
    day = seed_day(driver)
    sign_in(driver)
    desk = driver.app.staff_desk
    qtbot.waitUntil(lambda: desk.rows.rowCount() == 4, timeout=10000)
    driver.tap(f"rowReprint_{day.ref('gulnora')}")
    qtbot.waitUntil(lambda: desk.reprinted.get("state") == "problem", timeout=60000)
    assert driver.visible("receiptQr")
    shown = day.ref("gulnora")[:4] + "-" + day.ref("gulnora")[4:]
    assert driver.find("receiptReference").property("text") == shown
    assert ("reprint", day.ref("gulnora"), {"source": "kiosk"}) in actions(driver)


# --- the day's summary --------------------------------------------------------------------------------------


def test_the_summary_exports_a_csv_into_the_exports_folder(kiosk, tmp_path: Path, qtbot) -> None:
    driver = staff_kiosk(kiosk, tmp_path)
    day = seed_day(driver)
    sign_in(driver)
    driver.app.staff_desk.scan(day.ref("aziza"))
    qtbot.waitUntil(lambda: driver.app.staff_desk.outcome.get("code") == "valid", timeout=10000)
    driver.tap("deskSummaryButton")
    driver.wait_for_screen("staffSummary")
    summary = driver.app.staff_summary
    qtbot.waitUntil(lambda: summary.lines.rowCount() == 2, timeout=10000)  # the one service, and the total
    folder = driver.app.settings.data_paths.exports_dir
    assert str(folder) in driver.find("summaryFolder").property("text")
    driver.tap("summaryCsv")
    qtbot.waitUntil(lambda: summary.state.get("state") == "done", timeout=20000)
    written = folder / f"day-summary-{PLACE}-{DAY.isoformat()}.csv"
    assert summary.state["path"] == str(written)
    assert str(written) in driver.find("summaryState").property("text")
    rows = written.read_bytes().decode("utf-8-sig").split("\r\n")
    assert rows[0] == "Date;Place;Service;Booked;Checked in;Served;No-shows;Cancelled;Walk-ins"
    assert rows[2] == f"{DAY.isoformat()};Sample Visa Centre (fictional);Total;3;1;0;0;1;0"
    assert ("summary_exported", "", {"form": "csv", "layout": ""}) in actions(driver)


@pytest.mark.parametrize("language", ["ru", "ky"])
def test_the_summary_is_in_the_staff_members_language(kiosk, tmp_path: Path, qtbot, language: str) -> None:
    from kiosk.staff.labels import labels

    driver = staff_kiosk(kiosk, tmp_path, language=language)
    seed_day(driver)
    sign_in(driver)
    driver.tap("deskSummaryButton")
    driver.wait_for_screen("staffSummary")
    qtbot.waitUntil(lambda: driver.app.staff_summary.lines.rowCount() == 2, timeout=10000)
    shown = " ".join(driver.texts())
    for key in ("title", "booked", "checked_in", "walk_ins", "total"):
        assert labels(language)[key] in shown


def test_the_desk_counts_and_finds_by_name_in_either_script(kiosk, tmp_path: Path, qtbot) -> None:
    driver = staff_kiosk(kiosk, tmp_path)
    day = seed_day(driver)
    sign_in(driver)
    desk = driver.app.staff_desk
    qtbot.waitUntil(lambda: desk.rows.rowCount() == 4, timeout=10000)
    assert desk.counts == {"booked": 3, "checkedIn": 0, "served": 0, "noShow": 0, "cancelled": 1, "walkIns": 0}
    assert row_state(driver, day.ref("cancelled")) == "cancelled"
    assert driver.find(f"rowState_{day.ref('cancelled')}").property("visitState") == "cancelled"
    driver.find("deskSearch").setProperty("text", "Бахтиёр")
    qtbot.waitUntil(lambda: [r["reference"] for r in desk.rows.rows()] == [day.ref("bakhtiyor")], timeout=10000)
    driver.find("deskSearch").setProperty("text", "yusupov")  # the Latin spelling finds the Cyrillic name
    qtbot.waitUntil(lambda: [r["reference"] for r in desk.rows.rows()] == [day.ref("bakhtiyor")], timeout=10000)
    assert desk.counts["booked"] == 3  # the counts are the day's, whatever the search


def test_a_member_sees_only_their_places(kiosk, tmp_path: Path, qtbot) -> None:
    driver = staff_kiosk(kiosk, tmp_path)
    sign_in(driver)
    assert [row["locationId"] for row in driver.app.staff_mode.places.rows()] == [PLACE]
    assert not driver.visible("deskPlaceButton")
    driver.tap("deskSignOutButton")
    driver.wait_for_screen("staffSignIn")
    driver.tap(f"signInName_{SUPERVISOR.staff_id}")
    driver.enter_pin("739164")
    driver.wait_for_screen("staffDesk")
    assert driver.app.staff_mode.placeCount == 4  # no places listed: every place of the release
    driver.tap("deskPlaceButton")
    driver.tap(f"deskPlace_{OTHER_PLACE}")
    qtbot.waitUntil(lambda: driver.app.staff_mode.locationId == OTHER_PLACE, timeout=5000)
