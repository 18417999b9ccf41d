from datetime import date, datetime

import pytest

from kiosk import languages
from kiosk.doctor import ALPHABETS
from kiosk.receipts.content import sample_content
from kiosk.receipts.fonts import BOLD, REGULAR, missing_glyphs
from kiosk.receipts.labels import (
    KEYS,
    all_label_text,
    format_date,
    format_time_range,
    label,
    labels,
    spoken_time_range,
)
from kiosk.text.uzbek import latin_to_cyrillic

CYRILLIC_SCRIPT = [tag for tag in languages.TAGS if languages.get(tag).script == "Cyrl"]


@pytest.mark.parametrize("language", languages.TAGS)
def test_every_label_is_there_in_every_language(language: str) -> None:
    texts = labels(language)
    assert set(texts) == KEYS
    assert all(text.strip() for text in texts.values())
    assert "{start}" in texts["time_span"] and "{end}" in texts["time_span"]


@pytest.mark.parametrize("language", CYRILLIC_SCRIPT)
def test_cyrillic_labels_hold_no_latin_letters(language: str) -> None:
    for key, text in labels(language).items():
        latin = [char for char in text.replace("{start}", "").replace("{end}", "")
                 if char.isascii() and char.isalpha()]
        assert not latin, f"{language} {key}: {text!r}"


def test_uzbek_cyrillic_is_generated_from_uzbek_latin() -> None:
    for key in KEYS - {"time_span"}:
        assert label("uz-Cyrl", key) == latin_to_cyrillic(label("uz-Latn", key))
    assert label("uz-Cyrl", "time_span") == "{start} дан {end} гача"
    assert label("uz-Latn", "documents") == "Oʻzingiz bilan olib keling"  # U+02BB, as all our Uzbek Latin


@pytest.mark.parametrize(("language", "written"), [
    ("uz-Latn", "Juma, 15-yanvar, 2027"),
    ("uz-Cyrl", "Жума, 15-январь, 2027"),
    ("ru", "Пятница, 15 января 2027 года"),
    ("ky", "2027-ж., 15-январь, жума"),
    ("tg", "Ҷумъа, 15 Январ 2027"),
    ("en", "Friday, 15 January 2027"),
])
def test_dates_are_written_the_way_each_language_writes_them(language: str, written: str) -> None:
    assert format_date(date(2027, 1, 15), language) == written


def test_every_month_and_weekday_has_its_own_name() -> None:
    for language in languages.TAGS:
        months = {format_date(date(2027, month, 1), language) for month in range(1, 13)}
        # The same month and year, digits dropped: only the weekday's name is left to tell them apart.
        weekdays = {"".join(c for c in format_date(date(2027, 3, day), language) if not c.isdigit())
                    for day in range(1, 8)}
        assert len(months) == 12
        assert len(weekdays) == 7
    assert format_date(date(2027, 3, 2), "tg") == "Сешанбе, 2 Март 2027"
    assert format_date(date(2027, 3, 4), "ky").endswith("бейшемби")


def test_times_are_24_hour_in_every_language() -> None:
    start, end = datetime(2027, 1, 15, 9, 5), datetime(2027, 1, 15, 14, 45)
    assert format_time_range(start, end) == "09:05–14:45"
    assert spoken_time_range(start, end, "ru") == "с 09:05 до 14:45"
    assert spoken_time_range(start, end, "uz-Cyrl") == "09:05 дан 14:45 гача"


@pytest.mark.parametrize("face", [REGULAR, BOLD])
def test_the_receipt_font_has_every_letter_of_the_six_languages(face: str) -> None:
    letters = "".join(a + b for a, b in ALPHABETS.values()) + "ӣӯҳҷқғөүңўʻʼ«»“”–×•№"
    assert missing_glyphs(letters, face) == set()
    assert missing_glyphs(all_label_text(), face) == set()
    for language in languages.TAGS:
        content = sample_content(language)
        text = " ".join([content.service_name, content.location_name, content.address, *content.documents])
        assert missing_glyphs(text, face) == set()


def test_a_letter_the_font_lacks_is_found() -> None:
    assert missing_glyphs("漢字 ok") == {"漢", "字"}


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(languages.UnknownLanguage):
        labels("de")
    with pytest.raises(languages.UnknownLanguage):
        format_date(date(2027, 1, 15), "fr")
