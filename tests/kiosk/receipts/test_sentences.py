import dataclasses
from datetime import date

import pytest

from kiosk import languages
from kiosk.receipts.content import sample_content
from kiosk.receipts.labels import labels
from kiosk.receipts.sentences import receipt_sentences, spell

DAY = date(2027, 1, 15)


def test_a_receipt_reads_aloud_in_the_order_it_is_printed() -> None:
    content = sample_content("en", day=DAY)
    assert receipt_sentences(content) == [
        "Your appointment is booked.",
        "SAMPLE: a fictional booking, not a real appointment.",
        f"Reference: {spell(content.reference)}.",
        "Service: Visa document submission.",
        "Date: Friday, 15 January 2027.",
        "Time: from 10:00 to 10:20.",
        "Place: Sample Visa Centre (fictional).",
        "Address: 1 Sample Street, Sampletown (fictional address).",
        "Bring these documents: Passport (the original); A copy of your passport; Two colour photos, 3×4 cm; "
        "The completed visa application form; This receipt.",
        "To cancel or change: At the kiosk, under “Book an appointment”, type this reference and your name or "
        "the last 4 digits of your passport.",
        "Show this code to staff when you arrive.",
    ]


def test_the_reference_is_spelt_one_character_at_a_time() -> None:
    assert spell("7KQ4-XP9M") == "7 K Q 4, X P 9 M"


@pytest.mark.parametrize("language", languages.TAGS)
def test_every_language_reads_its_own_words(language: str) -> None:
    content = sample_content(language, day=DAY)
    sentences = receipt_sentences(content)
    words = labels(language)
    assert sentences[0] == words["booked"]
    assert sentences[-1] == words["show_code"]
    assert any(content.service_name in sentence for sentence in sentences)
    assert all(sentence.endswith((".", "!", "?")) and not sentence.endswith("..") for sentence in sentences)
    assert "{" not in " ".join(sentences)


def test_a_real_booking_is_not_read_as_a_sample_and_empty_parts_are_skipped() -> None:
    content = dataclasses.replace(sample_content("ru", day=DAY), fictional=False, address="", documents=())
    sentences = receipt_sentences(content)
    assert labels("ru")["fictional"] + "." not in sentences
    assert not any(sentence.startswith(("Адрес", "Возьмите")) for sentence in sentences)
    assert "Дата: Пятница, 15 января 2027 года." in sentences
