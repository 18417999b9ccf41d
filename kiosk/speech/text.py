"""What a voice is given: on-screen text turned into plain sentences a voice reads well.

Markdown-ish markup goes, headings and list items become sentences, apostrophes are unified, and
the scripts espeak-ng has no voice for are transliterated (Uzbek Cyrillic to Latin, Tajik to the
Latin spelling the Persian voice reads; see ``docs/speech.md``).
"""

from __future__ import annotations

import re
from typing import Final

from kiosk.voices import voice_for

# A heading, quotation or bullet mark opens a new spoken unit and is dropped; a
# numbered item opens one too, but its number is worth saying.
_MARK = re.compile(r"\s*(?:#{1,6}\s+|>\s?|[-*+•]\s+)")
_NUMBERED = re.compile(r"\s*\d{1,3}[.)]\s+")
_RULE = re.compile(r"[-*_=|:\s]{3,}")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_INLINE = re.compile(r"<[^<>\n]*>|[*_`~|#]+")
_WHITESPACE = re.compile(r"\s+")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([.,!?:;…])")
_ENDS_UNIT = tuple(".!?:;,…")
# Uzbek's oʻ, gʻ and tutuq belgisi come in many apostrophes; espeak's uz voice
# reads U+0027 for all of them but spells out words that contain U+02BC.
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u02bb\u02bc\u02b9\u0060\u00b4\u2032", "'"))


def prepare_text(text: str, language: str) -> str:
    """Turn on-screen text into what the language's voice should be given.

    Drops Markdown-ish markup, ends headings and list items with a full stop so they
    are read as units, unifies apostrophes and collapses whitespace. ``uz-Cyrl`` is
    transliterated to Latin and ``tg`` to the Latin spelling the Persian voice reads.
    """
    voice_for(language)
    units: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if not line.strip() or _RULE.fullmatch(line):
            current = []
            continue
        mark = _MARK.match(line)
        if mark or _NUMBERED.match(line) or not current:
            current = []
            units.append(current)
        current.append(line[mark.end() :] if mark else line)
    spoken: list[str] = []
    for unit in units:
        words = _INLINE.sub(" ", _LINK.sub(r"\1", " ".join(unit)))
        words = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", _WHITESPACE.sub(" ", words)).strip()
        if words:
            spoken.append(words if words.endswith(_ENDS_UNIT) else words + ".")
    prepared = " ".join(spoken)
    if language == "uz-Cyrl":
        from kiosk.text.uzbek import cyrillic_to_latin

        prepared = cyrillic_to_latin(prepared)
    elif language == "tg":
        prepared = tajik_to_pinglish(prepared)
    return _WHITESPACE.sub(" ", prepared.translate(_APOSTROPHES)).strip()


# Tajik Cyrillic in the Latin spelling ("Pinglish") espeak-ng's fa-latn voice reads.
# Tajik о is Persian â (written aa) and ӯ is nearest Persian o; ҳ, қ, ғ, ҷ keep
# their own sounds (h, q, gh, j) instead of Russian х, к, г, дж.
_PINGLISH: Final[dict[str, str]] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "ӣ": "i", "й": "y", "к": "k", "қ": "q", "л": "l",
    "м": "m", "н": "n", "о": "aa", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ӯ": "o", "ф": "f", "х": "kh", "ҳ": "h", "ч": "ch", "ҷ": "j", "ш": "sh", "ъ": "",
    "э": "e", "ю": "yu", "я": "ya",
    # Russian letters that turn up in loanwords.
    "ц": "ts", "щ": "sh", "ы": "i", "ь": "",
}  # fmt: skip
# Alone, these letters are spelt out by name ("u" as "you"); spelt so, they are vowels.
_LONE_VOWEL = re.compile(r"\b([uie])\b")
_LONE_VOWEL_SPELLING: Final = {"u": "oo", "i": "ee", "e": "eh"}
# The voice reads "9:30" as "nine colon thirty".
_CLOCK = re.compile(r"(\d):(\d\d)\b")


def tajik_to_pinglish(text: str) -> str:
    """Tajik Cyrillic to the lower-case Latin spelling espeak-ng's fa-latn voice reads."""
    out: list[str] = []
    for char in text.lower():
        latin = _PINGLISH.get(char, char)
        # ҳ after s, k, z, g or c would make sh, kh, zh, gh, ch (дарсҳо is dars-ho,
        # not darsho); an apostrophe keeps them apart without changing the vowels.
        if char == "ҳ" and out and out[-1][-1:] in ("s", "k", "z", "g", "c"):
            latin = "'h"
        out.append(latin)
    pinglish = _CLOCK.sub(r"\1 \2", "".join(out))
    return _LONE_VOWEL.sub(lambda m: _LONE_VOWEL_SPELLING[m.group(1)], pinglish)
