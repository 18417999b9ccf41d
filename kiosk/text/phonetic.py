"""How an English word sounds, as a key its Latin and its Cyrillic spelling share.

Agencies in Uzbekistan and Kyrgyzstan often carry English brand words ("Bright
Work", "Fly Job", "Skill Way Consulting"), registered in Latin letters or
written the way they sound in Cyrillic ("Флай Джоб", "Голден Ворк Тревел").
People type either. The Latin sound key (:func:`kiosk.text.normalise.sound_key`)
reads Latin letters one by one as Russian would, so it meets the Cyrillic
spelling of an English word only by luck: ``Bright`` is ``brigt``, ``Брайт`` is
``brait``.

:func:`english_key` keys a word by its consonants as English speech has them and
Russian transcription keeps them, vowels dropped (they are what the two spellings
disagree on: ``ai``/``igh``, ``е``/``э``/``e``, ``ой``/``oy``)::

    Bright, Брайт -> brt        Work, Ворк, Уорк -> vrk
    Employment, Эмплоймент -> amplmnt    Job, Джоб -> gb

Rules, each the way Russian writes an English sound:

- vowels, and ``y`` and ``w`` after a vowel, are dropped; a word that opens with
  one keeps a single ``a`` for it (``Union``, ``Юнион`` -> ``an``);
- ``gh`` is silent inside a word (``Bright``); ``kn``, ``wr`` open as ``n``, ``r``;
- ``w`` before a vowel and ``v`` are one letter (``Work``, ``Ворк``; ``Уэй`` for
  ``Way``: a Cyrillic ``у`` opening a word before a vowel is that ``w``);
- ``c``, ``k``, ``q``, ``ck`` are ``k``, except ``c`` before ``e i y``, which is ``s``
  (``Service``, ``Сервис``; ``Center``, ``Центр``: ``ц`` is ``s``);
- ``s`` and ``z`` are one letter (``Wise``, ``Вайз``), ``x`` is ``ks`` (``Express``,
  ``Экспресс``; Uzbek Latin x, an h, is the sound keys' business), ``qu`` is ``kv``
  (``Quick``, ``Квик``), ``ph`` is ``f``, ``th`` is ``t``;
- ``g``, ``j``, ``dg``, ``dj`` and ``г ж дж`` are one letter: Russian writes ``j`` as
  ``дж`` (``Job``, ``Джоб``) and ``ge``/``gi`` often so (``Agency``, ``Эдженси``);
- ``ch``/``tch`` and ``ч`` are ``c``; ``sh``, ``-tion``, ``-ssion`` and ``ш щ`` are ``x``
  (``Solutions``, ``Солюшнс``); ``-ture`` is ``cr`` (``Future``, ``Фьючер``);
- a letter doubled, or met again once the vowels between are gone, is one
  (``Full``, ``Фулл``; ``Career``, ``Карьер``).

It is a *family* of keys made to be compared with each other only: the agency
lookup keeps them apart from its sound keys. It is lossy on purpose (``Bert`` and
``Bright`` share ``brt``), so a caller uses it only after spelling found nothing,
and only beside other words that must fit the same name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kiosk.text.normalise import fold

__all__ = ["english_key"]

# The mark an opening vowel leaves: "Employment" and "Эмплоймент" both open with a vowel,
# and "Ark" is then told from "Rk".
OPENING_VOWEL = "a"

# Latin spellings, longest and most particular first. Every replacement is in
# capitals (a consonant of the key) or "." (a vowel), so no later rule reads it again.
_LATIN_SPELLINGS = (
    (r"^kn", "N"), (r"^wr", "R"), (r"^wh", "W"), (r"^gh", "G"),
    (r"tch", "C"), (r"ch", "C"), (r"sh", "X"), (r"ph", "F"), (r"th", "T"), (r"ck", "K"),
    # -sion after a vowel is "жн" (Vision, Вижн); after a consonant, like -tion, "шн" (Expansion, Экспаншн).
    (r"(?<=[aeiouy])sion", "GN"), (r"s?sion", "XN"), (r"tion", "XN"), (r"(?<=.)ture", "CR"),
    (r"dg", "G"), (r"dj", "G"), (r"gh", ""), (r"qu", "KV"), (r"x", "KS"),
    (r"c(?=[eiy])", "S"), (r"[cqk]", "K"),
    # w before a vowel, opening a word or after a consonant, is a consonant (Work, Swift); after a
    # vowel it is a vowel itself (Power, Пауэр).
    (r"(?<![aeiouy])w(?=[aeiouy])", "V"), (r"w", "."),
    (r"[aeiouy]", "."), (r"[gj]", "G"), (r"[sz]", "S"), (r"v", "V"), (r"W", "V"),
)  # fmt: skip
_LATIN_RULES = tuple((re.compile(pattern), replacement) for pattern, replacement in _LATIN_SPELLINGS)
_LATIN_LETTERS = str.maketrans({"b": "B", "d": "D", "f": "F", "h": "H", "l": "L", "m": "M", "n": "N", "p": "P",
                                "r": "R", "t": "T"})

# Cyrillic letters (folded: й ё ў ӣ ӯ are already и е у и у) as the key's consonants, or "." for a vowel.
# ь and ъ are no sound of their own ("Хьюман" is "Human").
_CYRILLIC_LETTERS = str.maketrans({
    "а": ".", "е": ".", "и": ".", "о": ".", "у": ".", "ы": ".", "э": ".", "ю": ".", "я": ".", "ө": ".", "ү": ".",
    "і": ".", "ь": "", "ъ": "",
    "б": "B", "в": "V", "г": "G", "ғ": "G", "д": "D", "ж": "G", "ҷ": "G", "з": "S", "к": "K", "қ": "K",
    "л": "L", "м": "M", "н": "N", "ң": "NG", "п": "P", "р": "R", "с": "S", "т": "T", "ф": "F", "х": "H",
    "ҳ": "H", "ц": "S", "ч": "C", "ш": "X", "щ": "X",
})  # fmt: skip
_CYRILLIC_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile("дж"), "G"),
    # "Уорк", "Уэй", "Уильям": у opening a word before a vowel is the English w.
    (re.compile("^у(?=[аеиоуыэюяөү])"), "V"),
)
_DOUBLED = re.compile(r"([A-Z])\1+")


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


@lru_cache(maxsize=65536)
def english_key(word: str) -> str:
    """The consonants of ``word`` as English speech has them and Cyrillic transcription keeps them; see above.

    Lower case Latin letters; ``""`` for a word with a digit in it or no Latin or
    Cyrillic letter (its spelling is all there is to compare).
    """
    text = fold(unicodedata.normalize("NFKC", word))
    if not text or any(char.isdigit() for char in text):
        return ""
    cyrillic = sum(_is_cyrillic(char) for char in text)
    if cyrillic * 2 >= len(text):
        for pattern, replacement in _CYRILLIC_RULES:
            text = pattern.sub(replacement, text)
        text = text.translate(_CYRILLIC_LETTERS)
    else:
        for pattern, replacement in _LATIN_RULES:
            text = pattern.sub(replacement, text)
        text = text.translate(_LATIN_LETTERS)
    # Anything still lower case is a letter of neither reading (ı, ß, another script): no sound the key knows.
    sounds = "".join(char for char in text if char == "." or "A" <= char <= "Z")
    if not sounds:
        return ""
    consonants = _DOUBLED.sub(r"\1", sounds.replace(".", ""))
    return ((OPENING_VOWEL if sounds[0] == "." else "") + consonants).lower()
