"""What a traveller reads is in their language, in one style: placeholders, dates, sources, words.

Through the real screens on the bundled content, with the kiosk's clock pinned.
"""

from __future__ import annotations

import html
from datetime import date

from kiosk.text import dates
from kiosk.text.placeholders import operator_text
from tests.ui.kiosk_driver import KioskDriver
from tests.ui.test_booking import start as start_booking
from tests.ui.test_rights import open_rights

TODAY = date(2026, 12, 2)  # a Wednesday


def test_the_reader_shows_a_placeholder_as_the_operators_words_and_sources_in_russian(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="ru", today=TODAY)
    open_rights(driver, qtbot)
    rights = driver.app.rights
    rights.openArticle("where-to-get-help")
    qtbot.waitUntil(lambda: rights.articleId == "where-to-get-help" and rights.blocks.rowCount() > 2, timeout=10000)
    shown = " ".join(row["html"] for row in rights.blocks.rows())
    assert "Горячая линия для мигрантов: <i>[заполнит оператор киоска]</i>" in shown
    assert "FILL" not in shown and "[[" not in shown
    assert "ООН: Протокол о предупреждении и пресечении торговли людьми" in rights.articleSources
    assert "Convention" not in rights.articleSources and "UN " not in rights.articleSources
    assert rights.articleUpdated.endswith(" года")  # the one Russian date style, not 2026-11-22


def test_a_search_snippet_keeps_the_operators_words(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="ru", today=TODAY)
    open_rights(driver, qtbot)
    rights = driver.app.rights
    rights.search("совета")
    qtbot.waitUntil(lambda: rights.results.rowCount() > 0, timeout=10000)
    snippet = next(row["snippet"] for row in rights.results.rows() if row["articleId"] == "check-an-agency-licence")
    plain = html.unescape(snippet.replace("<b>", "").replace("</b>", ""))
    assert f"здесь: {operator_text('ru')}" in plain and ": ." not in plain


def test_booking_writes_days_and_months_the_way_every_screen_does(kiosk, qtbot) -> None:
    driver = start_booking(kiosk, qtbot, language="ru", today=TODAY)
    booking = driver.app.booking
    service = booking.services.rows()[0]["serviceId"]
    driver.tap(f"service_{service}")
    driver.wait_for_screen("booking_locations")
    qtbot.waitUntil(lambda: booking.locations.rowCount() > 0, timeout=10000)
    for row in booking.locations.rows():
        for shown in (row["nextVisit"], row["nextFree"]):
            assert not shown or shown.endswith(" года")
    driver.tap(f"location_{booking.locations.rows()[0]['locationId']}")
    driver.wait_for_screen("booking_calendar")
    qtbot.waitUntil(lambda: len(booking.freeDays) > 0, timeout=10000)
    month = date.fromisoformat(next(row["date"] for row in booking.days.rows() if row["date"]))
    assert booking.monthTitle == dates.month_title(month.year, month.month, "ru")
    assert booking.weekdayNames == ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"]
    day = next(row["date"] for row in booking.days.rows() if row["free"])
    driver.tap(f"day_{day}")
    driver.wait_for_screen("booking_times")
    assert booking.dayTitle == dates.long_date(date.fromisoformat(day), "ru")
    screen = driver.window.property("currentScreen")
    assert ".." not in screen.property("readAloudText")
    qtbot.waitUntil(lambda: booking.times.rowCount() > 0, timeout=10000)
    assert any(text.startswith("Свободных мест: ") for text in driver.texts())
