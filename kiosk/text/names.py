"""When two typed names are the same name.

Booking (the same person may not hold two bookings) and receipts (the name on a
receipt is checked against the one a clerk hears) both need one answer, so it
lives here, beside the normalisation it is built on.
"""

from __future__ import annotations

from kiosk.text.normalise import sound_key, words
from kiosk.text.uzbek import cyrillic_to_latin


def name_key(name: str) -> str:
    """The words' Latin sound keys, sorted: equal for the same name in any script, case or order."""
    # Uzbek Cyrillic goes to Uzbek Latin first (ў is oʻ, ё after й is yo), which the
    # sound key then reads like any Latin spelling; other Cyrillic passes unchanged.
    # A word of letters the key has no sound for ("ᦰ") adds nothing: an empty key would make
    # "ᦰ ᦱ" and every other such name one person, and the name unfindable by its words.
    return " ".join(sorted(key for word in words(name) if (key := sound_key(cyrillic_to_latin(word), "ru"))))
