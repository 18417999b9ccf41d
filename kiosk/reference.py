"""Reference codes people read off a screen or a receipt and type back in.

A code is 7 characters from an alphabet with no look-alikes (no 0/O, no 1/I),
followed by one check character, shown as two groups of four: ``7KQ4-XP9M``.

The check character is Luhn mod 32, so every single mistyped character and every
swap of two neighbours is caught: a mistyped code is refused instead of finding
someone else's booking. 32⁷ (about 3.4·10¹⁰) codes make a guessed code useless,
and a kiosk never shows more than one at a time.

Typed codes are forgiving where that is safe: case, spaces and dashes do not
matter, and Cyrillic letters that look like Latin ones (the keyboard may be in
Russian) are read as those.
"""

from __future__ import annotations

import secrets

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
BODY_LENGTH = 7
_VALUE = {char: index for index, char in enumerate(ALPHABET)}
_CYRILLIC_LOOK_ALIKES = str.maketrans("АВЕКМНРСТХУ", "ABEKMHPCTXY")


class InvalidReference(ValueError):
    """The text typed is not a reference code: wrong length, a letter no code has, or a wrong check character."""


def check_character(body: str) -> str:
    """The Luhn mod 32 check character for ``body`` (characters from :data:`ALPHABET`)."""
    total = 0
    factor = 2
    for char in reversed(body):
        addend = factor * _VALUE[char]
        total += addend // len(ALPHABET) + addend % len(ALPHABET)
        factor = 1 if factor == 2 else 2
    return ALPHABET[(len(ALPHABET) - total % len(ALPHABET)) % len(ALPHABET)]


def new_reference() -> str:
    """A fresh random code with its check character, undashed: ``7KQ4XP9M``."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
    return body + check_character(body)


def display(code: str) -> str:
    """``7KQ4XP9M`` as shown and printed: ``7KQ4-XP9M``."""
    return f"{code[:4]}-{code[4:]}"


def parse_reference(text: str) -> str:
    """The code in what a person typed, undashed and upper case; :class:`InvalidReference` if it is not one."""
    cleaned = "".join(text.split()).replace("-", "").replace("\u2010", "").replace("\u2013", "")
    cleaned = cleaned.upper().translate(_CYRILLIC_LOOK_ALIKES)
    if len(cleaned) != BODY_LENGTH + 1:
        raise InvalidReference(f"a reference has {BODY_LENGTH + 1} characters, this has {len(cleaned)}")
    strangers = sorted({char for char in cleaned if char not in _VALUE})
    if strangers:
        raise InvalidReference(f"no reference contains {', '.join(strangers)}")
    if check_character(cleaned[:-1]) != cleaned[-1]:
        raise InvalidReference("the check character does not match: a character is mistyped")
    return cleaned
