"""Dates: one style per language, on every screen, receipt and verdict."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kiosk import languages
from kiosk.text import dates
from kiosk.text.uzbek import latin_to_cyrillic

FRIDAY = date(2026, 12, 4)


@pytest.mark.parametrize(("language", "written", "long"), [
    ("uz-Latn", "4-dekabr, 2026", "Juma, 4-dekabr, 2026"),
    ("uz-Cyrl", "4-декабрь, 2026", "Жума, 4-декабрь, 2026"),
    ("ru", "4 декабря 2026 года", "Пятница, 4 декабря 2026 года"),
    ("ky", "2026-ж., 4-декабрь", "2026-ж., 4-декабрь, жума"),
    ("tg", "4 Декабр 2026", "Ҷумъа, 4 Декабр 2026"),
    ("en", "4 December 2026", "Friday, 4 December 2026"),
])
def test_each_language_writes_a_date_its_own_way(language: str, written: str, long: str) -> None:
    assert dates.date_text(FRIDAY, language) == written
    assert dates.long_date(FRIDAY, language) == long


@pytest.mark.parametrize("language", languages.TAGS)
def test_no_date_ends_with_a_full_stop_so_a_sentence_can_add_its_own(language: str) -> None:
    # "Пятница, 4 декабря 2026 г.." was what a trailing abbreviation gave at the end of a sentence.
    for day in (date(2026, month, 1) for month in range(1, 13)):
        for text in (dates.date_text(day, language), dates.long_date(day, language),
                     dates.month_title(day.year, day.month, language)):
            assert not text.endswith("."), text
            assert ".." not in f"{text}."


@pytest.mark.parametrize("language", languages.TAGS)
def test_every_month_and_weekday_has_its_own_name(language: str) -> None:
    assert len({dates.date_text(date(2027, month, 1), language) for month in range(1, 13)}) == 12
    assert len({dates.month_title(2027, month, language) for month in range(1, 13)}) == 12
    assert len({dates.long_date(date(2027, 3, day), language) for day in range(1, 8)}) == 7
    short = dates.weekday_abbreviations(language)
    assert len(set(short)) == 7 and all(name and not name.endswith(".") for name in short)


def test_uzbek_cyrillic_is_made_from_uzbek_latin() -> None:
    for month in range(1, 13):
        day = date(2027, month, 15)
        assert dates.long_date(day, "uz-Cyrl") == latin_to_cyrillic(dates.long_date(day, "uz-Latn"))
        assert dates.month_title(2027, month, "uz-Cyrl") == latin_to_cyrillic(dates.month_title(2027, month, "uz-Latn"))


def test_calendar_headings_and_times() -> None:
    assert dates.month_title(2026, 12, "ru") == "Декабрь 2026"  # the month standing alone, not "декабря"
    assert dates.weekday_abbreviations("ru")[0] == "Пн"  # weeks start on Monday
    assert dates.time_text(datetime(2027, 1, 15, 9, 5)) == "09:05"
    assert dates.date_time_text(datetime(2027, 1, 15, 14, 45), "en") == "15 January 2027, 14:45"


def test_a_single_digit_day_has_no_leading_zero() -> None:
    assert all(not dates.date_text(date(2027, 3, 2), language).startswith("0") for language in languages.TAGS)


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(languages.UnknownLanguage):
        dates.date_text(FRIDAY, "fr")
