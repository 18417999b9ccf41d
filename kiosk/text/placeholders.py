"""``[[FILL: what to write]]``: text a deployment must supply, and what a screen shows meanwhile.

Authors and the sample data mark what only a deployment can know (the hotline's
number, the licensing authority's name) with a placeholder. This module is the
one place that knows the syntax; the content check, the booking catalogue check,
the agency registry, the reader, search, receipts and the start-up check all ask
it.

A placeholder never reaches a public screen as written: :func:`fill` puts a
marked, translated sentence in its place ("[to be filled in by the kiosk
operator]"). That is what a demo kiosk shows; a kiosk outside demo mode refuses
to start while any placeholder is left (:mod:`kiosk.unfilled`). The description
inside the brackets is for the operator, in English, and is never shown.
"""

from __future__ import annotations

import re

from kiosk import languages
from kiosk.text.uzbek import latin_to_cyrillic

PATTERN = re.compile(r"\[\[FILL:[ \t]*([^\]\n]*?)[ \t]*\]\]")
# Anything that starts like a placeholder: a placeholder that is written wrongly is an error, not text.
OPENING = "[["
# What an SQL LIKE finds every placeholder with (a cheap first pass over stored data).
LIKE = "%[[FILL:%"
NO_DESCRIPTION = "(no description)"

# Square brackets mark it in every medium: on screen, in a snippet, on paper, and
# (as a pause) when read aloud. The words say who fills it in, not what is missing:
# the traveller cannot act on it, and should not mistake it for an answer.
_OPERATOR_TEXT = {
    "uz-Latn": "kiosk operatori toʻldiradi",
    "ru": "заполнит оператор киоска",
    "ky": "киосктун оператору толтурат",
    "tg": "оператори киоск пур мекунад",
    "en": "to be filled in by the kiosk operator",
}
assert set(_OPERATOR_TEXT) | {"uz-Cyrl"} == set(languages.TAGS)


def operator_text(language: str) -> str:
    """The marked words shown instead of a placeholder in ``language``, brackets included."""
    languages.get(language)
    if language == "uz-Cyrl":
        return f"[{latin_to_cyrillic(_OPERATOR_TEXT['uz-Latn'])}]"
    return f"[{_OPERATOR_TEXT[language]}]"


def has_placeholder(text: str) -> bool:
    return PATTERN.search(text) is not None


def is_placeholder(value: str) -> bool:
    """``value`` is one placeholder and nothing else (a front-matter field, a registry cell)."""
    return PATTERN.fullmatch(value.strip()) is not None


def descriptions(text: str) -> list[tuple[int, str]]:
    """``(line, description)`` of each placeholder in ``text``; lines count from 1."""
    return [
        (text.count("\n", 0, match.start()) + 1, match.group(1) or NO_DESCRIPTION)
        for match in PATTERN.finditer(text)
    ]


def fill(text: str, language: str) -> str:
    """``text`` with every placeholder replaced by :func:`operator_text` in ``language``."""
    if OPENING not in text:
        return text
    shown = operator_text(language)
    return PATTERN.sub(lambda _: shown, text)
