"""What staff read: printer messages and the status box, in every language, technical detail kept."""

from __future__ import annotations

import re

import pytest

from kiosk import languages, staff_words
from kiosk.staff_words import Notice, decode, encode, say

PAPER_OUT = (Notice.of("paper_out", queue="kiosk-receipts", problems="media-empty,media-jam", said="Out of paper."),
             Notice.of("resume", commands="cupsenable kiosk-receipts"))


def test_english_is_what_the_printing_module_always_said() -> None:
    assert say(PAPER_OUT, "en") == (
        "The receipt printer (queue 'kiosk-receipts') is out of paper: load a new roll; paper jam: open the "
        "printer and clear it (Out of paper.). Then resume the queue: cupsenable kiosk-receipts.")
    assert say(Notice.of("ready_idle", queue="q"), "en") == "Print queue 'q' is ready (idle)."


@pytest.mark.parametrize("language", [tag for tag in languages.TAGS if tag != "en"])
def test_every_message_is_in_the_screens_language_with_its_technical_values_as_they_are(language: str) -> None:
    english = staff_words.texts("en")
    for key, template in staff_words.texts(language).items():
        fields = sorted(re.findall(r"\{(\w+)", template))
        assert fields == sorted(re.findall(r"\{(\w+)", english[key])), key
        values = {name: f"<{name}>" for name in fields if name != "because"}
        said = say(Notice.of(key, **values), language)
        assert said != say(Notice.of(key, **values), "en"), key
        assert all(value in said for name, value in values.items() if name not in ("problems", "warnings")), key
    assert "cupsenable kiosk-receipts" in say(PAPER_OUT, language)
    assert "out of paper" not in say(PAPER_OUT, language)


def test_a_printer_keyword_the_table_does_not_know_is_shown_as_its_words() -> None:
    assert staff_words.reason_text("fuser-over-temp", "ru") == "fuser over temp"
    assert staff_words.reason_text("media-empty", "uz-Cyrl").startswith("қоғоз")


def test_notices_survive_the_events_table() -> None:
    assert decode(encode(PAPER_OUT)) == PAPER_OUT
    for other in ("Printer out of paper", '{"notices": [["no such key", {}]]}', '{"notices": 5}', ""):
        assert decode(other) is None


def test_an_unknown_key_is_a_bug_caught_at_once() -> None:
    with pytest.raises(KeyError):
        Notice.of("paper_gone")
