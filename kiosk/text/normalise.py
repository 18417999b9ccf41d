"""The normalised form search indexes and queries share (DESIGN §3).

A text is cut into words (:func:`word_spans`), and each word gets one *form*
per variant the language needs (:func:`word_forms`):

- every language: the word folded (:func:`fold`): compatibility forms, case,
  diacritics and apostrophes gone, so ``Oʻqish``, ``o'qish``, ``O‘QISH`` and
  ``oqish`` are one word, and so are ``ё``/``е``, ``й``/``и``, ``ў``/``у``;
- Uzbek (``uz-Latn``, ``uz-Cyrl``): the word in the other script as well, so a
  Latin query finds Cyrillic text and the reverse;
- Russian, Kyrgyz and Tajik: a Latin *sound key* as well (:func:`sound_key`),
  the same for ``регистрация``, ``registratsiya``, ``registraciya`` and
  ``registratsia``. People type these languages in Latin letters the way they
  text home, and no single Latin -> Cyrillic guess (y: й or ы? e: е or э? ts: ц
  or тс?) is right often enough; a key that forgets exactly those differences is.
  A Latin query goes through :func:`informal_latin_to_cyrillic` first, then gets
  the key the Cyrillic text has.

:func:`normalise` writes a text as its first forms, then its second forms: one
form per word, separated by single spaces, and the halves by a line break (which
the index reads as just another separator). Word *k* of the text is token *k* of
each half: search uses that to put the highlight on the words of the original.

Every form is one run of letters and digits (``str.isalnum``), which is exactly
one token to SQLite's ``unicode61`` tokenizer, so a form is never split or
merged by the index.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from kiosk.text import placeholders
from kiosk.text.uzbek import APOSTROPHES, cyrillic_to_latin, latin_to_cyrillic, unify_apostrophes

__all__ = [
    "fold",
    "has_cyrillic",
    "informal_latin_to_cyrillic",
    "normalise",
    "sound_key",
    "stem_forms",
    "strip_markdown",
    "variant_count",
    "word_forms",
    "word_spans",
    "words",
]

UZBEK = frozenset({"uz-Latn", "uz-Cyrl"})
# Cyrillic-script languages that people often type in Latin letters.
SOUND_KEYED = frozenset({"ru", "ky", "tg"})

# Marks people use for an apostrophe beyond those kiosk.text.uzbek unifies:
# modifier prime, prime, fullwidth apostrophe. They are read as "'".
_MORE_APOSTROPHES = str.maketrans(dict.fromkeys("\u02b9\u2032\uff07", "'"))
_ALL_APOSTROPHES = "".join(sorted(APOSTROPHES)) + "\u02b9\u2032\uff07"
# Combining marks that may sit inside a word (decomposed й, stress marks).
_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"

# A word starts with a letter or digit and runs on through letters, digits,
# combining marks and apostrophes inside it (oʻqish, maʼno, don't). An apostrophe
# at the end belongs to the word only after o or g (tog' is togʻ); otherwise it
# closes a quotation.
_APOSTROPHE_CLASS = f"[{re.escape(_ALL_APOSTROPHES)}]"
_WORD = re.compile(
    rf"(?!{_APOSTROPHE_CLASS})[^\W_]"
    rf"(?:(?!{_APOSTROPHE_CLASS})[^\W_]|[{_MARKS}]|{_APOSTROPHE_CLASS}(?=[^\W_])|(?<=[oOgG]){_APOSTROPHE_CLASS})*"
)
# Letters to Python's Unicode 14 that SQLite 3.40's unicode61 still reads as marks,
# which split a token: New Tai Lue vowel signs and tone marks, two Vedic signs.
# Found by trying every code point against SQLite; tests/kiosk/text/test_normalise.py
# checks that normalised text is one SQLite token per word.
_SPLIT_BY_SQLITE = frozenset(chr(c) for c in (*range(0x19B0, 0x19C1), 0x19C8, 0x19C9, 0x1CF2, 0x1CF3))
# When a word folds to nothing (a digit that compatibility-decomposes into a
# non-alphanumeric, say), this stands in for it so word k stays token k.
_PLACEHOLDER = "0"


def word_spans(text: str) -> Iterator[re.Match[str]]:
    """The words of ``text``, as regex matches (``.start()``/``.end()`` index ``text``)."""
    return _WORD.finditer(text)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """One word with compatibility forms, case, diacritics and apostrophes removed.

    Only letters and digits are kept. Diacritics go by Unicode decomposition, so
    Cyrillic й ё ў ӣ ӯ become и е у и у (a Russian keyboard has no ў, and Russian
    text often writes ё as е), while letters with no decomposition (қ ғ ҳ ө ү ң ҷ)
    stay themselves.
    """
    text = unicodedata.normalize("NFKD", word.translate(_MORE_APOSTROPHES))
    text = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(char for char in text
                   if char.isalnum() and char not in APOSTROPHES and char not in _SPLIT_BY_SQLITE)
    return unicodedata.normalize("NFC", kept)


def _prepare(word: str) -> str:
    """The word as the transliterators want it: apostrophes unified, NFC, lower case."""
    return unicodedata.normalize("NFC", unify_apostrophes(word.translate(_MORE_APOSTROPHES))).lower()


@lru_cache(maxsize=65536)
def word_forms(word: str, language: str) -> tuple[str, ...]:
    """The forms one word is indexed (and searched) under in ``language``; see the module docstring.

    Never empty, and as many for every word of a language, so the lines of
    :func:`normalise` line up.
    """
    folded = fold(word) or _PLACEHOLDER
    if language in UZBEK:
        prepared = _prepare(word)
        other = latin_to_cyrillic(prepared)
        if other == prepared:
            other = cyrillic_to_latin(prepared)
        return folded, fold(other) or folded
    if language in SOUND_KEYED:
        return folded, sound_key(word, language) or folded
    return (folded,)


def variant_count(language: str) -> int:
    """How many forms each word has in ``language`` (the lines of :func:`normalise`)."""
    return 2 if language in UZBEK or language in SOUND_KEYED else 1


def normalise(text: str, language: str, stems: bool = False) -> str:
    """``text`` as the search index holds it: all first forms, a line break, all second forms.

    With ``stems``, the forms of every word's stem follow as more lines
    (:func:`stem_forms`), so word *k* is still token *k* of every line.
    """
    forms = [word_forms(word, language) for word in words(text)]
    if stems:
        forms = [surface + stem_forms(word, language) for surface, word in zip(forms, words(text), strict=True)]
    if not forms:
        return ""
    return "\n".join(" ".join(form[i] for form in forms) for i in range(len(forms[0])))


def has_cyrillic(word: str) -> bool:
    """Whether ``word`` holds a Cyrillic letter (U+0400 to U+04FF)."""
    return any("\u0400" <= char <= "\u04ff" for char in word)


@lru_cache(maxsize=65536)
def stem_forms(word: str, language: str) -> tuple[str, ...]:
    """The forms of ``word``'s stem (:mod:`kiosk.text.stems`), as many as :func:`word_forms` gives.

    The stem is taken in the script the stemmer reads: Uzbek in Latin (then
    written in both scripts), Russian, Kyrgyz and Tajik in Cyrillic (a Latin
    word is read as Cyrillic first, then keyed like the text), English as is. So
    ``yoʻqotdim``, ``йўқотдим`` and ``yoqotdi`` meet at one stem, and so do
    ``регистрацию`` and ``registratsiyu``.
    """
    from kiosk.text.stems import stem  # the stemmers load on first use, not on import

    prepared = _prepare(word)
    fallback = fold(word) or _PLACEHOLDER
    if language in UZBEK:
        latin = cyrillic_to_latin(prepared) if has_cyrillic(prepared) else prepared
        latin_stem = stem(latin, "uz")
        return fold(latin_stem) or fallback, fold(latin_to_cyrillic(latin_stem)) or fallback
    if language in SOUND_KEYED:
        cyrillic = prepared if has_cyrillic(prepared) else informal_latin_to_cyrillic(prepared, language)
        cyrillic_stem = stem(cyrillic, language)
        return fold(cyrillic_stem) or fallback, sound_key(cyrillic_stem, language) or fallback
    return (fold(stem(prepared, "en")) or fallback,)


# -- Latin as migrants type Russian, Kyrgyz and Tajik ------------------------------

_LATIN_VOWELS = frozenset("aeiouy")

# Longest spellings first; the value is the Cyrillic for ru, then any
# language-specific letter.
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("shch", "щ"), ("dzh", "дж"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"),
    ("tz", "ц"), ("ch", "ч"), ("sh", "ш"), ("dj", "дж"), ("gh", "г"),
    ("ya", "я"), ("yu", "ю"), ("ia", "ия"), ("iu", "ию"),
)  # fmt: skip
_LETTERS = {
    "a": "а", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х",
    "i": "и", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п",
    "q": "к", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "х",
    "z": "з",
    # Letters typed on phones with Turkish, Czech or Kyrgyz Latin layouts.
    "č": "ч", "ç": "ч", "š": "ш", "ş": "ш", "ž": "ж", "ğ": "г", "ı": "ы", "ñ": "ң",
    "ŋ": "ң", "ö": "ө", "ü": "ү", "ī": "ӣ", "ū": "ӯ", "ä": "а", "é": "е",
}  # fmt: skip
# Where Kyrgyz or Tajik Latin spells its own letters.
_LANGUAGE_LETTERS: dict[str, dict[str, str]] = {
    "ru": {"ñ": "н", "ŋ": "н", "ö": "ё", "ü": "ю", "ī": "и", "ū": "у"},
    "ky": {"ī": "и", "ū": "у"},
    "tg": {"j": "ҷ", "dj": "ҷ", "dzh": "ҷ", "q": "қ", "h": "ҳ", "gh": "ғ", "ğ": "ғ", "ö": "ӯ", "ü": "ӯ"},
}


def informal_latin_to_cyrillic(text: str, language: str = "ru") -> str:
    """Latin as people type Russian, Kyrgyz or Tajik -> Cyrillic. Other characters stay.

    ``registratsiya`` -> регистрация, ``patent`` -> патент, ``zhilye`` -> жилье,
    ``rayon`` -> район, ``xolodilnik`` -> холодильник (Uzbek habit: x for х).
    Ambiguous spellings get one answer (y after a consonant is ы, otherwise й; e
    opening a word is э); :func:`sound_key` forgets the difference, so search
    does not depend on the guess. Tajik reads j q h gh as ҷ қ ҳ ғ, Kyrgyz ö ü as ө ү.
    """
    extra = _LANGUAGE_LETTERS.get(language, {})
    out: list[str] = []
    i = 0
    lower = text.lower()
    while i < len(lower):
        char = lower[i]
        before = lower[i - 1] if i > 0 else ""
        starts_word = not before.isalpha()
        after_vowel = before in _LATIN_VOWELS
        chunk, size = "", 1
        for spelling, cyrillic in _DIGRAPHS:
            if lower.startswith(spelling, i):
                chunk, size = extra.get(spelling, cyrillic), len(spelling)
                break
        if not chunk:
            if char == "y":
                following = lower[i + 1 : i + 2]
                if following == "o":
                    # ё opens a word or follows a consonant (yolka, uchyot); after a
                    # vowel it is й + о (rayon, mayor).
                    chunk, size = ("йо" if after_vowel else "ё"), 2
                elif following == "e":
                    chunk, size = ("е" if starts_word or after_vowel else "ье"), 2
                else:
                    chunk = "й" if starts_word or after_vowel else "ы"
            elif char == "e":
                chunk = "э" if starts_word else "е"
            elif char in extra:
                chunk = extra[char]
            elif char in _LETTERS:
                chunk = _LETTERS[char]
            else:
                chunk = char
        out.append(_recase(text[i : i + size], chunk))
        i += size
    return "".join(out)


def _recase(source: str, chunk: str) -> str:
    if source[:1].isupper():
        return chunk.upper() if len(source) > 1 and source.isupper() else chunk[:1].upper() + chunk[1:]
    return chunk


# Cyrillic -> the key alphabet. Letters that sound alike or that Latin typing
# cannot tell apart share a key: и й ы -> i; е ё э -> e; ж ҷ -> j; х ҳ -> h;
# к қ -> k; г ғ -> g; ш щ (and сч) -> sh; ь ъ vanish; ө ү ң are o u ng.
_KEY = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "j", "ҷ": "j", "з": "z", "и": "i", "й": "i", "ӣ": "i", "ы": "i", "к": "k",
    "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "ng", "о": "o", "ө": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ӯ": "u", "ү": "u", "ф": "f", "х": "h",
    "ҳ": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ь": "", "э": "e",
    "ю": "iu", "я": "ia", "і": "i", "ў": "u",
}  # fmt: skip
_KEY_TABLE = str.maketrans(_KEY)
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def sound_key(word: str, language: str = "ru") -> str:
    """A Latin key that ``регистрация`` and every usual Latin spelling of it share.

    Latin letters are first read as Cyrillic (:func:`informal_latin_to_cyrillic`).
    Then similar sounds share a letter (see ``_KEY``), сч is щ, and doubled
    letters are single (``million``, ``миллион`` -> ``milion``). The key is for
    matching only: nobody reads it.
    """
    lower = unicodedata.normalize("NFC", word.translate(_MORE_APOSTROPHES)).lower()
    # Diacritics that carry a letter (š ö ī) are read before folding strips them.
    cyrillic = informal_latin_to_cyrillic(lower, language)
    folded = fold(cyrillic.replace("сч", "щ"))
    return _DOUBLED.sub(r"\1", folded.translate(_KEY_TABLE))


# -- Markdown ---------------------------------------------------------------------

# The subset kiosk.content.markdown allows: # headings, - and 1. lists, **bold**,
# [text](target) links, ![alt](images/...) images, [[FILL: ...]] placeholders.
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)\s]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)\s]*\)")
_MD_LINE_MARKER = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,3}[.)][ \t]+|>[ \t]?)", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")


def strip_markdown(markdown: str, language: str) -> str:
    """The words a reader sees in ``markdown`` in ``language``: markup, link targets and images gone.

    A placeholder becomes the operator text the reader shows in its place, so a
    snippet never ends "Ask here: ." Line breaks stay, so paragraphs stay apart;
    list numbers go (they are not words anyone searches for, and a snippet
    starting "3." reads oddly).
    """
    text = placeholders.fill(markdown, language)
    text = _MD_IMAGE.sub(" ", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_LINE_MARKER.sub("", text)
    return _MD_EMPHASIS.sub("", text)
