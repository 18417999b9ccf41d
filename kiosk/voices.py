"""Which espeak-ng voice reads each kiosk language, and whether it is that language's own.

Apart from :mod:`kiosk.speech` so that the touch screen can say whether the voice
is a stand-in (it shows a notice on its first frame) without loading the speech
engine's code: ctypes, the player processes and the text preparation wait until
something is read aloud.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from kiosk import languages


@dataclass(frozen=True)
class Voice:
    """The espeak-ng voice that reads one kiosk language.

    ``language`` is the kiosk's tag (``tg``), ``espeak_name`` what espeak-ng is asked
    for (``fa-latn``). ``is_native`` is False when the voice is a stand-in for a
    language espeak-ng cannot speak; the UI then shows its own translated notice.
    ``note`` explains the choice in English, for logs and staff.
    """

    espeak_name: str
    language: str
    is_native: bool
    note: str


_VOICES: Final[dict[str, Voice]] = {
    "uz-Latn": Voice("uz", "uz-Latn", True, "espeak-ng's Uzbek voice. It reads numbers digit by digit."),
    "uz-Cyrl": Voice(
        "uz",
        "uz-Cyrl",
        True,
        "espeak-ng's Uzbek voice reads Latin script, so Cyrillic text is transliterated to Latin"
        " first (read as Cyrillic, ш comes out as s). It reads numbers digit by digit.",
    ),
    "ru": Voice("ru", "ru", True, "espeak-ng's Russian voice."),
    "ky": Voice("ky", "ky", True, "espeak-ng's Kyrgyz voice."),
    "tg": Voice(
        "fa-latn",
        "tg",
        False,
        "espeak-ng has no Tajik voice. Tajik is a variety of Persian, so the Persian voice reads"
        " a Latin transliteration of it: vowels keep their full quality, stress falls at the end"
        " of the word as in Tajik, and numbers come out in near-Tajik form. It has an Iranian"
        " accent and says gh and q alike. The Russian voice was rejected: it reduces unstressed"
        " o to a (merging Tajik a and o), softens and devoices consonants, and reads numbers"
        " in Russian.",
    ),
    "en": Voice("en", "en", True, "espeak-ng's British English voice (en-gb)."),
}


def voice_for(language: str) -> Voice:
    """The voice for a kiosk language tag; raises :class:`languages.UnknownLanguage`."""
    languages.get(language)
    return _VOICES[language]
