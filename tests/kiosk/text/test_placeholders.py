"""Placeholders: one syntax, found the same everywhere, never shown as written."""

from __future__ import annotations

import pytest

from kiosk import languages
from kiosk.text import placeholders
from kiosk.text.uzbek import latin_to_cyrillic

HOTLINE = "Hotline: [[FILL: national hotline for migrants, free of charge]]."


@pytest.mark.parametrize("language", languages.TAGS)
def test_a_placeholder_is_shown_as_marked_operator_words_in_the_readers_language(language: str) -> None:
    shown = placeholders.fill(HOTLINE, language)
    words = placeholders.operator_text(language)
    assert shown == f"Hotline: {words}."
    assert words.startswith("[") and words.endswith("]")
    assert "FILL" not in shown and "national hotline" not in shown  # the description is for the operator only


def test_each_language_has_its_own_words_and_uzbek_cyrillic_is_made_from_latin() -> None:
    texts = {language: placeholders.operator_text(language) for language in languages.TAGS}
    assert len(set(texts.values())) == len(texts)
    assert texts["uz-Cyrl"] == latin_to_cyrillic(texts["uz-Latn"])
    assert texts["ru"] == "[заполнит оператор киоска]"
    with pytest.raises(languages.UnknownLanguage):
        placeholders.operator_text("de")


def test_text_without_a_placeholder_is_left_as_it_is() -> None:
    for text in ("", "Call 112.", "[a link](https://example.org)", "[[not one]]", "[[FILL: open"):
        assert placeholders.fill(text, "en") == text


def test_descriptions_are_found_with_their_lines_and_must_be_on_one_line() -> None:
    text = "First\n[[FILL:  the hotline ]] and [[FILL:]]\n[[FILL: split\nover lines]]"
    assert placeholders.descriptions(text) == [(2, "the hotline"), (2, placeholders.NO_DESCRIPTION)]
    assert placeholders.has_placeholder(text)
    assert not placeholders.has_placeholder("[[FILL: split\nover lines]]")


def test_a_whole_value_can_be_a_placeholder() -> None:
    assert placeholders.is_placeholder("  [[FILL: licensing authority, Uzbekistan]] ")
    assert not placeholders.is_placeholder("Authority: [[FILL: name]]")


def test_catalogue_texts_for_screens_and_receipts_never_carry_a_placeholder_as_written() -> None:
    from kiosk.booking.model import Service, in_language

    address = {"en": "[[FILL: street address]], Sample City (fictional)"}
    assert in_language(address, "ky") == "[киосктун оператору толтурат], Sample City (fictional)"
    service = Service("s", {"en": "Consultation"}, 30, 1, {"en": ("Passport", "[[FILL: local form]]")})
    assert service.documents_in("tg") == ("Passport", "[оператори киоск пур мекунад]")
