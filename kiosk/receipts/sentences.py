"""A receipt read aloud (kiosk.speech speaks each sentence and highlights it).

The sentences follow the paper: what was booked, the reference spelt out one
character at a time (a voice reads "7KQ4" as a number and a word), the service,
when, where, what to bring, how to cancel, and what to do with the QR code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.receipts.labels import format_date, labels, spoken_time_range

if TYPE_CHECKING:
    from kiosk.receipts.content import ReceiptContent


def spell(reference: str) -> str:
    """``7KQ4-XP9M`` as ``7 K Q 4, X P 9 M``: one character at a time, a pause between the halves."""
    return ", ".join(" ".join(half) for half in reference.split("-"))


def receipt_sentences(content: ReceiptContent) -> list[str]:
    """What the receipt says, as sentences in its language, in the order printed."""
    words = labels(content.language)
    language = content.language
    sentences = [words["booked"]]
    if content.fictional:
        sentences.append(words["fictional"])
    sentences += [
        f"{words['reference']}: {spell(content.reference)}",
        f"{words['service']}: {content.service_name}",
        f"{words['date']}: {format_date(content.start.date(), language)}",
        f"{words['time']}: {spoken_time_range(content.start, content.end, language)}",
        f"{words['place']}: {content.location_name}",
    ]
    if content.address:
        sentences.append(f"{words['address']}: {content.address}")
    if content.documents:
        listed = "; ".join(document.strip().rstrip(".;") for document in content.documents)
        sentences.append(f"{words['documents']}: {listed}")
    if content.how_to_cancel:
        sentences.append(f"{words['cancel']}: {content.how_to_cancel}")
    sentences.append(words["show_code"])
    return [_full_stop(sentence) for sentence in sentences]


def _full_stop(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."
