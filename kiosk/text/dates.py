"""Dates and times as the kiosk writes them: one style per language, on every screen and receipt.

Each language has one date style, taken from its CLDR long date format (Qt
6.11's locale data, checked by hand), used for the agency verdict, booking,
articles, receipts and the staff menu alike:

- :func:`date_text`: the date, ``4 декабря 2026 года``;
- :func:`long_date`: with the weekday and a capital letter, for a line of its
  own (a booking's day, a receipt), ``Пятница, 4 декабря 2026 года``;
- :func:`month_title` and :func:`weekday_abbreviations` for the calendar.

Three departures from CLDR, each for a reason:

- Russian writes ``года`` in full, not ``г.``: a date often ends a sentence, and
  "…2026 г.." (or a translator dropping the sentence's full stop) is what the
  abbreviation led to; the full word is also what read-aloud must say. No date
  here ends with a full stop, so a sentence may always add its own.
- Tajik writes the day without a leading zero (CLDR has ``04 Декабр``): in
  running text the zero reads as a typing error.
- Uzbek Cyrillic is the transliteration of Uzbek Latin, as everywhere else.

Times are 24-hour ``09:30`` in every language.
"""

from __future__ import annotations

from datetime import date, datetime

from kiosk import languages
from kiosk.text.uzbek import latin_to_cyrillic

# Month names as used in a date ("4 декабря"), then standing alone ("Декабрь 2026").
_MONTHS = {
    "uz-Latn": ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr",
                "noyabr", "dekabr"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
    "ky": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
           "ноябрь", "декабрь"),
    "tg": ("Январ", "Феврал", "Март", "Апрел", "Май", "Июн", "Июл", "Август", "Сентябр", "Октябр", "Ноябр",
           "Декабр"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
_STANDALONE_MONTHS = {
    **_MONTHS,
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
           "ноябрь", "декабрь"),
}
# Weekdays start on Monday (date.weekday() == 0).
_WEEKDAYS = {
    "uz-Latn": ("dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba", "yakshanba"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "ky": ("дүйшөмбү", "шейшемби", "шаршемби", "бейшемби", "жума", "ишемби", "жекшемби"),
    "tg": ("Душанбе", "Сешанбе", "Чоршанбе", "Панҷшанбе", "Ҷумъа", "Шанбе", "Якшанбе"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
# Calendar column heads: CLDR's short weekday names without a full stop (Kyrgyz
# writes "дш."), capitalised as the heads of columns, so seven fit side by side at
# the largest text size.
_WEEKDAY_ABBREVIATIONS = {
    "uz-Latn": ("Dush", "Sesh", "Chor", "Pay", "Jum", "Shan", "Yak"),
    "ru": ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"),
    "ky": ("Дш", "Шш", "Шр", "Бш", "Жм", "Иш", "Жк"),
    "tg": ("Дшб", "Сшб", "Чшб", "Пшб", "Ҷмъ", "Шнб", "Яшб"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_DATE = {
    "uz-Latn": "{day}-{month}, {year}",
    "ru": "{day} {month} {year} года",
    "ky": "{year}-ж., {day}-{month}",
    "tg": "{day} {month} {year}",
    "en": "{day} {month} {year}",
}
_LONG_DATE = {
    "uz-Latn": "{weekday}, {date}",
    "ru": "{weekday}, {date}",
    "ky": "{date}, {weekday}",
    "tg": "{weekday}, {date}",
    "en": "{weekday}, {date}",
}
_MONTH_TITLE = "{month} {year}"
_TABLES = (_MONTHS, _STANDALONE_MONTHS, _WEEKDAYS, _WEEKDAY_ABBREVIATIONS, _DATE, _LONG_DATE)
assert all(set(table) | {"uz-Cyrl"} == set(languages.TAGS) for table in _TABLES)


def _authored(language: str) -> str:
    """The language whose table is used: Uzbek Cyrillic is made from Uzbek Latin."""
    languages.get(language)  # UnknownLanguage for anything else
    return "uz-Latn" if language == "uz-Cyrl" else language


def _script(text: str, language: str) -> str:
    return latin_to_cyrillic(text) if language == "uz-Cyrl" else text


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def date_text(day: date, language: str) -> str:
    """``day`` in ``language``'s one date style: ``4-dekabr, 2026``, ``4 December 2026``."""
    source = _authored(language)
    text = _DATE[source].format(day=day.day, month=_MONTHS[source][day.month - 1], year=day.year)
    return _script(text, language)


def long_date(day: date, language: str) -> str:
    """The date with its weekday, first letter capitalised: ``Пятница, 4 декабря 2026 года``."""
    source = _authored(language)
    text = _LONG_DATE[source].format(weekday=_WEEKDAYS[source][day.weekday()],
                                     date=date_text(day, "uz-Latn" if language == "uz-Cyrl" else language))
    return _capitalised(_script(text, language))


def time_text(moment: datetime) -> str:
    """``09:30``: 24-hour, in every language."""
    return moment.strftime("%H:%M")


def date_time_text(moment: datetime, language: str) -> str:
    """A moment, for lists staff read: ``4 December 2026, 09:30``."""
    return f"{date_text(moment.date(), language)}, {time_text(moment)}"


def month_title(year: int, month: int, language: str) -> str:
    """The heading of a calendar month, ``Декабрь 2026``."""
    source = _authored(language)
    text = _MONTH_TITLE.format(month=_STANDALONE_MONTHS[source][month - 1], year=year)
    return _capitalised(_script(text, language))


def weekday_abbreviations(language: str) -> tuple[str, ...]:
    """Monday to Sunday, short, for the heads of a calendar's columns."""
    source = _authored(language)
    return tuple(_script(name, language) for name in _WEEKDAY_ABBREVIATIONS[source])


def all_words() -> str:
    """Every month and weekday name in every language (for glyph checks of fonts)."""
    parts: list[str] = []
    for language in languages.TAGS:
        source = _authored(language)
        for table in (_MONTHS, _STANDALONE_MONTHS, _WEEKDAYS, _WEEKDAY_ABBREVIATIONS):
            parts.extend(_script(word, language) for word in table[source])
        parts.append(date_text(date(2026, 12, 4), language))
    return "\n".join(parts)
